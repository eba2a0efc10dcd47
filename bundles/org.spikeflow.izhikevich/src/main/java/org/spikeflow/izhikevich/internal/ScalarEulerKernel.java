package org.spikeflow.izhikevich.internal;

/**
 * Plain Java blocked kernel (time loop outside the loop over the neurons of a block, which stays in L1). The loops are
 * in {@code DoubleScalarEuler} and {@code FloatScalarEuler}, generated at build time from one template
 * ({@code src/template/java/.../X-ScalarEuler.java.template}).
 */
public final class ScalarEulerKernel implements EulerKernel {

    public static final ScalarEulerKernel INSTANCE = new ScalarEulerKernel();

    @Override
    public String name() {
        return "blocked scalar";
    }

    @Override
    public void runDouble(double[] a, double[] b, double[] c, double[] d, double[] cur, double[] v, double[] u,
            int off, int len, int base, long from, long to, double dt, double k2, double k1, double k0, double vPeak,
            int[] counts, SpikeEvents events) {
        DoubleScalarEuler.run(a, b, c, d, cur, v, u, off, len, base, from, to, dt, k2, k1, k0, vPeak, counts, events,
                dt);
    }

    @Override
    public void runFloat(float[] a, float[] b, float[] c, float[] d, float[] cur, float[] v, float[] u, int off,
            int len, int base, long from, long to, float dt, float k2, float k1, float k0, float vPeak, int[] counts,
            SpikeEvents events, double dtd) {
        FloatScalarEuler.run(a, b, c, d, cur, v, u, off, len, base, from, to, dt, k2, k1, k0, vPeak, counts, events,
                dtd);
    }
}
