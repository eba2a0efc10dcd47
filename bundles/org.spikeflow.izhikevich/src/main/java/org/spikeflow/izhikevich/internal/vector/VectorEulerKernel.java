package org.spikeflow.izhikevich.internal.vector;

import org.spikeflow.izhikevich.internal.EulerKernel;
import org.spikeflow.izhikevich.internal.SpikeEvents;

import jdk.incubator.vector.DoubleVector;
import jdk.incubator.vector.FloatVector;
import jdk.incubator.vector.VectorMask;
import jdk.incubator.vector.VectorOperators;
import jdk.incubator.vector.VectorSpecies;

/**
 * The only class that uses jdk.incubator.vector; loaded by {@code VectorSupport} only when the module is present.
 * Lanewise mul/add/sub in the scalar expression order (never {@code fma}), compare + blend/masked add for the reset, so
 * every lane is bit-identical to {@code ScalarEulerKernel}. Without spike events the loop is branch-free (counts
 * accumulate per lane under the spike mask); with events, a rare branch on {@code anyTrue} records them. The remainder
 * of a block that does not fill a vector runs the scalar expression.
 */
public final class VectorEulerKernel implements EulerKernel {

    private static final VectorSpecies<Double> SD = DoubleVector.SPECIES_PREFERRED;
    private static final VectorSpecies<Float> SF = FloatVector.SPECIES_PREFERRED;

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
            // Branch-free: the spike counts accumulate in a double per lane (exact: fewer than 2^53 steps)
            final double[] cnt = new double[len];
            final DoubleVector one = DoubleVector.broadcast(SD, 1.0);
            for (long k = from; k < to; k++) {
                for (int j = off, q = 0; j < upper; j += lanes, q += lanes) {
                    DoubleVector vv = DoubleVector.fromArray(SD, v, j);
                    DoubleVector uu = DoubleVector.fromArray(SD, u, j);
                    DoubleVector dv = vk2.mul(vv).mul(vv).add(vk1.mul(vv)).add(vk0).sub(uu)
                            .add(DoubleVector.fromArray(SD, cur, j));
                    DoubleVector du = DoubleVector.fromArray(SD, a, j)
                            .mul(DoubleVector.fromArray(SD, b, j).mul(vv).sub(uu));
                    vv = vv.add(vdt.mul(dv));
                    uu = uu.add(vdt.mul(du));
                    VectorMask<Double> m = vv.compare(VectorOperators.GE, vpk);
                    vv = vv.blend(DoubleVector.fromArray(SD, c, j), m);
                    uu = uu.add(DoubleVector.fromArray(SD, d, j), m);
                    DoubleVector.fromArray(SD, cnt, q).add(one, m).intoArray(cnt, q);
                    vv.intoArray(v, j);
                    uu.intoArray(u, j);
                }
                scalarTail(a, b, c, d, cur, v, u, upper, end, shift, k, dt, k2, k1, k0, vPeak, counts, null);
            }
            for (int q = 0; q < upper - off; q++) {
                counts[off + q + shift] += (int) cnt[q];
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
            // Branch-free: counts per lane in float, exact as a call covers fewer than 2^24 steps
            if (to - from >= (1L << 24)) {
                long mid = from + (1L << 23);
                runFloat(a, b, c, d, cur, v, u, off, len, base, from, mid, dt, k2, k1, k0, vPeak, counts, null, dtd);
                runFloat(a, b, c, d, cur, v, u, off, len, base, mid, to, dt, k2, k1, k0, vPeak, counts, null, dtd);
                return;
            }
            final float[] cnt = new float[len];
            final FloatVector one = FloatVector.broadcast(SF, 1f);
            for (long k = from; k < to; k++) {
                for (int j = off, q = 0; j < upper; j += lanes, q += lanes) {
                    FloatVector vv = FloatVector.fromArray(SF, v, j);
                    FloatVector uu = FloatVector.fromArray(SF, u, j);
                    FloatVector dv = vk2.mul(vv).mul(vv).add(vk1.mul(vv)).add(vk0).sub(uu)
                            .add(FloatVector.fromArray(SF, cur, j));
                    FloatVector du = FloatVector.fromArray(SF, a, j)
                            .mul(FloatVector.fromArray(SF, b, j).mul(vv).sub(uu));
                    vv = vv.add(vdt.mul(dv));
                    uu = uu.add(vdt.mul(du));
                    VectorMask<Float> m = vv.compare(VectorOperators.GE, vpk);
                    vv = vv.blend(FloatVector.fromArray(SF, c, j), m);
                    uu = uu.add(FloatVector.fromArray(SF, d, j), m);
                    FloatVector.fromArray(SF, cnt, q).add(one, m).intoArray(cnt, q);
                    vv.intoArray(v, j);
                    uu.intoArray(u, j);
                }
                scalarTailF(a, b, c, d, cur, v, u, upper, end, shift, k, dt, k2, k1, k0, vPeak, counts, null, dtd);
            }
            for (int q = 0; q < upper - off; q++) {
                counts[off + q + shift] += (int) cnt[q];
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
}
