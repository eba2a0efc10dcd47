package org.spikeflow.izhikevich.internal;

/** Receives what an integrator produces for one neuron. */
public interface NeuronSink {

    /** @return whether {@link #point} must be called */
    boolean wantsPoints();

    /** @return whether the current at each point must be computed */
    boolean wantsCurrent();

    /** Trace point k (in order, k = 0..points-1); current is NaN unless wanted. */
    void point(long k, double v, double u, double current);

    /** A spike at time t (ms); spikes arrive in time order. */
    void spike(double t);

    /** A sink that wants nothing but spikes. */
    abstract class SpikesOnly implements NeuronSink {
        @Override
        public boolean wantsPoints() {
            return false;
        }

        @Override
        public boolean wantsCurrent() {
            return false;
        }

        @Override
        public void point(long k, double v, double u, double current) {
        }
    }
}
