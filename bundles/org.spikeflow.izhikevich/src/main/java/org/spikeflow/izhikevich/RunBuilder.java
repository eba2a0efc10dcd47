package org.spikeflow.izhikevich;

import java.util.Objects;

/**
 * What every run of the library is built with, in one place for the builders of {@link Simulation} and
 * {@link PopulationSimulation}: the duration and step of the time grid, the scheme, the precision, the monitor and the
 * memory cap. Defaults: 1000 ms, dt 0.1 ms, euler, double, no monitor, the free part of the maximum heap.
 *
 * @param <B>
 *            the builder itself, so that the calls chain
 */
abstract class RunBuilder<B extends RunBuilder<B>> {
    double duration = 1000;
    double dt = 0.1;
    Scheme scheme = Scheme.EULER;
    Precision precision = Precision.DOUBLE;
    SimulationMonitor monitor = SimulationMonitor.NONE;
    long memoryLimit = -1;

    RunBuilder() {
    }

    @SuppressWarnings("unchecked")
    private B self() {
        return (B) this;
    }

    /**
     * @param ms
     *            simulated time in ms (≥ 0)
     */
    public B duration(double ms) {
        duration = ms;
        return self();
    }

    /**
     * @param ms
     *            integration step in ms (> 0)
     */
    public B dt(double ms) {
        dt = ms;
        return self();
    }

    public B scheme(Scheme value) {
        scheme = Objects.requireNonNull(value);
        return self();
    }

    public B precision(Precision value) {
        precision = Objects.requireNonNull(value);
        return self();
    }

    /**
     * @param value
     *            told of progress and asked whether to stop; null for none
     */
    public B monitor(SimulationMonitor value) {
        monitor = value == null ? SimulationMonitor.NONE : value;
        return self();
    }

    /** Caps the heap this run may allocate (bytes); by default the free part of the maximum heap. */
    public B memoryLimit(long bytes) {
        memoryLimit = bytes;
        return self();
    }
}
