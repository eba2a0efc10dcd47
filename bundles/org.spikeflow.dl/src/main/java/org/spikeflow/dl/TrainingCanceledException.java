package org.spikeflow.dl;

/** Training was stopped by its {@link TrainingMonitor}. */
public class TrainingCanceledException extends RuntimeException {
    private static final long serialVersionUID = 1L;

    public TrainingCanceledException(int completedEpochs) {
        super("Training was canceled after " + completedEpochs + " complete epoch(s)");
    }
}
