package org.spikeflow.izhikevich;

/**
 * Progress and cancellation hook of a simulation. Both methods are called from the thread that called {@code run()}, a
 * few times per second at most; a cancelled run throws {@link java.util.concurrent.CancellationException}.
 */
@org.osgi.annotation.versioning.ConsumerType
public interface SimulationMonitor {

    /** A monitor that ignores progress and is never cancelled. */
    SimulationMonitor NONE = new SimulationMonitor() {
        @Override
        public void progress(double fraction) {
        }

        @Override
        public boolean isCancelled() {
            return false;
        }
    };

    /**
     * @param fraction
     *            work done, 0 to 1
     */
    void progress(double fraction);

    /** @return true to stop the run as soon as possible */
    boolean isCancelled();
}
