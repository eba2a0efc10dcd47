package org.spikeflow.engine;

import java.nio.file.Path;

import org.osgi.annotation.versioning.ConsumerType;

/** Observes a workflow's execution. Methods are called from worker threads; keep them short. */
@ConsumerType
public interface WorkflowListener {
    default void stateChanged(NodeContainer node, NodeState state) {
    }

    default void progress(NodeContainer node, double progress, String message) {
    }

    /** A node finished one execution (once per loop iteration for loop bodies). */
    default void executed(NodeContainer node, long nanos) {
    }

    default void fileWritten(NodeContainer node, Path file) {
    }
}
