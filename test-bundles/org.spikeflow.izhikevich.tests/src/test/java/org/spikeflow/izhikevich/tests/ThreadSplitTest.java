package org.spikeflow.izhikevich.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.api.Test;
import org.spikeflow.izhikevich.Kernel;
import org.spikeflow.izhikevich.Population;
import org.spikeflow.izhikevich.PopulationResult;
import org.spikeflow.izhikevich.PopulationSimulation;
import org.spikeflow.izhikevich.RecordingOptions;

/**
 * Threads integrate contiguous ranges of blocks: an odd number of blocks (the last one partial) split unevenly over 2,
 * 3, 5 threads, or more threads than blocks, gives exactly the scalar double euler of every neuron.
 */
class ThreadSplitTest {

    private static final double DURATION = 200;
    private static final int STEPS = 2000; // DURATION / dt 0.1

    /** Double euler of one neuron, default quadratic 0.04 v² + 5 v + 140, vPeak 30, v0 −65, u0 b·v0. */
    private static double[] reference(double a, double b, double c, double d, double current) {
        double v = -65, u = b * v, spikes = 0;
        for (int k = 0; k < STEPS; k++) {
            double dv = 0.04 * v * v + 5 * v + 140 - u + current;
            double du = a * (b * v - u);
            v = v + 0.1 * dv;
            u = u + 0.1 * du;
            if (v >= 30) {
                v = c;
                u = u + d;
                spikes++;
            }
        }
        return new double[] {spikes, v, u};
    }

    private static void assertReference(Population pop, int threads, Kernel kernel, RecordingOptions rec) {
        PopulationResult r = PopulationSimulation.builder(pop).duration(DURATION).dt(0.1).threads(threads)
                .kernel(kernel).recording(rec).build().run();
        for (int i = 0; i < pop.size(); i++) {
            double[] ref = reference(pop.a(i), pop.b(i), pop.c(i), pop.d(i), pop.current(i));
            String what = kernel + ", " + threads + " threads, neuron " + i;
            assertEquals((int) ref[0], r.spikeCounts()[i], what + ": spike count");
            assertEquals(Double.doubleToRawLongBits(ref[1]), Double.doubleToRawLongBits(r.finalV()[i]),
                    what + ": final v");
            assertEquals(Double.doubleToRawLongBits(ref[2]), Double.doubleToRawLongBits(r.finalU()[i]),
                    what + ": final u");
            if (r.hasSpikeTimes()) {
                int from = r.spikeTimeOffsets()[i], to = r.spikeTimeOffsets()[i + 1];
                assertEquals((int) ref[0], to - from, what + ": recorded spike times");
            }
        }
    }

    @Test
    void oddBlockCountSplitUnevenlyEqualsScalarReference() {
        int n = 7 * PopulationSimulation.BLOCK + 123; // 8 blocks, the last partial
        Population pop = PopulationTest.random(n, 7);
        for (Kernel kernel : PopulationTest.kernels()) {
            for (int threads : new int[] {1, 2, 3, 5}) {
                assertReference(pop, threads, kernel, RecordingOptions.counts());
            }
        }
        assertReference(pop, 3, Kernel.AUTO, RecordingOptions.builder().spikeTimes(true).build());
    }

    @Test
    void moreThreadsThanBlocks() {
        Population pop = PopulationTest.random(PopulationSimulation.BLOCK + 1, 11); // 2 fast blocks
        assertReference(pop, 5, Kernel.AUTO, RecordingOptions.counts());
        assertReference(pop, 5, Kernel.GENERIC, RecordingOptions.counts()); // 13 generic blocks
    }
}
