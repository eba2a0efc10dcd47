package org.spikeflow.izhikevich.protocol;

/**
 * Ornstein–Uhlenbeck current {@code dI = (mean − I)/tau dt + sigma·sqrt(2/tau) dW}, stationary standard deviation
 * sigma, correlation time tau (ms). Integrated exactly per step:
 * {@code I_{k+1} = mean + (I_k − mean)·e + sigma·sqrt(1 − e²)·xi}, {@code e = exp(−dt/tau)}; I_0 is drawn from the
 * stationary distribution. The stream of neuron i is seeded by (seed, i).
 */
public record OrnsteinUhlenbeck(double mean, double sigma, double tau, long seed) implements MeanNoise {

    public OrnsteinUhlenbeck {
        if (!Double.isFinite(mean) || !(sigma >= 0) || !Double.isFinite(sigma) || !(tau > 0) || !Double.isFinite(tau)) {
            throw new IllegalArgumentException("OU noise needs a finite mean, sigma >= 0 and tau > 0");
        }
    }

    @Override
    public CurrentSource open(long neuron, double dt) {
        double e = Math.exp(-dt / tau);
        double kick = sigma * Math.sqrt(1 - e * e);
        return NoiseStreams.perStep(seed, neuron, (previous, first, rng) -> first
                ? mean + sigma * rng.nextGaussian()
                : mean + (previous - mean) * e + kick * rng.nextGaussian());
    }

    @Override
    public String describe() {
        return "Ornstein-Uhlenbeck noise mean " + mean + " pA, sigma " + sigma + " pA, tau " + tau + " ms, seed "
                + seed;
    }
}
