package org.spikeflow.izhikevich.protocol;

import java.util.SplittableRandom;

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
}
