package org.spikeflow.core.node;

/** Thrown by {@link ExecutionMonitor#checkCanceled()} when the user or the engine cancelled execution. */
public class CanceledExecutionException extends Exception {
    private static final long serialVersionUID = 1L;

    public CanceledExecutionException() {
        super("Execution was cancelled");
    }

    public CanceledExecutionException(String message) {
        super(message);
    }
}
