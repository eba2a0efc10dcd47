package org.spikeflow.engine;

/** An edit of a workflow is not allowed (unknown node, incompatible ports, a cycle, ...). */
public class WorkflowException extends Exception {
    private static final long serialVersionUID = 1L;

    public WorkflowException(String message) {
        super(message);
    }

    public WorkflowException(String message, Throwable cause) {
        super(message, cause);
    }
}
