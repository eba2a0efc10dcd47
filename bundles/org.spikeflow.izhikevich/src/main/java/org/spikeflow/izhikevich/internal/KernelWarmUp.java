package org.spikeflow.izhikevich.internal;

import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

/**
 * Gets the vector kernel compiled before a run needs it. Cold, the first blocks of a run execute in the interpreter and
 * C1, where Vector API operations are not intrinsified and allocate, until C2 has compiled the kernel: a fixed cost of
 * about half a second that a caller can hide behind work it has to do anyway (reading the parameter file). A tiny
 * population whose neurons cover every path of the kernel (a full group of vectors, a padded last group; firing and
 * silent lanes) is integrated in many short calls until several calls in a row run at compiled speed. The calls are
 * short so that the kernel is compiled as a whole, from invocation counts, and so that only a call that runs entirely
 * in C2's code is fast: with long calls, a call whose loop has moved to an on-stack-replacement compile while its loads
 * and stores still run in C1 looked warm, and the run that followed still compiled (or deoptimised and recompiled) the
 * method. A first C2 compile made from a thin profile can deoptimise at its first call (seen on a busy machine, where
 * C1 compiled the Vector API's index checks without profiling); the calls in a row that must be fast let the warm-up
 * wait for the recompile.
 */
public final class KernelWarmUp {

    /** Steps per warm-up call. */
    private static final int STEPS = 5;
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

    /** Starts warming up the kernel of this precision in a daemon thread, once per JVM; returns at once. */
    public static void start(boolean floatPrecision) {
        STARTED.computeIfAbsent(floatPrecision, f -> {
            Thread t = new Thread(() -> warmUp(f), "spikeflow-kernel-warm-up");
            t.setDaemon(true);
            t.start();
            return t;
        });
    }

    /** Waits until a warm-up of this precision that was started has finished (returns at once if none was). */
    public static void await(boolean floatPrecision) {
        Thread t = STARTED.get(floatPrecision);
        if (t == null) {
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
     * Warms up in the calling thread.
     *
     * @return the number of kernel calls made (0 without the vector kernel)
     */
    public static int warmUp(boolean floatPrecision) {
        EulerKernel kernel = VectorSupport.kernel(); // loads and self-tests it, also off the caller's thread
        if (kernel == null) {
            return 0;
        }
        int lanes = VectorSupport.vectorBits() / (floatPrecision ? 32 : 64);
        int n = 4 * lanes + 3; // a full group of 4 vectors and a padded group
        double[] a = new double[n], b = new double[n], c = new double[n], d = new double[n], i = new double[n];
        double[] v = new double[n], u = new double[n];
        for (int j = 0; j < n; j++) {
            // regular spiking neurons with inputs from 0 to 15: silent, slow and fast firing lanes
            a[j] = 0.02;
            b[j] = 0.2;
            c[j] = -65;
            d[j] = 8;
            i[j] = 15.0 * j / n;
            v[j] = -65;
            u[j] = -13;
        }
        float[] fa = toFloat(a), fb = toFloat(b), fc = toFloat(c), fd = toFloat(d), fi = toFloat(i);
        float[] fv = toFloat(v), fu = toFloat(u);
        int[] counts = new int[n];
        long start = System.nanoTime();
        long compiled = (long) (COMPILED_NANOS_PER_UPDATE * n * STEPS);
        int calls = 0;
        for (int settled = 0; settled < SETTLED && System.nanoTime() - start < LIMIT_NANOS; calls++) {
            long t0 = System.nanoTime();
            if (floatPrecision) {
                kernel.runFloat(fa, fb, fc, fd, fi, fv, fu, 0, n, 0, 0, STEPS, 0.1f, 0.04f, 5f, 140f, 30f, counts, null,
                        0.1);
            } else {
                kernel.runDouble(a, b, c, d, i, v, u, 0, n, 0, 0, STEPS, 0.1, 0.04, 5, 140, 30, counts, null);
            }
            long time = System.nanoTime() - t0;
            settled = time <= compiled ? settled + 1 : 0;
        }
        return calls;
    }

    private static float[] toFloat(double[] x) {
        float[] y = new float[x.length];
        for (int j = 0; j < x.length; j++) {
            y[j] = (float) x[j];
        }
        return y;
    }
}
