package org.spikeflow.izhikevich.internal;

import org.spikeflow.izhikevich.NumericalBlowUpException.Kind;

/**
 * Signs that an explicit integration is unstable at its step size although the state stays finite: with I = -1e6 and
 * euler at dt = 0.1 ms, v swings between about -100000 mV and the reset, "spiking" every other step.
 */
public final class Instability {
    /** |v| above this (mV) is far outside any physiological range: no neuron model reaches it stably. */
    public static final double V_LIMIT = 1e4;
    /** This many spikes in a row, each at most {@link #RAPID_STEPS} steps after the previous one, are not resolved. */
    public static final int RAPID_RUN = 50;
    /** Spikes this close (in steps) are "every step or every other step". */
    public static final int RAPID_STEPS = 2;

    private Instability() {
    }

    /** @return whether v and u are finite and v within {@link #V_LIMIT} (false for NaN) */
    public static boolean plausible(double v, double u) {
        return Math.abs(v) <= V_LIMIT && Double.isFinite(u);
    }

    /**
     * Whether a fast kernel's chunk of {@code steps} steps looks unstable for one neuron: its v at the end of the chunk
     * is implausible, or it spiked on at least every other step. Checked once per chunk, not per step, so the kernels'
     * inner loops stay as they are.
     */
    public static boolean chunkUnstable(double v, double u, int spikesInChunk, long steps) {
        return !plausible(v, u) || (steps >= 2L * RAPID_RUN && spikesInChunk * (long) RAPID_STEPS >= steps);
    }

    /** Wraps a sink so that a run of spikes on every step or every other step fails as {@link Kind#RAPID_SPIKING}. */
    static NeuronSink guard(NeuronSink sink, double dt) {
        double close = RAPID_STEPS * dt * (1 + 1e-9);
        return new NeuronSink() {
            private double last = Double.NEGATIVE_INFINITY;
            private int run;

            @Override
            public boolean wantsPoints() {
                return sink.wantsPoints();
            }

            @Override
            public boolean wantsCurrent() {
                return sink.wantsCurrent();
            }

            @Override
            public void point(long k, double v, double u, double current) {
                sink.point(k, v, u, current);
            }

            @Override
            public void spike(double t) {
                run = t - last <= close ? run + 1 : 0;
                last = t;
                if (run >= RAPID_RUN) {
                    throw new BlowUp(t, Double.NaN, Double.NaN, Double.NaN, Kind.RAPID_SPIKING);
                }
                sink.spike(t);
            }
        };
    }
}
