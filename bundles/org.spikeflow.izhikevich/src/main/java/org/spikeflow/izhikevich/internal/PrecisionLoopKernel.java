package org.spikeflow.izhikevich.internal;

/**
 * An {@link EulerKernel} made of one loop per precision, such as the {@code Double...} and {@code Float...} classes
 * that the build generates from one template (see CONTRIBUTING.md), so that the interface's two methods are written
 * once.
 */
public abstract class PrecisionLoopKernel implements EulerKernel {

    /** {@link EulerKernel#runDouble}; {@code dtd} (= dt) computes event times, as in {@link FloatLoop}. */
    @FunctionalInterface
    public interface DoubleLoop {
        void run(double[] a, double[] b, double[] c, double[] d, double[] cur, double[] v, double[] u, int off, int len,
                int base, long from, long to, double dt, double k2, double k1, double k0, double vPeak, int[] counts,
                SpikeEvents events, double dtd);
    }

    /** {@link EulerKernel#runFloat}. */
    @FunctionalInterface
    public interface FloatLoop {
        void run(float[] a, float[] b, float[] c, float[] d, float[] cur, float[] v, float[] u, int off, int len,
                int base, long from, long to, float dt, float k2, float k1, float k0, float vPeak, int[] counts,
                SpikeEvents events, double dtd);
    }

    private final String name;
    private final DoubleLoop doubles;
    private final FloatLoop floats;

    protected PrecisionLoopKernel(String name, DoubleLoop doubles, FloatLoop floats) {
        this.name = name;
        this.doubles = doubles;
        this.floats = floats;
    }

    @Override
    public final String name() {
        return name;
    }

    @Override
    public final void runDouble(double[] a, double[] b, double[] c, double[] d, double[] cur, double[] v, double[] u,
            int off, int len, int base, long from, long to, double dt, double k2, double k1, double k0, double vPeak,
            int[] counts, SpikeEvents events) {
        doubles.run(a, b, c, d, cur, v, u, off, len, base, from, to, dt, k2, k1, k0, vPeak, counts, events, dt);
    }

    @Override
    public final void runFloat(float[] a, float[] b, float[] c, float[] d, float[] cur, float[] v, float[] u, int off,
            int len, int base, long from, long to, float dt, float k2, float k1, float k0, float vPeak, int[] counts,
            SpikeEvents events, double dtd) {
        floats.run(a, b, c, d, cur, v, u, off, len, base, from, to, dt, k2, k1, k0, vPeak, counts, events, dtd);
    }
}
