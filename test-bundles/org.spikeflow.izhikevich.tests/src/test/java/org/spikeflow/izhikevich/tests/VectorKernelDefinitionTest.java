package org.spikeflow.izhikevich.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.SplittableRandom;

import org.junit.jupiter.api.Test;
import org.spikeflow.izhikevich.internal.EulerKernel;
import org.spikeflow.izhikevich.internal.KernelWarmUp;
import org.spikeflow.izhikevich.internal.SpikeEvents;
import org.spikeflow.izhikevich.internal.VectorSupport;
import org.spikeflow.testing.PlainEuler;

/**
 * The vector kernel (full vectors and the scalar tail of a block; with and without spike events, over several calls as
 * the engine's chunks) against the euler scheme's one scalar definition, written out here: every neuron's spike count,
 * final v and final u bit for bit, in double and in float, with neurons that fire (the reset path), stay silent, and
 * blow up to infinity or NaN (which the population engine detects from the final state of a chunk).
 */
class VectorKernelDefinitionTest {

    private static final double DT = 0.1;

    /**
     * Sizes below, at and around multiples of the vector lengths and of the kernel's groups of 4 vectors (8 doubles, 16
     * floats; 32 doubles, 64 floats per group at 512 bits): full groups, a padded last group, and both.
     */
    private static final int[] SIZES = {1, 7, 23, 24, 25, 31, 32, 33, 37, 49, 63, 64, 65, 71, 97, 129, 400, 512};

    private static final class Neurons {
        final double[] a;
        final double[] b;
        final double[] c;
        final double[] d;
        final double[] current;

        Neurons(int n, long seed) {
            SplittableRandom r = new SplittableRandom(seed);
            a = new double[n];
            b = new double[n];
            c = new double[n];
            d = new double[n];
            current = new double[n];
            for (int j = 0; j < n; j++) {
                a[j] = 0.01 + 0.09 * r.nextDouble();
                b[j] = 0.2 + 0.05 * r.nextDouble();
                c[j] = -65 + 15 * r.nextDouble();
                d[j] = 0.05 + 7.95 * r.nextDouble();
                current[j] = 20 * r.nextDouble() - 2; // some silent, most firing
                if (j % 7 == 3) {
                    current[j] = 0; // rests below threshold
                }
                if (j % 11 == 5) {
                    a[j] = 1e300; // u overflows to infinity, then v and u become NaN
                }
            }
        }
    }

    /** The euler definition in double (the plain reference): {spikes, v, u}. */
    private static double[] scalarDouble(double a, double b, double c, double d, double current, int steps) {
        PlainEuler.State s = PlainEuler.ofDouble(a, b, c, d, current, DT, steps);
        return new double[] {s.spikes(), s.v(), s.u()};
    }

    /** The same definition in float32 from parameters rounded once. */
    private static float[] scalarFloat(double a, double b, double c, double d, double current, int steps) {
        PlainEuler.FloatState s = PlainEuler.ofFloat(a, b, c, d, current, DT, steps);
        return new float[] {s.spikes(), s.v(), s.u()};
    }

    private static EulerKernel vectorKernel() {
        EulerKernel k = VectorSupport.kernel();
        assertNotNull(k, "vector kernel: " + VectorSupport.unavailableReason());
        return k;
    }

    @Test
    void doubleKernelEqualsTheScalarDefinition() {
        EulerKernel kernel = vectorKernel();
        for (boolean withEvents : new boolean[] {false, true}) {
            for (int n : SIZES) {
                Neurons p = new Neurons(n, n);
                int pad = 5; // the block starts at index 5 of its arrays and is neuron 1000 of the population
                double[] a = padded(p.a, pad), b = padded(p.b, pad), c = padded(p.c, pad), d = padded(p.d, pad);
                double[] cur = padded(p.current, pad), v = new double[n + pad], u = new double[n + pad];
                for (int j = 0; j < n; j++) {
                    v[pad + j] = -65;
                    u[pad + j] = p.b[j] * -65;
                }
                int[] counts = new int[1000 + n];
                SpikeEvents events = withEvents ? new SpikeEvents() : null;
                // three calls of uneven length, as the engine's chunks
                int[] bounds = {0, 700, 1300, 3000};
                for (int s = 0; s + 1 < bounds.length; s++) {
                    kernel.runDouble(a, b, c, d, cur, v, u, pad, n, 1000, bounds[s], bounds[s + 1], DT, 0.04, 5, 140,
                            30, counts, events);
                }
                int fired = 0;
                for (int j = 0; j < n; j++) {
                    double[] ref = scalarDouble(p.a[j], p.b[j], p.c[j], p.d[j], p.current[j], 3000);
                    String what = (withEvents ? "with" : "without") + " events, " + n + " neurons, neuron " + j;
                    assertEquals((int) ref[0], counts[1000 + j], what + ": spike count");
                    assertEquals(Double.doubleToLongBits(ref[1]), Double.doubleToLongBits(v[pad + j]), what + ": v");
                    assertEquals(Double.doubleToLongBits(ref[2]), Double.doubleToLongBits(u[pad + j]), what + ": u");
                    fired += ref[0] > 0 ? 1 : 0;
                }
                if (withEvents) {
                    assertEquals(countsFrom(counts, 1000, n), events.group(1000, n).times().length,
                            n + " neurons: one event per spike");
                }
                if (n >= 23) {
                    assertTrue(fired > 0 && fired < n, "the sample has firing and silent neurons");
                    assertTrue(Double.isNaN(v[pad + 5]) || Double.isInfinite(u[pad + 5]),
                            "neuron 5 blew up: v " + v[pad + 5] + ", u " + u[pad + 5]);
                }
            }
        }
    }

    @Test
    void floatKernelEqualsTheFloat32Definition() {
        EulerKernel kernel = vectorKernel();
        for (boolean withEvents : new boolean[] {false, true}) {
            for (int n : SIZES) {
                Neurons p = new Neurons(n, 100 + n);
                int pad = 3; // the block starts at index 3 of its arrays and is neuron 700 of the population
                float[] a = toFloat(padded(p.a, pad)), b = toFloat(padded(p.b, pad)), c = toFloat(padded(p.c, pad));
                float[] d = toFloat(padded(p.d, pad)), cur = toFloat(padded(p.current, pad));
                float[] v = new float[n + pad], u = new float[n + pad];
                for (int j = pad; j < n + pad; j++) {
                    v[j] = -65f;
                    u[j] = b[j] * -65f;
                }
                int[] counts = new int[700 + n];
                SpikeEvents events = withEvents ? new SpikeEvents() : null;
                kernel.runFloat(a, b, c, d, cur, v, u, pad, n, 700, 0, 1234, (float) DT, 0.04f, 5f, 140f, 30f, counts,
                        events, DT);
                kernel.runFloat(a, b, c, d, cur, v, u, pad, n, 700, 1234, 3000, (float) DT, 0.04f, 5f, 140f, 30f,
                        counts, events, DT);
                for (int j = 0; j < n; j++) {
                    float[] ref = scalarFloat(p.a[j], p.b[j], p.c[j], p.d[j], p.current[j], 3000);
                    String what = (withEvents ? "with" : "without") + " events, " + n + " neurons, neuron " + j;
                    assertEquals((int) ref[0], counts[700 + j], what + ": spike count");
                    assertEquals(Float.floatToIntBits(ref[1]), Float.floatToIntBits(v[pad + j]), what + ": v");
                    assertEquals(Float.floatToIntBits(ref[2]), Float.floatToIntBits(u[pad + j]), what + ": u");
                }
                if (withEvents) {
                    assertEquals(countsFrom(counts, 700, n), events.group(700, n).times().length,
                            n + " neurons: one event per spike");
                }
            }
        }
    }

    /** The vector kernel with one wrong bit: after each call, v of the second-to-last neuron is one ulp higher. */
    private static final class OneUlpOff implements EulerKernel {
        private final EulerKernel kernel;

        OneUlpOff(EulerKernel kernel) {
            this.kernel = kernel;
        }

        @Override
        public String name() {
            return "one ulp off";
        }

        @Override
        public void runDouble(double[] a, double[] b, double[] c, double[] d, double[] cur, double[] v, double[] u,
                int off, int len, int base, long from, long to, double dt, double k2, double k1, double k0,
                double vPeak, int[] counts, SpikeEvents events) {
            kernel.runDouble(a, b, c, d, cur, v, u, off, len, base, from, to, dt, k2, k1, k0, vPeak, counts, events);
            v[off + len - 2] = Math.nextUp(v[off + len - 2]);
        }

        @Override
        public void runFloat(float[] a, float[] b, float[] c, float[] d, float[] cur, float[] v, float[] u, int off,
                int len, int base, long from, long to, float dt, float k2, float k1, float k0, float vPeak,
                int[] counts, SpikeEvents events, double dtd) {
            kernel.runFloat(a, b, c, d, cur, v, u, off, len, base, from, to, dt, k2, k1, k0, vPeak, counts, events,
                    dtd);
            v[off + len - 2] = Math.nextUp(v[off + len - 2]);
        }
    }

    @Test
    void theSelfTestPassesTheKernelAndRejectsOneWrongBitInEitherPrecision() {
        // the self-test that decides whether a run may use the vector kernel (once cold, once as the background
        // warm-up): the kernel passes, and the same kernel with one wrong bit in the padded last group fails
        EulerKernel vector = vectorKernel();
        int bits = VectorSupport.vectorBits();
        for (boolean floats : new boolean[] {false, true}) {
            for (boolean warm : new boolean[] {false, true}) {
                String what = (floats ? "float" : "double") + (warm ? ", warm" : ", cold");
                assertTrue(KernelWarmUp.check(vector, bits, floats, warm), what);
                assertFalse(KernelWarmUp.check(new OneUlpOff(vector), bits, floats, warm), what);
            }
        }
    }

    @Test
    void theWarmUpLeavesTheKernelBitIdentical() {
        // the warm-up runs the kernel on its own arrays (at least the calls that must reach compiled speed in a row);
        // afterwards the kernel still equals the definition
        assertTrue(KernelWarmUp.warmUp(false) >= 3);
        assertTrue(KernelWarmUp.warmUp(true) >= 3);
        KernelWarmUp.start(false);
        KernelWarmUp.await(false);
        EulerKernel kernel = vectorKernel();
        Neurons p = new Neurons(49, 3);
        double[] v = new double[49], u = new double[49];
        for (int j = 0; j < 49; j++) {
            v[j] = -65;
            u[j] = p.b[j] * -65;
        }
        int[] counts = new int[49];
        kernel.runDouble(p.a, p.b, p.c, p.d, p.current, v, u, 0, 49, 0, 0, 3000, DT, 0.04, 5, 140, 30, counts, null);
        for (int j = 0; j < 49; j++) {
            double[] ref = scalarDouble(p.a[j], p.b[j], p.c[j], p.d[j], p.current[j], 3000);
            assertEquals((int) ref[0], counts[j], "neuron " + j);
            assertEquals(Double.doubleToLongBits(ref[1]), Double.doubleToLongBits(v[j]), "neuron " + j);
        }
    }

    /**
     * A call longer than the kernel's longest inner run (2^23 steps, where its int step counter and count lanes are
     * split): one firing neuron (in a padded group) over 2^23 + 5000 steps equals the scalar definition, in double and
     * float.
     */
    @Test
    void aCallOfMoreThan2To23StepsEqualsTheDefinition() {
        EulerKernel kernel = vectorKernel();
        int steps = (1 << 23) + 5000;
        double a = 0.02, b = 0.2, c = -65, d = 8, current = 10;
        double[] v = {-65}, u = {b * -65};
        int[] counts = new int[1];
        kernel.runDouble(new double[] {a}, new double[] {b}, new double[] {c}, new double[] {d},
                new double[] {current}, v, u, 0, 1, 0, 0, steps, DT, 0.04, 5, 140, 30, counts, null);
        PlainEuler.State ref = PlainEuler.ofDouble(a, b, c, d, current, DT, steps);
        assertTrue(ref.spikes() > 10000, "the neuron fires: " + ref.spikes());
        assertEquals(ref.spikes(), counts[0], "double: spike count");
        assertEquals(ref.v(), v[0], 0.0, "double: v");
        assertEquals(ref.u(), u[0], 0.0, "double: u");
        float[] fv = {-65f}, fu = {(float) b * -65f};
        counts[0] = 0;
        kernel.runFloat(new float[] {(float) a}, new float[] {(float) b}, new float[] {(float) c},
                new float[] {(float) d}, new float[] {(float) current}, fv, fu, 0, 1, 0, 0, steps, (float) DT, 0.04f,
                5f, 140f, 30f, counts, null, DT);
        PlainEuler.FloatState fref = PlainEuler.ofFloat(a, b, c, d, current, DT, steps);
        assertEquals(fref.spikes(), counts[0], "float: spike count");
        assertEquals(fref.v(), fv[0], 0.0f, "float: v");
        assertEquals(fref.u(), fu[0], 0.0f, "float: u");
    }

    /**
     * The reset adds d where a lane spiked and -0.0 where it did not, because u + 0.0 would turn a u of -0.0 into +0.0.
     * Every third neuron here has b = 0 (so u0 = 0 · -65 = -0.0), a < 0 (so each step adds -0.0 to u) and no input
     * (silent): the definition keeps u = -0.0 bit for bit; the others fire, in the same vectors. 70 neurons: full
     * groups and a padded one, in double and in float.
     */
    @Test
    void aSilentNeuronKeepsAMinusZeroU() {
        EulerKernel kernel = vectorKernel();
        int n = 70;
        double[] a = new double[n], b = new double[n], c = new double[n], d = new double[n], cur = new double[n];
        for (int j = 0; j < n; j++) {
            boolean minusZero = j % 3 == 0;
            a[j] = minusZero ? -0.02 : 0.02;
            b[j] = minusZero ? 0 : 0.2;
            c[j] = -65;
            d[j] = 8;
            cur[j] = minusZero ? 0 : 10;
        }
        double[] v = new double[n], u = new double[n];
        float[] fv = new float[n], fu = new float[n];
        for (int j = 0; j < n; j++) {
            v[j] = -65;
            u[j] = b[j] * -65;
            fv[j] = -65f;
            fu[j] = (float) b[j] * -65f;
        }
        int[] counts = new int[n], floatCounts = new int[n];
        kernel.runDouble(a, b, c, d, cur, v, u, 0, n, 0, 0, 2000, DT, 0.04, 5, 140, 30, counts, null);
        kernel.runFloat(toFloat(a), toFloat(b), toFloat(c), toFloat(d), toFloat(cur), fv, fu, 0, n, 0, 0, 2000,
                (float) DT, 0.04f, 5f, 140f, 30f, floatCounts, null, DT);
        for (int j = 0; j < n; j++) {
            PlainEuler.State ref = PlainEuler.ofDouble(a[j], b[j], c[j], d[j], cur[j], DT, 2000);
            PlainEuler.FloatState fref = PlainEuler.ofFloat(a[j], b[j], c[j], d[j], cur[j], DT, 2000);
            assertEquals(ref.spikes(), counts[j], "double: spikes of neuron " + j);
            assertEquals(Double.doubleToRawLongBits(ref.u()), Double.doubleToRawLongBits(u[j]), "double: u of " + j);
            assertEquals(fref.spikes(), floatCounts[j], "float: spikes of neuron " + j);
            assertEquals(Float.floatToRawIntBits(fref.u()), Float.floatToRawIntBits(fu[j]), "float: u of " + j);
            if (j % 3 == 0) {
                assertEquals(Double.doubleToRawLongBits(-0.0), Double.doubleToRawLongBits(ref.u()), "the case is met");
                assertEquals(Float.floatToRawIntBits(-0.0f), Float.floatToRawIntBits(fref.u()), "the case is met");
            } else {
                assertTrue(ref.spikes() > 0 && fref.spikes() > 0, "neuron " + j + " fires");
            }
        }
    }

    private static long countsFrom(int[] counts, int from, int n) {
        long total = 0;
        for (int j = 0; j < n; j++) {
            total += counts[from + j];
        }
        return total;
    }

    private static double[] padded(double[] x, int pad) {
        double[] y = new double[x.length + pad];
        System.arraycopy(x, 0, y, pad, x.length);
        return y;
    }

    private static float[] toFloat(double[] x) {
        float[] y = new float[x.length];
        for (int j = 0; j < x.length; j++) {
            y[j] = (float) x[j];
        }
        return y;
    }
}
