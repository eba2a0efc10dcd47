package org.spikeflow.izhikevich.internal.vector;

import org.spikeflow.izhikevich.internal.EulerKernel;
import org.spikeflow.izhikevich.internal.SpikeEvents;

import jdk.incubator.vector.DoubleVector;
import jdk.incubator.vector.FloatVector;
import jdk.incubator.vector.IntVector;
import jdk.incubator.vector.LongVector;
import jdk.incubator.vector.VectorMask;
import jdk.incubator.vector.VectorOperators;
import jdk.incubator.vector.VectorSpecies;

/**
 * The only class that uses jdk.incubator.vector; loaded by {@code VectorSupport} only when the module is present.
 * Lanewise mul/add/sub in the scalar expression order (never {@code fma}), compare + blend/masked add for the reset,
 * so every lane is bit-identical to {@code ScalarEulerKernel}. Without spike events, groups of three vectors run
 * all steps of a call with their parameters, state and counts in registers (branch-free); with events, the loop
 * over the block runs once per step and a rare branch on {@code anyTrue} records them. The remainder of a block that
 * does not fill a vector runs the scalar expression.
 */
public final class VectorEulerKernel implements EulerKernel {

    private static final VectorSpecies<Double> SD = DoubleVector.SPECIES_PREFERRED;
    private static final VectorSpecies<Float> SF = FloatVector.SPECIES_PREFERRED;
    /** Spike counts per lane, in integer vectors of the same lane count as the state's. */
    private static final VectorSpecies<Long> SL = VectorSpecies.of(long.class, SD.vectorShape());
    private static final VectorSpecies<Integer> SI = VectorSpecies.of(int.class, SF.vectorShape());

    @Override
    public String name() {
        return "vector (" + SD.vectorBitSize() + "-bit: " + SD.length() + " doubles / " + SF.length() + " floats)";
    }

    /** @return the preferred vector size in bits */
    public static int vectorBits() {
        return SD.vectorBitSize();
    }

    @Override
    public void runDouble(double[] a, double[] b, double[] c, double[] d, double[] cur, double[] v, double[] u,
            int off, int len, int base, long from, long to, double dt, double k2, double k1, double k0, double vPeak,
            int[] counts, SpikeEvents events) {
        final int lanes = SD.length();
        final int end = off + len;
        final int upper = off + SD.loopBound(len);
        final int shift = base - off;
        final DoubleVector vk2 = DoubleVector.broadcast(SD, k2);
        final DoubleVector vk1 = DoubleVector.broadcast(SD, k1);
        final DoubleVector vk0 = DoubleVector.broadcast(SD, k0);
        final DoubleVector vdt = DoubleVector.broadcast(SD, dt);
        final DoubleVector vpk = DoubleVector.broadcast(SD, vPeak);
        if (events == null) {
            int j = off;
            for (; j + 3 * lanes <= upper; j += 3 * lanes) {
                registerGroupDouble(a, b, c, d, cur, v, u, j, j + shift, from, to, vk2, vk1, vk0, vdt, vpk, counts);
            }
            for (; j < upper; j += lanes) {
                oneVectorDouble(a, b, c, d, cur, v, u, j, j + shift, from, to, vk2, vk1, vk0, vdt, vpk, counts);
            }
            for (long k = from; k < to; k++) {
                scalarTail(a, b, c, d, cur, v, u, upper, end, shift, k, dt, k2, k1, k0, vPeak, counts, null);
            }
            return;
        }
        for (long k = from; k < to; k++) {
            for (int j = off; j < upper; j += lanes) {
                DoubleVector vv = DoubleVector.fromArray(SD, v, j);
                DoubleVector uu = DoubleVector.fromArray(SD, u, j);
                DoubleVector dv = vk2.mul(vv).mul(vv).add(vk1.mul(vv)).add(vk0).sub(uu)
                        .add(DoubleVector.fromArray(SD, cur, j));
                DoubleVector du = DoubleVector.fromArray(SD, a, j)
                        .mul(DoubleVector.fromArray(SD, b, j).mul(vv).sub(uu));
                vv = vv.add(vdt.mul(dv));
                uu = uu.add(vdt.mul(du));
                VectorMask<Double> m = vv.compare(VectorOperators.GE, vpk);
                if (m.anyTrue()) {
                    vv = vv.blend(DoubleVector.fromArray(SD, c, j), m);
                    uu = uu.add(DoubleVector.fromArray(SD, d, j), m);
                    long bits = m.toLong();
                    while (bits != 0) {
                        int n = j + Long.numberOfTrailingZeros(bits) + shift;
                        counts[n]++;
                        if (events != null) {
                            events.add(n, (k + 1) * dt);
                        }
                        bits &= bits - 1;
                    }
                }
                vv.intoArray(v, j);
                uu.intoArray(u, j);
            }
            scalarTail(a, b, c, d, cur, v, u, upper, end, shift, k, dt, k2, k1, k0, vPeak, counts, events);
        }
    }

    private static void scalarTail(double[] a, double[] b, double[] c, double[] d, double[] cur, double[] v,
            double[] u, int from, int end, int shift, long k, double dt, double k2, double k1, double k0,
            double vPeak, int[] counts, SpikeEvents events) {
        for (int j = from; j < end; j++) {
            double vj = v[j];
            double uj = u[j];
            double dv = k2 * vj * vj + k1 * vj + k0 - uj + cur[j];
            double du = a[j] * (b[j] * vj - uj);
            vj = vj + dt * dv;
            uj = uj + dt * du;
            if (vj >= vPeak) {
                vj = c[j];
                uj = uj + d[j];
                counts[j + shift]++;
                if (events != null) {
                    events.add(j + shift, (k + 1) * dt);
                }
            }
            v[j] = vj;
            u[j] = uj;
        }
    }

    @Override
    public void runFloat(float[] a, float[] b, float[] c, float[] d, float[] cur, float[] v, float[] u, int off,
            int len, int base, long from, long to, float dt, float k2, float k1, float k0, float vPeak, int[] counts,
            SpikeEvents events, double dtd) {
        final int lanes = SF.length();
        final int end = off + len;
        final int upper = off + SF.loopBound(len);
        final int shift = base - off;
        final FloatVector vk2 = FloatVector.broadcast(SF, k2);
        final FloatVector vk1 = FloatVector.broadcast(SF, k1);
        final FloatVector vk0 = FloatVector.broadcast(SF, k0);
        final FloatVector vdt = FloatVector.broadcast(SF, dt);
        final FloatVector vpk = FloatVector.broadcast(SF, vPeak);
        if (events == null) {
            int j = off;
            for (; j + 3 * lanes <= upper; j += 3 * lanes) {
                registerGroupFloat(a, b, c, d, cur, v, u, j, j + shift, from, to, vk2, vk1, vk0, vdt, vpk, counts);
            }
            for (; j < upper; j += lanes) {
                oneVectorFloat(a, b, c, d, cur, v, u, j, j + shift, from, to, vk2, vk1, vk0, vdt, vpk, counts);
            }
            for (long k = from; k < to; k++) {
                scalarTailF(a, b, c, d, cur, v, u, upper, end, shift, k, dt, k2, k1, k0, vPeak, counts, null, dtd);
            }
            return;
        }
        for (long k = from; k < to; k++) {
            for (int j = off; j < upper; j += lanes) {
                FloatVector vv = FloatVector.fromArray(SF, v, j);
                FloatVector uu = FloatVector.fromArray(SF, u, j);
                FloatVector dv = vk2.mul(vv).mul(vv).add(vk1.mul(vv)).add(vk0).sub(uu)
                        .add(FloatVector.fromArray(SF, cur, j));
                FloatVector du = FloatVector.fromArray(SF, a, j).mul(FloatVector.fromArray(SF, b, j).mul(vv).sub(uu));
                vv = vv.add(vdt.mul(dv));
                uu = uu.add(vdt.mul(du));
                VectorMask<Float> m = vv.compare(VectorOperators.GE, vpk);
                if (m.anyTrue()) {
                    vv = vv.blend(FloatVector.fromArray(SF, c, j), m);
                    uu = uu.add(FloatVector.fromArray(SF, d, j), m);
                    long bits = m.toLong();
                    while (bits != 0) {
                        int n = j + Long.numberOfTrailingZeros(bits) + shift;
                        counts[n]++;
                        if (events != null) {
                            events.add(n, (k + 1) * dtd);
                        }
                        bits &= bits - 1;
                    }
                }
                vv.intoArray(v, j);
                uu.intoArray(u, j);
            }
            scalarTailF(a, b, c, d, cur, v, u, upper, end, shift, k, dt, k2, k1, k0, vPeak, counts, events, dtd);
        }
    }

    private static void scalarTailF(float[] a, float[] b, float[] c, float[] d, float[] cur, float[] v, float[] u,
            int from, int end, int shift, long k, float dt, float k2, float k1, float k0, float vPeak, int[] counts,
            SpikeEvents events, double dtd) {
        for (int j = from; j < end; j++) {
            float vj = v[j];
            float uj = u[j];
            float dv = k2 * vj * vj + k1 * vj + k0 - uj + cur[j];
            float du = a[j] * (b[j] * vj - uj);
            vj = vj + dt * dv;
            uj = uj + dt * du;
            if (vj >= vPeak) {
                vj = c[j];
                uj = uj + d[j];
                counts[j + shift]++;
                if (events != null) {
                    events.add(j + shift, (k + 1) * dtd);
                }
            }
            v[j] = vj;
            u[j] = uj;
        }
    }

    /**
     * Three vectors of neurons (24 doubles at 512 bits) through steps [from, to) with parameters, state and spike
     * counts held in registers: no loads or stores per step (the loop that reloads them per step is bound by memory
     * traffic). Spike counts accumulate per lane in a LongVector under the spike mask cast to long lanes (measured
     * ~10 % faster than a masked add on a DoubleVector of counts, which C2 compiles less well).
     */
    private static void registerGroupDouble(double[] a, double[] b, double[] c, double[] d, double[] cur, double[] v,
            double[] u, int j, int neuron, long from, long to, DoubleVector vk2, DoubleVector vk1, DoubleVector vk0,
            DoubleVector vdt, DoubleVector vpk, int[] counts) {
        final int l = SD.length();
        final DoubleVector a0 = DoubleVector.fromArray(SD, a, j), a1 = DoubleVector.fromArray(SD, a, j + l),
                a2 = DoubleVector.fromArray(SD, a, j + 2 * l);
        final DoubleVector b0 = DoubleVector.fromArray(SD, b, j), b1 = DoubleVector.fromArray(SD, b, j + l),
                b2 = DoubleVector.fromArray(SD, b, j + 2 * l);
        final DoubleVector c0 = DoubleVector.fromArray(SD, c, j), c1 = DoubleVector.fromArray(SD, c, j + l),
                c2 = DoubleVector.fromArray(SD, c, j + 2 * l);
        final DoubleVector d0 = DoubleVector.fromArray(SD, d, j), d1 = DoubleVector.fromArray(SD, d, j + l),
                d2 = DoubleVector.fromArray(SD, d, j + 2 * l);
        final DoubleVector i0 = DoubleVector.fromArray(SD, cur, j), i1 = DoubleVector.fromArray(SD, cur, j + l),
                i2 = DoubleVector.fromArray(SD, cur, j + 2 * l);
        DoubleVector v0 = DoubleVector.fromArray(SD, v, j), v1 = DoubleVector.fromArray(SD, v, j + l),
                v2 = DoubleVector.fromArray(SD, v, j + 2 * l);
        DoubleVector u0 = DoubleVector.fromArray(SD, u, j), u1 = DoubleVector.fromArray(SD, u, j + l),
                u2 = DoubleVector.fromArray(SD, u, j + 2 * l);
        final LongVector one = LongVector.broadcast(SL, 1L);
        LongVector n0 = LongVector.zero(SL), n1 = n0, n2 = n0;
        final int steps = Math.toIntExact(to - from);
        for (int s = 0; s < steps; s++) {
            DoubleVector dv0 = vk2.mul(v0).mul(v0).add(vk1.mul(v0)).add(vk0).sub(u0).add(i0);
            DoubleVector dv1 = vk2.mul(v1).mul(v1).add(vk1.mul(v1)).add(vk0).sub(u1).add(i1);
            DoubleVector dv2 = vk2.mul(v2).mul(v2).add(vk1.mul(v2)).add(vk0).sub(u2).add(i2);
            DoubleVector du0 = a0.mul(b0.mul(v0).sub(u0));
            DoubleVector du1 = a1.mul(b1.mul(v1).sub(u1));
            DoubleVector du2 = a2.mul(b2.mul(v2).sub(u2));
            v0 = v0.add(vdt.mul(dv0));
            v1 = v1.add(vdt.mul(dv1));
            v2 = v2.add(vdt.mul(dv2));
            u0 = u0.add(vdt.mul(du0));
            u1 = u1.add(vdt.mul(du1));
            u2 = u2.add(vdt.mul(du2));
            VectorMask<Double> m0 = v0.compare(VectorOperators.GE, vpk);
            VectorMask<Double> m1 = v1.compare(VectorOperators.GE, vpk);
            VectorMask<Double> m2 = v2.compare(VectorOperators.GE, vpk);
            v0 = v0.blend(c0, m0);
            v1 = v1.blend(c1, m1);
            v2 = v2.blend(c2, m2);
            u0 = u0.add(d0, m0);
            u1 = u1.add(d1, m1);
            u2 = u2.add(d2, m2);
            n0 = n0.add(one, m0.cast(SL));
            n1 = n1.add(one, m1.cast(SL));
            n2 = n2.add(one, m2.cast(SL));
        }
        v0.intoArray(v, j);
        v1.intoArray(v, j + l);
        v2.intoArray(v, j + 2 * l);
        u0.intoArray(u, j);
        u1.intoArray(u, j + l);
        u2.intoArray(u, j + 2 * l);
        addCounts(n0.toArray(), counts, neuron);
        addCounts(n1.toArray(), counts, neuron + l);
        addCounts(n2.toArray(), counts, neuron + 2 * l);
    }

    /** One vector of neurons through steps [from, to) in registers (the rest of a block after the groups of 3). */
    private static void oneVectorDouble(double[] a, double[] b, double[] c, double[] d, double[] cur, double[] v,
            double[] u, int j, int neuron, long from, long to, DoubleVector vk2, DoubleVector vk1, DoubleVector vk0,
            DoubleVector vdt, DoubleVector vpk, int[] counts) {
        final DoubleVector a0 = DoubleVector.fromArray(SD, a, j), b0 = DoubleVector.fromArray(SD, b, j);
        final DoubleVector c0 = DoubleVector.fromArray(SD, c, j), d0 = DoubleVector.fromArray(SD, d, j);
        final DoubleVector i0 = DoubleVector.fromArray(SD, cur, j);
        DoubleVector v0 = DoubleVector.fromArray(SD, v, j), u0 = DoubleVector.fromArray(SD, u, j);
        final LongVector one = LongVector.broadcast(SL, 1L);
        LongVector n0 = LongVector.zero(SL);
        final int steps = Math.toIntExact(to - from);
        for (int s = 0; s < steps; s++) {
            DoubleVector dv0 = vk2.mul(v0).mul(v0).add(vk1.mul(v0)).add(vk0).sub(u0).add(i0);
            DoubleVector du0 = a0.mul(b0.mul(v0).sub(u0));
            v0 = v0.add(vdt.mul(dv0));
            u0 = u0.add(vdt.mul(du0));
            VectorMask<Double> m0 = v0.compare(VectorOperators.GE, vpk);
            v0 = v0.blend(c0, m0);
            u0 = u0.add(d0, m0);
            n0 = n0.add(one, m0.cast(SL));
        }
        v0.intoArray(v, j);
        u0.intoArray(u, j);
        addCounts(n0.toArray(), counts, neuron);
    }

    private static void addCounts(long[] lanes, int[] counts, int neuron) {
        for (int q = 0; q < lanes.length; q++) {
            counts[neuron + q] += (int) lanes[q];
        }
    }

    /**
     * Float version of {@link #registerGroupDouble} (48 floats at 512 bits), counts in an IntVector.
     */
    private static void registerGroupFloat(float[] a, float[] b, float[] c, float[] d, float[] cur, float[] v,
            float[] u, int j, int neuron, long from, long to, FloatVector vk2, FloatVector vk1, FloatVector vk0,
            FloatVector vdt, FloatVector vpk, int[] counts) {
        final int l = SF.length();
        final FloatVector a0 = FloatVector.fromArray(SF, a, j), a1 = FloatVector.fromArray(SF, a, j + l),
                a2 = FloatVector.fromArray(SF, a, j + 2 * l);
        final FloatVector b0 = FloatVector.fromArray(SF, b, j), b1 = FloatVector.fromArray(SF, b, j + l),
                b2 = FloatVector.fromArray(SF, b, j + 2 * l);
        final FloatVector c0 = FloatVector.fromArray(SF, c, j), c1 = FloatVector.fromArray(SF, c, j + l),
                c2 = FloatVector.fromArray(SF, c, j + 2 * l);
        final FloatVector d0 = FloatVector.fromArray(SF, d, j), d1 = FloatVector.fromArray(SF, d, j + l),
                d2 = FloatVector.fromArray(SF, d, j + 2 * l);
        final FloatVector i0 = FloatVector.fromArray(SF, cur, j), i1 = FloatVector.fromArray(SF, cur, j + l),
                i2 = FloatVector.fromArray(SF, cur, j + 2 * l);
        FloatVector v0 = FloatVector.fromArray(SF, v, j), v1 = FloatVector.fromArray(SF, v, j + l),
                v2 = FloatVector.fromArray(SF, v, j + 2 * l);
        FloatVector u0 = FloatVector.fromArray(SF, u, j), u1 = FloatVector.fromArray(SF, u, j + l),
                u2 = FloatVector.fromArray(SF, u, j + 2 * l);
        final IntVector one = IntVector.broadcast(SI, 1);
        final int steps = Math.toIntExact(to - from);
        IntVector n0 = IntVector.zero(SI), n1 = n0, n2 = n0;
        for (int s = 0; s < steps; s++) {
            FloatVector dv0 = vk2.mul(v0).mul(v0).add(vk1.mul(v0)).add(vk0).sub(u0).add(i0);
            FloatVector dv1 = vk2.mul(v1).mul(v1).add(vk1.mul(v1)).add(vk0).sub(u1).add(i1);
            FloatVector dv2 = vk2.mul(v2).mul(v2).add(vk1.mul(v2)).add(vk0).sub(u2).add(i2);
            FloatVector du0 = a0.mul(b0.mul(v0).sub(u0));
            FloatVector du1 = a1.mul(b1.mul(v1).sub(u1));
            FloatVector du2 = a2.mul(b2.mul(v2).sub(u2));
            v0 = v0.add(vdt.mul(dv0));
            v1 = v1.add(vdt.mul(dv1));
            v2 = v2.add(vdt.mul(dv2));
            u0 = u0.add(vdt.mul(du0));
            u1 = u1.add(vdt.mul(du1));
            u2 = u2.add(vdt.mul(du2));
            VectorMask<Float> m0 = v0.compare(VectorOperators.GE, vpk);
            VectorMask<Float> m1 = v1.compare(VectorOperators.GE, vpk);
            VectorMask<Float> m2 = v2.compare(VectorOperators.GE, vpk);
            v0 = v0.blend(c0, m0);
            v1 = v1.blend(c1, m1);
            v2 = v2.blend(c2, m2);
            u0 = u0.add(d0, m0);
            u1 = u1.add(d1, m1);
            u2 = u2.add(d2, m2);
            n0 = n0.add(one, m0.cast(SI));
            n1 = n1.add(one, m1.cast(SI));
            n2 = n2.add(one, m2.cast(SI));
        }
        addCounts(n0.toArray(), counts, neuron);
        addCounts(n1.toArray(), counts, neuron + l);
        addCounts(n2.toArray(), counts, neuron + 2 * l);
        v0.intoArray(v, j);
        v1.intoArray(v, j + l);
        v2.intoArray(v, j + 2 * l);
        u0.intoArray(u, j);
        u1.intoArray(u, j + l);
        u2.intoArray(u, j + 2 * l);
    }

    private static void oneVectorFloat(float[] a, float[] b, float[] c, float[] d, float[] cur, float[] v,
            float[] u, int j, int neuron, long from, long to, FloatVector vk2, FloatVector vk1, FloatVector vk0,
            FloatVector vdt, FloatVector vpk, int[] counts) {
        final FloatVector a0 = FloatVector.fromArray(SF, a, j), b0 = FloatVector.fromArray(SF, b, j);
        final FloatVector c0 = FloatVector.fromArray(SF, c, j), d0 = FloatVector.fromArray(SF, d, j);
        final FloatVector i0 = FloatVector.fromArray(SF, cur, j);
        FloatVector v0 = FloatVector.fromArray(SF, v, j), u0 = FloatVector.fromArray(SF, u, j);
        final IntVector one = IntVector.broadcast(SI, 1);
        final int steps = Math.toIntExact(to - from);
        IntVector n0 = IntVector.zero(SI);
        for (int s = 0; s < steps; s++) {
            FloatVector dv0 = vk2.mul(v0).mul(v0).add(vk1.mul(v0)).add(vk0).sub(u0).add(i0);
            FloatVector du0 = a0.mul(b0.mul(v0).sub(u0));
            v0 = v0.add(vdt.mul(dv0));
            u0 = u0.add(vdt.mul(du0));
            VectorMask<Float> m0 = v0.compare(VectorOperators.GE, vpk);
            v0 = v0.blend(c0, m0);
            u0 = u0.add(d0, m0);
            n0 = n0.add(one, m0.cast(SI));
        }
        addCounts(n0.toArray(), counts, neuron);
        v0.intoArray(v, j);
        u0.intoArray(u, j);
    }

    private static void addCounts(int[] lanes, int[] counts, int neuron) {
        for (int q = 0; q < lanes.length; q++) {
            counts[neuron + q] += (int) lanes[q];
        }
    }
}
