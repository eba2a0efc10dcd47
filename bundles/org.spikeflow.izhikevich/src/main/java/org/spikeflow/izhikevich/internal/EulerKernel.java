package org.spikeflow.izhikevich.internal;

/**
 * Fast {@code euler} kernel for a block of neurons with constant input, time loop inside the block. Must be
 * bit-identical to {@link Integrators} (same expression order, no FMA).
 */
public interface EulerKernel {

    /** @return a short description for reports */
    String name();

    /**
     * Steps [from, to) of the double kernel on arrays indices [off, off+len), updating v, u in place.
     *
     * @param base
     *            index of neuron {@code off} in the population (for counts and events)
     * @param events
     *            receives spikes (neuron, time (k+1)*dt), or null
     */
    void runDouble(double[] a, double[] b, double[] c, double[] d, double[] cur, double[] v, double[] u, int off,
            int len, int base, long from, long to, double dt, double k2, double k1, double k0, double vPeak,
            int[] counts, SpikeEvents events);

    /** Float version; {@code dtd} (double) only computes event times. */
    void runFloat(float[] a, float[] b, float[] c, float[] d, float[] cur, float[] v, float[] u, int off, int len,
            int base, long from, long to, float dt, float k2, float k1, float k0, float vPeak, int[] counts,
            SpikeEvents events, double dtd);
}
