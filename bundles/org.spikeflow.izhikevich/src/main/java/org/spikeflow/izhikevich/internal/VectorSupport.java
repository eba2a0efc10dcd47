package org.spikeflow.izhikevich.internal;

import java.util.Arrays;
import java.util.SplittableRandom;

/**
 * Loads the Vector API kernel if the jdk.incubator.vector module is in the boot layer (JVM started with
 * {@code --add-modules jdk.incubator.vector}) and its classes are visible to this bundle (boot delegation), and if a
 * self-test shows it bit-identical to the scalar kernel. Otherwise the blocked scalar kernel is used.
 */
public final class VectorSupport {

    private static final String CLASS = "org.spikeflow.izhikevich.internal.vector.VectorEulerKernel";
    /**
     * Self-test steps: 20 ms at dt 0.1, in which the same 54 of the 61 test neurons have spiked and been reset as in
     * 100 ms (46 of them more than once). Short, because the self-test runs before the kernel is compiled, where every
     * Vector API operation is interpreted, in the background warm-up that reading the parameters has to hide.
     */
    private static final int STEPS = 200;
    private static volatile boolean loaded;
    private static EulerKernel kernel;
    private static int bits;
    private static String reason = "not checked";

    private VectorSupport() {
    }

    /** @return the vector kernel, or null if it is not available (see {@link #unavailableReason()}) */
    public static EulerKernel kernel() {
        load();
        return kernel;
    }

    /** @return the preferred vector size in bits, 0 if unavailable */
    public static int vectorBits() {
        load();
        return bits;
    }

    public static String unavailableReason() {
        load();
        return kernel == null ? reason : null;
    }

    private static synchronized void load() {
        if (loaded) {
            return;
        }
        loaded = true;
        try {
            if (ModuleLayer.boot().findModule("jdk.incubator.vector").isEmpty()) {
                reason = "the JVM was not started with --add-modules jdk.incubator.vector";
                return;
            }
            Class<?> c = Class.forName(CLASS, true, VectorSupport.class.getClassLoader());
            EulerKernel k = (EulerKernel) c.getConstructor().newInstance();
            int b = (Integer) c.getMethod("vectorBits").invoke(null);
            if (!selfTest(k)) {
                reason = "the vector kernel did not reproduce the scalar kernel bit for bit";
                return;
            }
            kernel = k;
            bits = b;
        } catch (Throwable t) { // NoClassDefFoundError without boot delegation, etc.
            reason = "the Vector API is not usable here: " + t;
        }
    }

    private static boolean selfTest(EulerKernel k) {
        // 61 neurons: with 8 doubles or 16 floats per vector, full vectors and a scalar tail
        int n = 61;
        SplittableRandom r = new SplittableRandom(42);
        double[] a = new double[n], b = new double[n], c = new double[n], d = new double[n], i = new double[n];
        for (int j = 0; j < n; j++) {
            a[j] = 0.01 + 0.09 * r.nextDouble();
            b[j] = 0.2 + 0.05 * r.nextDouble();
            c[j] = -65 + 15 * r.nextDouble();
            d[j] = 0.05 + 7.95 * r.nextDouble();
            i[j] = 15 * r.nextDouble();
        }
        double[] v1 = new double[n], u1 = new double[n];
        for (int j = 0; j < n; j++) {
            v1[j] = -65;
            u1[j] = b[j] * -65;
        }
        double[] v2 = v1.clone(), u2 = u1.clone();
        int[] c1 = new int[n], c2 = new int[n];
        k.runDouble(a, b, c, d, i, v1, u1, 0, n, 0, 0, STEPS, 0.1, 0.04, 5, 140, 30, c1, null);
        ScalarEulerKernel.INSTANCE.runDouble(a, b, c, d, i, v2, u2, 0, n, 0, 0, STEPS, 0.1, 0.04, 5, 140, 30, c2, null);
        if (!Arrays.equals(v1, v2) || !Arrays.equals(u1, u2) || !Arrays.equals(c1, c2)) {
            return false;
        }
        float[] fa = f(a), fb = f(b), fc = f(c), fd = f(d), fi = f(i), fv1 = f(v2), fu1 = f(u2);
        float[] fv2 = fv1.clone(), fu2 = fu1.clone();
        Arrays.fill(c1, 0);
        Arrays.fill(c2, 0);
        k.runFloat(fa, fb, fc, fd, fi, fv1, fu1, 0, n, 0, 0, STEPS, 0.1f, 0.04f, 5f, 140f, 30f, c1, null, 0.1);
        ScalarEulerKernel.INSTANCE.runFloat(fa, fb, fc, fd, fi, fv2, fu2, 0, n, 0, 0, STEPS, 0.1f, 0.04f, 5f, 140f,
                30f, c2, null, 0.1);
        return Arrays.equals(fv1, fv2) && Arrays.equals(fu1, fu2) && Arrays.equals(c1, c2);
    }

    private static float[] f(double[] x) {
        float[] y = new float[x.length];
        for (int j = 0; j < x.length; j++) {
            y[j] = (float) x[j];
        }
        return y;
    }
}
