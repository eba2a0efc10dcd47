package org.spikeflow.izhikevich.internal.vector;

import java.util.Arrays;

import org.spikeflow.izhikevich.internal.PrecisionLoopKernel;
import org.spikeflow.izhikevich.internal.SpikeEvents;

import jdk.incubator.vector.DoubleVector;
import jdk.incubator.vector.VectorSpecies;

/**
 * The only entry to jdk.incubator.vector; loaded by {@code VectorSupport} only when the module is present. The work is
 * in {@code DoubleVectorEuler} and {@code FloatVectorEuler}, generated at build time from one template
 * ({@code src/template/java/.../X-VectorEuler.java.template}). Time-blocked: a group of {@link #GROUP} vectors of
 * neurons keeps v, u and its spike counts (integer lanes) in registers for all steps of a call (loads and stores once
 * per call, not per step), with one independent dependency chain per vector to hide the latency of an Euler step.
 * Lanewise mul/add/sub in the expression order of the scalar definition (never {@code fma}), then a compare and bitwise
 * selects for the reset, so every lane is bit-identical to {@code ScalarEulerKernel}. The neurons that do not fill a
 * last group run the same code on a padded copy, whose padding lanes hold NaN and so never spike. With spike events,
 * one rare branch per step keeps the spike masks for the events. <p> The launcher's JIT flags for the kernel (the
 * {@code spikeflow} script and {@code spikeflow.cmd}) name this package: keep them in step when it moves.
 */
public final class VectorEulerKernel extends PrecisionLoopKernel {

    private static final VectorSpecies<Double> SD = DoubleVector.SPECIES_PREFERRED;
    /**
     * Vectors per group: four independent chains hide the latency of one step (about 10 dependent operations); measured
     * faster than 3, 5 and 6 with AVX-512 on JDK 17.
     */
    public static final int GROUP = 4;
    /** Steps per group call at most (the step counter and the spike count lanes are int). */
    static final long CALL_STEPS = 1L << 23;

    /** Loaded once per JVM by {@code VectorSupport}; see {@link #primeIndexChecks()}. */
    public VectorEulerKernel() {
        super("vector (" + SD.vectorBitSize() + "-bit: " + DoubleVectorEuler.SPECIES.length() + " doubles / "
                + FloatVectorEuler.SPECIES.length() + " floats, " + GROUP + " vectors time-blocked)",
                DoubleVectorEuler::run, FloatVectorEuler::run);
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

    /** @return the preferred vector size in bits */
    public static int vectorBits() {
        return SD.vectorBitSize();
    }

    /**
     * The spike masks of a group's call, kept inside the step loop without a call (a call there would spill the group's
     * registers at every step with a spike) and turned into events after the loop.
     */
    static final class Spikes {
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

        /** The lane bits of up to 32 int lanes, unsigned. */
        void add(int step, int vector, int lanes) {
            add(step, vector, Integer.toUnsignedLong(lanes));
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
}
