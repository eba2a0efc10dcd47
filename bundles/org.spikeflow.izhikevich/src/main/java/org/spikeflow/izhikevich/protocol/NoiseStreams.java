package org.spikeflow.izhikevich.protocol;

import java.util.SplittableRandom;

import org.osgi.annotation.versioning.ConsumerType;

/** Per-neuron random streams: independent of thread count and of the order in which neurons are simulated. */
final class NoiseStreams {

    private NoiseStreams() {
    }

    static long mix64(long z) {
        z = (z ^ (z >>> 30)) * 0xbf58476d1ce4e5b9L;
        z = (z ^ (z >>> 27)) * 0x94d049bb133111ebL;
        return z ^ (z >>> 31);
    }

    /** @return the stream of neuron {@code neuron} for protocol seed {@code seed} */
    static SplittableRandom stream(long seed, long neuron) {
        return new SplittableRandom(mix64(mix64(seed) + 0x9E3779B97F4A7C15L * (neuron + 1)));
    }

    /** The next value of a noise current, from the one of the step before. */
    @FunctionalInterface
    @ConsumerType
    interface Step {
        /**
         * @param previous
         *            the value of the step before (unused for the first step)
         * @param first
         *            whether this is step 0
         * @param rng
         *            the neuron's stream
         */
        double next(double previous, boolean first, SplittableRandom rng);
    }

    /**
     * A noise current drawn once per integration step from the stream of neuron {@code neuron}: the value of a step is
     * held for all evaluations within it, and skipped steps are still drawn, so values depend only on the step.
     */
    static CurrentSource perStep(long seed, long neuron, Step step) {
        SplittableRandom rng = stream(seed, neuron);
        return new CurrentSource() {
            private long drawn = -1;
            private double value;

            @Override
            public double current(long k, double t) {
                while (drawn < k) {
                    value = step.next(value, drawn < 0, rng);
                    drawn++;
                }
                return value;
            }
        };
    }
}
