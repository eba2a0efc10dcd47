package org.spikeflow.izhikevich;

/**
 * Which code path integrates a population. All paths give bit-identical results for the same request; they differ only
 * in speed. The fast paths ({@link #VECTOR}, {@link #BLOCKED}) apply to the {@link Scheme#EULER} scheme with a constant
 * input current per neuron and no trace recording; other requests always use {@link #GENERIC}.
 */
public enum Kernel {
    /** The fastest path that applies: vector if the Vector API is present, else blocked scalar, else generic. */
    AUTO,
    /**
     * jdk.incubator.vector kernel (groups of 4 vectors of neurons kept in registers for all steps, lanewise mul/add,
     * mask/blend for the reset).
     */
    VECTOR,
    /** Scalar kernel over blocks of 512 neurons with the time loop inside the block. */
    BLOCKED,
    /** Reference path: one neuron at a time through the general integrator (all schemes, protocols, recordings). */
    GENERIC
}
