package org.spikeflow.engine;

/** The traffic light of a node, as in KNIME. */
public enum NodeState {
    /** Not configured: settings are invalid, an input is missing, or an upstream node is not configured. */
    IDLE,
    /** Ready to execute. */
    CONFIGURED,
    /** Waiting for upstream nodes within a running execution. */
    QUEUED, EXECUTING, EXECUTED,
    /** Execution failed; the node keeps its error message until reset. */
    FAILED
}
