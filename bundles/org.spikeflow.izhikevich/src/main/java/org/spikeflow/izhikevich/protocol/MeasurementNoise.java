package org.spikeflow.izhikevich.protocol;

import java.util.SplittableRandom;

/**
 * Gaussian measurement noise added to a recorded trace (the recording's noise, not the neuron's: the dynamics do not
 * see it). The stream of neuron i is seeded by (seed, i) as the input noises are, but drawn from a stream of its own,
 * so the same seed for input and measurement noise gives independent noises.
 *
 * @param sigma
 *            standard deviation (units of the trace, e.g. mV), >= 0; 0 leaves traces unchanged
 * @param seed
 *            random seed
 */
public record MeasurementNoise(double sigma, long seed) {

    /** Keeps the measurement stream apart from the input protocol's stream of the same seed. */
    private static final long STREAM_SALT = 0x6D65617375726521L;

    public MeasurementNoise {
        if (!(sigma >= 0) || !Double.isFinite(sigma)) {
            throw new IllegalArgumentException("measurement noise needs a finite sigma >= 0, not " + sigma);
        }
    }

    /** Adds the noise of neuron {@code neuron} to {@code trace} (from its first point on), in place. */
    public void addTo(double[] trace, int from, int length, long neuron) {
        if (sigma == 0) {
            return;
        }
        SplittableRandom rng = NoiseStreams.stream(seed ^ STREAM_SALT, neuron);
        for (int k = from; k < from + length; k++) {
            trace[k] += sigma * rng.nextGaussian();
        }
    }
}
