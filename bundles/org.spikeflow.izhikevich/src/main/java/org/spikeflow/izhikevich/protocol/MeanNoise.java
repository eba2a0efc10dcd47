package org.spikeflow.izhikevich.protocol;

/** A noise current around a mean: stochastic, and without the noise it is the mean at all times. */
@org.osgi.annotation.versioning.ProviderType
interface MeanNoise extends Protocol {

    /** @return the mean current (pA) */
    double mean();

    @Override
    default boolean isStochastic() {
        return true;
    }

    @Override
    default double deterministicValue(double t) {
        return mean();
    }
}
