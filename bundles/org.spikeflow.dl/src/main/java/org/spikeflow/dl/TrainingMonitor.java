package org.spikeflow.dl;

/** Hears about training progress and may cancel it. */
@org.osgi.annotation.versioning.ConsumerType
public interface TrainingMonitor {
    /** Called after each epoch (with the epoch's losses) from the training thread. */
    void epochFinished(EpochResult result, int maxEpochs);

    /** Checked between batches: returning true stops training with {@link TrainingCanceledException}. */
    boolean isCanceled();

    /** A monitor that reports nothing and never cancels. */
    TrainingMonitor NONE = new TrainingMonitor() {
        @Override
        public void epochFinished(EpochResult result, int maxEpochs) {
        }

        @Override
        public boolean isCanceled() {
            return false;
        }
    };
}
