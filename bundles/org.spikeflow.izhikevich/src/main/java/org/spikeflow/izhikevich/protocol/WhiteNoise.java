package org.spikeflow.izhikevich.protocol;

/**
 * Gaussian white noise current: during step k the current is {@code mean + sigma/sqrt(dt)*xi_k} with independent
 * standard normal xi_k (Euler–Maruyama convention: the noise adds {@code sigma*sqrt(dt)*xi_k} to v per step, so sigma
 * is in pA·ms^½ and the statistics of v do not depend on dt). The stream of neuron i is seeded by (seed, i).
 */
public record WhiteNoise(double mean, double sigma, long seed) implements MeanNoise {

    public WhiteNoise {
        if (!Double.isFinite(mean) || !(sigma >= 0) || !Double.isFinite(sigma)) {
            throw new IllegalArgumentException("white noise needs a finite mean and sigma >= 0");
        }
    }

    @Override
    public CurrentSource open(long neuron, double dt) {
        double scale = sigma / Math.sqrt(dt);
        return NoiseStreams.perStep(seed, neuron, (previous, first, rng) -> mean + scale * rng.nextGaussian());
    }

    @Override
    public String describe() {
        return "white noise mean " + mean + " pA, sigma " + sigma + " pA*ms^0.5, seed " + seed;
    }
}
