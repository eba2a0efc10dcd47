package org.spikeflow.izhikevich.internal;

import java.util.Arrays;
import java.util.Map;
import java.util.SplittableRandom;
import java.util.concurrent.ConcurrentHashMap;

import org.spikeflow.izhikevich.internal.vector.VectorEulerKernel;

/**
 * The vector kernel's self-test, which is also its warm-up: gets the kernel compiled before a run needs it, and checks
 * it against the scalar definition on the way. <p> Cold, the first blocks of a run execute in the interpreter and C1,
 * where Vector API operations are not intrinsified and allocate, until C2 has compiled the kernel: a fixed cost of
 * about half a second that a caller can hide behind work it has to do anyway (reading the parameter file). A small
 * random population whose neurons cover every path of the kernel (a full group of vectors and a padded last group;
 * firing and silent lanes) is integrated in many short calls until several calls in a row run at compiled speed, and
 * the scalar kernel then integrates the same steps: the vector kernel passes if every v, u and spike count is
 * bit-identical. The test so checks the code that runs afterwards (C2's), and costs no interpreted run of its own (a
 * separate test before the warm-up took about half of it). <p> The calls are short so that the kernel is compiled as a
 * whole, from invocation counts, and so that only a call that runs entirely in C2's code is fast: with long calls, a
 * call whose loop has moved to an on-stack-replacement compile while its loads and stores still run in C1 looked warm,
 * and the run that followed still compiled (or deoptimised and recompiled) the method. A first C2 compile made from a
 * thin profile can deoptimise at its first call (seen on a busy machine); the calls in a row that must be fast let the
 * warm-up wait for the recompile.
 */
public final class KernelWarmUp {

    /** Steps per warm-up call. */
    private static final int STEPS = 5;
    /**
     * Steps of a test without warm-up: 20 ms at dt 0.1, in which the same 54 of the 61 double test neurons have spiked
     * and been reset as in 100 ms (46 of them more than once).
     */
    private static final int TEST_STEPS = 200;
    /** Calls in a row that must run at compiled speed to count as warm. */
    private static final int SETTLED = 5;
    /**
     * Compiled speed: C2 needs 1 to 4 ns per neuron update here (the calls are short), C1 (whose Vector API calls
     * allocate) and the interpreter hundreds to thousands.
     */
    private static final double COMPILED_NANOS_PER_UPDATE = 10;
    /** Upper bound of a warm-up (ns), e.g. when the machine is busy and times never settle. */
    private static final long LIMIT_NANOS = 3_000_000_000L;

    private static final Map<Boolean, Thread> STARTED = new ConcurrentHashMap<>();

    private KernelWarmUp() {
    }

    /** Starts warming up and testing the kernel of this precision in a daemon thread, once per JVM; returns at once. */
    public static void start(boolean floatPrecision) {
        STARTED.computeIfAbsent(floatPrecision, f -> {
            Thread t = new Thread(() -> VectorSupport.verified(f, true), "spikeflow-kernel-warm-up");
            t.setDaemon(true);
            t.start();
            return t;
        });
    }

    /** Waits until a warm-up of this precision that was started has finished (returns at once if none was). */
    public static void await(boolean floatPrecision) {
        Thread t = STARTED.get(floatPrecision);
        if (t == null || t == Thread.currentThread()) {
            return;
        }
        boolean interrupted = false;
        while (t.isAlive()) {
            try {
                t.join();
            } catch (InterruptedException e) {
                interrupted = true;
            }
        }
        if (interrupted) {
            Thread.currentThread().interrupt();
        }
    }

    /**
     * Warms up in the calling thread: integrates the test population as the background warm-up does, whether or not the
     * kernel was tested before.
     *
     * @return the number of kernel calls made (0 without the vector kernel)
     */
    public static int warmUp(boolean floatPrecision) {
        EulerKernel kernel = VectorSupport.kernel(floatPrecision);
        if (kernel == null) {
            return 0;
        }
        TestPopulation p = new TestPopulation(VectorSupport.vectorBits(), floatPrecision);
        return p.integrate(kernel, true);
    }

    /**
     * Tests the kernel against the scalar kernel in one precision; {@code warm}: in short calls until they run at
     * compiled speed, else in one call of {@link #TEST_STEPS}.
     *
     * @return whether every v, u and spike count equals the scalar kernel's, bit for bit
     */
    public static boolean check(EulerKernel kernel, int vectorBits, boolean floatPrecision, boolean warm) {
        TestPopulation p = new TestPopulation(vectorBits, floatPrecision);
        int calls = p.integrate(kernel, warm);
        return p.matchesScalar(warm ? (long) calls * STEPS : TEST_STEPS);
    }

    /**
     * Random neurons (a, b, c, d, I in the ranges of a random sweep; v = -65, u = b·v) that fill one group of vectors
     * and a padded group of three vectors and a partial one: 61 doubles or 122 floats with 512-bit vectors. Most spike
     * within 20 ms, some stay silent.
     */
    private static final class TestPopulation {
        final boolean floatPrecision;
        final int n;
        final double[] a, b, c, d, i, v0, u0, v, u;
        final float[] fa, fb, fc, fd, fi, fv0, fu0, fv, fu;
        final int[] counts;

        TestPopulation(int vectorBits, boolean floatPrecision) {
            this.floatPrecision = floatPrecision;
            int lanes = Math.max(1, vectorBits / (floatPrecision ? 32 : 64));
            // a compile-time constant: javac copies it here, so this does not load the class (nor the Vector API)
            n = 2 * VectorEulerKernel.GROUP * lanes - 3;
            SplittableRandom r = new SplittableRandom(42);
            a = new double[n];
            b = new double[n];
            c = new double[n];
            d = new double[n];
            i = new double[n];
            v0 = new double[n];
            u0 = new double[n];
            for (int j = 0; j < n; j++) {
                a[j] = 0.01 + 0.09 * r.nextDouble();
                b[j] = 0.2 + 0.05 * r.nextDouble();
                c[j] = -65 + 15 * r.nextDouble();
                d[j] = 0.05 + 7.95 * r.nextDouble();
                i[j] = 15 * r.nextDouble();
                v0[j] = -65;
                u0[j] = b[j] * -65;
            }
            fa = toFloat(a);
            fb = toFloat(b);
            fc = toFloat(c);
            fd = toFloat(d);
            fi = toFloat(i);
            fv0 = toFloat(v0);
            fu0 = new float[n];
            for (int j = 0; j < n; j++) {
                fu0[j] = fb[j] * -65f; // in float, from the rounded b
            }
            v = v0.clone();
            u = u0.clone();
            fv = fv0.clone();
            fu = fu0.clone();
            counts = new int[n];
        }

        /**
         * Integrates with the kernel: {@code warm}, in short calls until {@link #SETTLED} calls in a row ran at
         * compiled speed (or {@link #LIMIT_NANOS}), else in one call of {@link #TEST_STEPS}.
         *
         * @return the number of calls
         */
        int integrate(EulerKernel kernel, boolean warm) {
            if (!warm) {
                call(kernel, TEST_STEPS);
                return 1;
            }
            long start = System.nanoTime();
            long compiled = (long) (COMPILED_NANOS_PER_UPDATE * n * STEPS);
            int calls = 0;
            for (int settled = 0; settled < SETTLED && System.nanoTime() - start < LIMIT_NANOS; calls++) {
                long t0 = System.nanoTime();
                call(kernel, STEPS);
                settled = System.nanoTime() - t0 <= compiled ? settled + 1 : 0;
            }
            return calls;
        }

        private void call(EulerKernel kernel, int steps) {
            if (floatPrecision) {
                kernel.runFloat(fa, fb, fc, fd, fi, fv, fu, 0, n, 0, 0, steps, 0.1f, 0.04f, 5f, 140f, 30f, counts, null,
                        0.1);
            } else {
                kernel.runDouble(a, b, c, d, i, v, u, 0, n, 0, 0, steps, 0.1, 0.04, 5, 140, 30, counts, null);
            }
        }

        /** @return whether the scalar kernel, integrating {@code steps} from the same start, gives the same state */
        boolean matchesScalar(long steps) {
            int[] expected = new int[n];
            if (floatPrecision) {
                float[] ev = fv0.clone(), eu = fu0.clone();
                ScalarEulerKernel.INSTANCE.runFloat(fa, fb, fc, fd, fi, ev, eu, 0, n, 0, 0, steps, 0.1f, 0.04f, 5f,
                        140f, 30f, expected, null, 0.1);
                return Arrays.equals(ev, fv) && Arrays.equals(eu, fu) && Arrays.equals(expected, counts);
            }
            double[] ev = v0.clone(), eu = u0.clone();
            ScalarEulerKernel.INSTANCE.runDouble(a, b, c, d, i, ev, eu, 0, n, 0, 0, steps, 0.1, 0.04, 5, 140, 30,
                    expected, null);
            return Arrays.equals(ev, v) && Arrays.equals(eu, u) && Arrays.equals(expected, counts);
        }
    }

    private static float[] toFloat(double[] x) {
        float[] y = new float[x.length];
        for (int j = 0; j < x.length; j++) {
            y[j] = (float) x[j];
        }
        return y;
    }
}
