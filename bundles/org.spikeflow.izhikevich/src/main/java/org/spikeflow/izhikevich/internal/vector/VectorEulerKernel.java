package org.spikeflow.izhikevich.internal.vector;

import java.util.Arrays;

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
 * Time-blocked: a group of {@link #GROUP} vectors of neurons keeps v, u and its spike counts (integer lanes) in
 * registers for all steps of a call (loads and stores once per call, not per step), with one independent dependency
 * chain per vector to hide the latency of an Euler step. Lanewise mul/add/sub in the expression order of the scalar
 * definition (never {@code fma}), compare + blend/masked add for the reset, so every lane is bit-identical to
 * {@code ScalarEulerKernel}. The neurons that do not fill a last group run the same code on a padded copy, whose
 * padding lanes hold NaN and so never spike. With spike events, one rare branch per step keeps the spike masks for the
 * events.
 */
public final class VectorEulerKernel implements EulerKernel {

    private static final VectorSpecies<Double> SD = DoubleVector.SPECIES_PREFERRED;
    private static final VectorSpecies<Float> SF = FloatVector.SPECIES_PREFERRED;
    /** Spike counts per lane: the integer species with the lane count of SD / SF. */
    private static final VectorSpecies<Long> LS = SD.withLanes(long.class);
    private static final VectorSpecies<Integer> IS = SF.withLanes(int.class);
    /**
     * Lane i holds 2^i: a mask's lanes as bits by AND and an OR reduction, without a call in the step loop (on JDK 17
     * {@code VectorMask.toLong} copies the mask into a new boolean array).
     */
    private static final LongVector LONG_LANE_BITS = LongVector.broadcast(LS, 1L)
            .lanewise(VectorOperators.LSHL, LongVector.zero(LS).addIndex(1));
    private static final IntVector INT_LANE_BITS = IntVector.broadcast(IS, 1)
            .lanewise(VectorOperators.LSHL, IntVector.zero(IS).addIndex(1));
    /**
     * Vectors per group: four independent chains hide the latency of one step (about 10 dependent operations); measured
     * faster than 3, 5 and 6 with AVX-512 on JDK 17.
     */
    private static final int GROUP = 4;
    /** Steps per group call at most (the step counter and the spike count lanes are int). */
    private static final long CALL_STEPS = 1L << 23;

    /** Loaded once per JVM by {@code VectorSupport}; see {@link #primeIndexChecks()}. */
    public VectorEulerKernel() {
        primeIndexChecks();
    }

    /**
     * Lets C2 meet the Vector API's index check in a small loop before it compiles the kernel. A C2 compile that
     * inlines {@code fromArray}/{@code intoArray} while the check's switch has no profile (it ran in C1, which does not
     * count switch cases) treats the one case it takes as never taken and deoptimises at its first call; the kernel's
     * first compile (the large group method) was lost that way in every product run. Here the trap, if it comes, hits
     * this loop's cheap compile, and later compiles know the case is taken.
     */
    private static void primeIndexChecks() {
        double[] x = new double[SD.length()];
        for (int i = 0; i < 100_000; i++) {
            DoubleVector.fromArray(SD, x, 0).intoArray(x, 0);
        }
    }

    @Override
    public String name() {
        return "vector (" + SD.vectorBitSize() + "-bit: " + SD.length() + " doubles / " + SF.length() + " floats, "
                + GROUP + " vectors time-blocked)";
    }

    /** @return the preferred vector size in bits */
    public static int vectorBits() {
        return SD.vectorBitSize();
    }

    @Override
    public void runDouble(double[] a, double[] b, double[] c, double[] d, double[] cur, double[] v, double[] u,
            int off, int len, int base, long from, long to, double dt, double k2, double k1, double k0, double vPeak,
            int[] counts, SpikeEvents events) {
        final int width = GROUP * SD.length();
        final int full = off + len / width * width;
        final int rest = off + len - full;
        final double[][] x = rest > 0 ? padded(width, rest, a, b, c, d, cur, v, u, full) : null;
        final Spikes spikes = events != null ? new Spikes(events) : null;
        for (long k = from; k < to; k += CALL_STEPS) {
            long end = Math.min(to, k + CALL_STEPS);
            for (int j = off; j < full; j += width) {
                groupDouble(a, b, c, d, cur, v, u, j, base + j - off, width, k, end, dt, k2, k1, k0, vPeak, counts,
                        spikes);
            }
            if (x != null) {
                groupDouble(x[0], x[1], x[2], x[3], x[4], x[5], x[6], 0, base + full - off, rest, k, end, dt, k2, k1,
                        k0, vPeak, counts, spikes);
            }
        }
        if (x != null) {
            System.arraycopy(x[5], 0, v, full, rest);
            System.arraycopy(x[6], 0, u, full, rest);
        }
    }

    @Override
    public void runFloat(float[] a, float[] b, float[] c, float[] d, float[] cur, float[] v, float[] u, int off,
            int len, int base, long from, long to, float dt, float k2, float k1, float k0, float vPeak, int[] counts,
            SpikeEvents events, double dtd) {
        final int width = GROUP * SF.length();
        final int full = off + len / width * width;
        final int rest = off + len - full;
        final float[][] x = rest > 0 ? padded(width, rest, a, b, c, d, cur, v, u, full) : null;
        final Spikes spikes = events != null ? new Spikes(events) : null;
        for (long k = from; k < to; k += CALL_STEPS) {
            long end = Math.min(to, k + CALL_STEPS);
            for (int j = off; j < full; j += width) {
                groupFloat(a, b, c, d, cur, v, u, j, base + j - off, width, k, end, dt, k2, k1, k0, vPeak, counts,
                        spikes, dtd);
            }
            if (x != null) {
                groupFloat(x[0], x[1], x[2], x[3], x[4], x[5], x[6], 0, base + full - off, rest, k, end, dt, k2, k1,
                        k0, vPeak, counts, spikes, dtd);
            }
        }
        if (x != null) {
            System.arraycopy(x[5], 0, v, full, rest);
            System.arraycopy(x[6], 0, u, full, rest);
        }
    }

    /**
     * Copies the last {@code rest} neurons (from index {@code from}) of a, b, c, d, I, v, u into arrays of one group's
     * width; the padding has v = u = NaN, which never reaches the peak.
     */
    private static double[][] padded(int width, int rest, double[] a, double[] b, double[] c, double[] d,
            double[] cur, double[] v, double[] u, int from) {
        double[][] x = {a, b, c, d, cur, v, u};
        for (int i = 0; i < x.length; i++) {
            double[] y = new double[width];
            System.arraycopy(x[i], from, y, 0, rest);
            x[i] = y;
        }
        Arrays.fill(x[5], rest, width, Double.NaN);
        Arrays.fill(x[6], rest, width, Double.NaN);
        return x;
    }

    private static float[][] padded(int width, int rest, float[] a, float[] b, float[] c, float[] d, float[] cur,
            float[] v, float[] u, int from) {
        float[][] x = {a, b, c, d, cur, v, u};
        for (int i = 0; i < x.length; i++) {
            float[] y = new float[width];
            System.arraycopy(x[i], from, y, 0, rest);
            x[i] = y;
        }
        Arrays.fill(x[5], rest, width, Float.NaN);
        Arrays.fill(x[6], rest, width, Float.NaN);
        return x;
    }

    /**
     * The spike masks of a group's call, kept inside the step loop without a call (a call there would spill the group's
     * registers at every step with a spike) and turned into events after the loop.
     */
    private static final class Spikes {
        private final SpikeEvents events;
        /** Pairs (step · GROUP + vector, lane bits). */
        private long[] entries = new long[256];
        private int size;

        Spikes(SpikeEvents events) {
            this.events = events;
        }

        void add(int step, int vector, long lanes) {
            if (size == entries.length) {
                entries = Arrays.copyOf(entries, 2 * size);
            }
            entries[size++] = (long) step * GROUP + vector;
            entries[size++] = lanes;
        }

        /** Adds the events (lane q of vector g at step k: neuron first + g·lanes + q, time (from + k + 1)·dt). */
        void flush(int first, int lanes, long from, double dt) {
            for (int e = 0; e < size; e += 2) {
                long where = entries[e];
                double time = (from + where / GROUP + 1) * dt;
                int neuron = first + (int) (where % GROUP) * lanes;
                for (long bits = entries[e + 1]; bits != 0; bits &= bits - 1) {
                    events.add(neuron + Long.numberOfTrailingZeros(bits), time);
                }
            }
            size = 0;
        }
    }

    /**
     * Steps [from, to) of the group of {@link #GROUP} vectors at index j of the arrays (neuron {@code neuron} of the
     * population), adding the spike counts of its first {@code valid} lanes to {@code counts}. Written out per vector
     * (not through helper methods): C2 stops inlining helpers in a method this large, and an operation that is not
     * inlined allocates its vector.
     */
    private static void groupDouble(double[] a, double[] b, double[] c, double[] d, double[] cur, double[] v,
            double[] u, int j, int neuron, int valid, long from, long to, double dt, double k2, double k1, double k0,
            double vPeak, int[] counts, Spikes spikes) {
        final int l = SD.length();
        final DoubleVector vk2 = DoubleVector.broadcast(SD, k2), vk1 = DoubleVector.broadcast(SD, k1);
        final DoubleVector vk0 = DoubleVector.broadcast(SD, k0), vdt = DoubleVector.broadcast(SD, dt);
        final DoubleVector peak = DoubleVector.broadcast(SD, vPeak);
        final DoubleVector a0 = DoubleVector.fromArray(SD, a, j);
        final DoubleVector a1 = DoubleVector.fromArray(SD, a, j + l);
        final DoubleVector a2 = DoubleVector.fromArray(SD, a, j + 2 * l);
        final DoubleVector a3 = DoubleVector.fromArray(SD, a, j + 3 * l);
        final DoubleVector b0 = DoubleVector.fromArray(SD, b, j);
        final DoubleVector b1 = DoubleVector.fromArray(SD, b, j + l);
        final DoubleVector b2 = DoubleVector.fromArray(SD, b, j + 2 * l);
        final DoubleVector b3 = DoubleVector.fromArray(SD, b, j + 3 * l);
        final DoubleVector c0 = DoubleVector.fromArray(SD, c, j);
        final DoubleVector c1 = DoubleVector.fromArray(SD, c, j + l);
        final DoubleVector c2 = DoubleVector.fromArray(SD, c, j + 2 * l);
        final DoubleVector c3 = DoubleVector.fromArray(SD, c, j + 3 * l);
        final DoubleVector d0 = DoubleVector.fromArray(SD, d, j);
        final DoubleVector d1 = DoubleVector.fromArray(SD, d, j + l);
        final DoubleVector d2 = DoubleVector.fromArray(SD, d, j + 2 * l);
        final DoubleVector d3 = DoubleVector.fromArray(SD, d, j + 3 * l);
        final DoubleVector i0 = DoubleVector.fromArray(SD, cur, j);
        final DoubleVector i1 = DoubleVector.fromArray(SD, cur, j + l);
        final DoubleVector i2 = DoubleVector.fromArray(SD, cur, j + 2 * l);
        final DoubleVector i3 = DoubleVector.fromArray(SD, cur, j + 3 * l);
        DoubleVector v0 = DoubleVector.fromArray(SD, v, j);
        DoubleVector v1 = DoubleVector.fromArray(SD, v, j + l);
        DoubleVector v2 = DoubleVector.fromArray(SD, v, j + 2 * l);
        DoubleVector v3 = DoubleVector.fromArray(SD, v, j + 3 * l);
        DoubleVector u0 = DoubleVector.fromArray(SD, u, j);
        DoubleVector u1 = DoubleVector.fromArray(SD, u, j + l);
        DoubleVector u2 = DoubleVector.fromArray(SD, u, j + 2 * l);
        DoubleVector u3 = DoubleVector.fromArray(SD, u, j + 3 * l);
        final LongVector rc0 = c0.reinterpretAsLongs(), rd0 = d0.reinterpretAsLongs();
        final LongVector rc1 = c1.reinterpretAsLongs(), rd1 = d1.reinterpretAsLongs();
        final LongVector rc2 = c2.reinterpretAsLongs(), rd2 = d2.reinterpretAsLongs();
        final LongVector rc3 = c3.reinterpretAsLongs(), rd3 = d3.reinterpretAsLongs();
        LongVector n0 = LongVector.zero(LS);
        LongVector n1 = LongVector.zero(LS);
        LongVector n2 = LongVector.zero(LS);
        LongVector n3 = LongVector.zero(LS);
        for (int k = 0, steps = (int) (to - from); k < steps; k++) {
            // v + dt·(k2·v·v + k1·v + k0 − u + I) and u + dt·(a·(b·v − u)) from the old v, u; then the reset
            DoubleVector w0 = v0.add(vdt.mul(vk2.mul(v0).mul(v0).add(vk1.mul(v0)).add(vk0).sub(u0).add(i0)));
            DoubleVector w1 = v1.add(vdt.mul(vk2.mul(v1).mul(v1).add(vk1.mul(v1)).add(vk0).sub(u1).add(i1)));
            DoubleVector w2 = v2.add(vdt.mul(vk2.mul(v2).mul(v2).add(vk1.mul(v2)).add(vk0).sub(u2).add(i2)));
            DoubleVector w3 = v3.add(vdt.mul(vk2.mul(v3).mul(v3).add(vk1.mul(v3)).add(vk0).sub(u3).add(i3)));
            u0 = u0.add(vdt.mul(a0.mul(b0.mul(v0).sub(u0))));
            u1 = u1.add(vdt.mul(a1.mul(b1.mul(v1).sub(u1))));
            u2 = u2.add(vdt.mul(a2.mul(b2.mul(v2).sub(u2))));
            u3 = u3.add(vdt.mul(a3.mul(b3.mul(v3).sub(u3))));
            VectorMask<Double> s0 = w0.compare(VectorOperators.GE, peak);
            VectorMask<Double> s1 = w1.compare(VectorOperators.GE, peak);
            VectorMask<Double> s2 = w2.compare(VectorOperators.GE, peak);
            VectorMask<Double> s3 = w3.compare(VectorOperators.GE, peak);
            LongVector m0 = (LongVector) s0.cast(LS).toVector();
            v0 = w0.reinterpretAsLongs().lanewise(VectorOperators.BITWISE_BLEND, rc0, m0).reinterpretAsDoubles();
            u0 = u0.add(rd0.and(m0).reinterpretAsDoubles());
            n0 = n0.sub(m0);
            LongVector m1 = (LongVector) s1.cast(LS).toVector();
            v1 = w1.reinterpretAsLongs().lanewise(VectorOperators.BITWISE_BLEND, rc1, m1).reinterpretAsDoubles();
            u1 = u1.add(rd1.and(m1).reinterpretAsDoubles());
            n1 = n1.sub(m1);
            LongVector m2 = (LongVector) s2.cast(LS).toVector();
            v2 = w2.reinterpretAsLongs().lanewise(VectorOperators.BITWISE_BLEND, rc2, m2).reinterpretAsDoubles();
            u2 = u2.add(rd2.and(m2).reinterpretAsDoubles());
            n2 = n2.sub(m2);
            LongVector m3 = (LongVector) s3.cast(LS).toVector();
            v3 = w3.reinterpretAsLongs().lanewise(VectorOperators.BITWISE_BLEND, rc3, m3).reinterpretAsDoubles();
            u3 = u3.add(rd3.and(m3).reinterpretAsDoubles());
            n3 = n3.sub(m3);
            if (spikes != null && s0.or(s1).or(s2).or(s3).anyTrue()) { // one rare branch per step
                spikes.add(k, 0, LONG_LANE_BITS.and(m0).reduceLanes(VectorOperators.OR));
                spikes.add(k, 1, LONG_LANE_BITS.and(m1).reduceLanes(VectorOperators.OR));
                spikes.add(k, 2, LONG_LANE_BITS.and(m2).reduceLanes(VectorOperators.OR));
                spikes.add(k, 3, LONG_LANE_BITS.and(m3).reduceLanes(VectorOperators.OR));
            }
        }
        v0.intoArray(v, j);
        u0.intoArray(u, j);
        v1.intoArray(v, j + l);
        u1.intoArray(u, j + l);
        v2.intoArray(v, j + 2 * l);
        u2.intoArray(u, j + 2 * l);
        v3.intoArray(v, j + 3 * l);
        u3.intoArray(u, j + 3 * l);
        long[] n = new long[GROUP * l];
        n0.intoArray(n, 0);
        n1.intoArray(n, l);
        n2.intoArray(n, 2 * l);
        n3.intoArray(n, 3 * l);
        for (int q = 0; q < valid; q++) {
            counts[neuron + q] += (int) n[q];
        }
        if (spikes != null) {
            spikes.flush(neuron, l, from, dt);
        }
    }

    /** {@link #groupDouble} in float; {@code dtd} only computes event times. */
    private static void groupFloat(float[] a, float[] b, float[] c, float[] d, float[] cur, float[] v, float[] u,
            int j, int neuron, int valid, long from, long to, float dt, float k2, float k1, float k0, float vPeak,
            int[] counts, Spikes spikes, double dtd) {
        final int l = SF.length();
        final FloatVector vk2 = FloatVector.broadcast(SF, k2), vk1 = FloatVector.broadcast(SF, k1);
        final FloatVector vk0 = FloatVector.broadcast(SF, k0), vdt = FloatVector.broadcast(SF, dt);
        final FloatVector peak = FloatVector.broadcast(SF, vPeak);
        final FloatVector a0 = FloatVector.fromArray(SF, a, j);
        final FloatVector a1 = FloatVector.fromArray(SF, a, j + l);
        final FloatVector a2 = FloatVector.fromArray(SF, a, j + 2 * l);
        final FloatVector a3 = FloatVector.fromArray(SF, a, j + 3 * l);
        final FloatVector b0 = FloatVector.fromArray(SF, b, j);
        final FloatVector b1 = FloatVector.fromArray(SF, b, j + l);
        final FloatVector b2 = FloatVector.fromArray(SF, b, j + 2 * l);
        final FloatVector b3 = FloatVector.fromArray(SF, b, j + 3 * l);
        final FloatVector c0 = FloatVector.fromArray(SF, c, j);
        final FloatVector c1 = FloatVector.fromArray(SF, c, j + l);
        final FloatVector c2 = FloatVector.fromArray(SF, c, j + 2 * l);
        final FloatVector c3 = FloatVector.fromArray(SF, c, j + 3 * l);
        final FloatVector d0 = FloatVector.fromArray(SF, d, j);
        final FloatVector d1 = FloatVector.fromArray(SF, d, j + l);
        final FloatVector d2 = FloatVector.fromArray(SF, d, j + 2 * l);
        final FloatVector d3 = FloatVector.fromArray(SF, d, j + 3 * l);
        final FloatVector i0 = FloatVector.fromArray(SF, cur, j);
        final FloatVector i1 = FloatVector.fromArray(SF, cur, j + l);
        final FloatVector i2 = FloatVector.fromArray(SF, cur, j + 2 * l);
        final FloatVector i3 = FloatVector.fromArray(SF, cur, j + 3 * l);
        FloatVector v0 = FloatVector.fromArray(SF, v, j);
        FloatVector v1 = FloatVector.fromArray(SF, v, j + l);
        FloatVector v2 = FloatVector.fromArray(SF, v, j + 2 * l);
        FloatVector v3 = FloatVector.fromArray(SF, v, j + 3 * l);
        FloatVector u0 = FloatVector.fromArray(SF, u, j);
        FloatVector u1 = FloatVector.fromArray(SF, u, j + l);
        FloatVector u2 = FloatVector.fromArray(SF, u, j + 2 * l);
        FloatVector u3 = FloatVector.fromArray(SF, u, j + 3 * l);
        final IntVector rc0 = c0.reinterpretAsInts(), rd0 = d0.reinterpretAsInts();
        final IntVector rc1 = c1.reinterpretAsInts(), rd1 = d1.reinterpretAsInts();
        final IntVector rc2 = c2.reinterpretAsInts(), rd2 = d2.reinterpretAsInts();
        final IntVector rc3 = c3.reinterpretAsInts(), rd3 = d3.reinterpretAsInts();
        IntVector n0 = IntVector.zero(IS);
        IntVector n1 = IntVector.zero(IS);
        IntVector n2 = IntVector.zero(IS);
        IntVector n3 = IntVector.zero(IS);
        for (int k = 0, steps = (int) (to - from); k < steps; k++) {
            // v + dt·(k2·v·v + k1·v + k0 − u + I) and u + dt·(a·(b·v − u)) from the old v, u; then the reset
            FloatVector w0 = v0.add(vdt.mul(vk2.mul(v0).mul(v0).add(vk1.mul(v0)).add(vk0).sub(u0).add(i0)));
            FloatVector w1 = v1.add(vdt.mul(vk2.mul(v1).mul(v1).add(vk1.mul(v1)).add(vk0).sub(u1).add(i1)));
            FloatVector w2 = v2.add(vdt.mul(vk2.mul(v2).mul(v2).add(vk1.mul(v2)).add(vk0).sub(u2).add(i2)));
            FloatVector w3 = v3.add(vdt.mul(vk2.mul(v3).mul(v3).add(vk1.mul(v3)).add(vk0).sub(u3).add(i3)));
            u0 = u0.add(vdt.mul(a0.mul(b0.mul(v0).sub(u0))));
            u1 = u1.add(vdt.mul(a1.mul(b1.mul(v1).sub(u1))));
            u2 = u2.add(vdt.mul(a2.mul(b2.mul(v2).sub(u2))));
            u3 = u3.add(vdt.mul(a3.mul(b3.mul(v3).sub(u3))));
            VectorMask<Float> s0 = w0.compare(VectorOperators.GE, peak);
            VectorMask<Float> s1 = w1.compare(VectorOperators.GE, peak);
            VectorMask<Float> s2 = w2.compare(VectorOperators.GE, peak);
            VectorMask<Float> s3 = w3.compare(VectorOperators.GE, peak);
            IntVector m0 = (IntVector) s0.cast(IS).toVector();
            v0 = w0.reinterpretAsInts().lanewise(VectorOperators.BITWISE_BLEND, rc0, m0).reinterpretAsFloats();
            u0 = u0.add(rd0.and(m0).reinterpretAsFloats());
            n0 = n0.sub(m0);
            IntVector m1 = (IntVector) s1.cast(IS).toVector();
            v1 = w1.reinterpretAsInts().lanewise(VectorOperators.BITWISE_BLEND, rc1, m1).reinterpretAsFloats();
            u1 = u1.add(rd1.and(m1).reinterpretAsFloats());
            n1 = n1.sub(m1);
            IntVector m2 = (IntVector) s2.cast(IS).toVector();
            v2 = w2.reinterpretAsInts().lanewise(VectorOperators.BITWISE_BLEND, rc2, m2).reinterpretAsFloats();
            u2 = u2.add(rd2.and(m2).reinterpretAsFloats());
            n2 = n2.sub(m2);
            IntVector m3 = (IntVector) s3.cast(IS).toVector();
            v3 = w3.reinterpretAsInts().lanewise(VectorOperators.BITWISE_BLEND, rc3, m3).reinterpretAsFloats();
            u3 = u3.add(rd3.and(m3).reinterpretAsFloats());
            n3 = n3.sub(m3);
            if (spikes != null && s0.or(s1).or(s2).or(s3).anyTrue()) { // one rare branch per step
                spikes.add(k, 0,
                        INT_LANE_BITS.and(m0).reduceLanes(VectorOperators.OR) & 0xFFFFFFFFL);
                spikes.add(k, 1,
                        INT_LANE_BITS.and(m1).reduceLanes(VectorOperators.OR) & 0xFFFFFFFFL);
                spikes.add(k, 2,
                        INT_LANE_BITS.and(m2).reduceLanes(VectorOperators.OR) & 0xFFFFFFFFL);
                spikes.add(k, 3,
                        INT_LANE_BITS.and(m3).reduceLanes(VectorOperators.OR) & 0xFFFFFFFFL);
            }
        }
        v0.intoArray(v, j);
        u0.intoArray(u, j);
        v1.intoArray(v, j + l);
        u1.intoArray(u, j + l);
        v2.intoArray(v, j + 2 * l);
        u2.intoArray(u, j + 2 * l);
        v3.intoArray(v, j + 3 * l);
        u3.intoArray(u, j + 3 * l);
        int[] n = new int[GROUP * l];
        n0.intoArray(n, 0);
        n1.intoArray(n, l);
        n2.intoArray(n, 2 * l);
        n3.intoArray(n, 3 * l);
        for (int q = 0; q < valid; q++) {
            counts[neuron + q] += (int) n[q];
        }
        if (spikes != null) {
            spikes.flush(neuron, l, from, dtd);
        }
    }
}
