package org.spikeflow.izhikevich.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;

import org.junit.jupiter.api.Test;
import org.spikeflow.izhikevich.InsufficientMemoryException;
import org.spikeflow.izhikevich.Kernel;
import org.spikeflow.izhikevich.MemoryEstimate;
import org.spikeflow.izhikevich.NeuronParameters;
import org.spikeflow.izhikevich.NumericalBlowUpException;
import org.spikeflow.izhikevich.Population;
import org.spikeflow.izhikevich.PopulationSimulation;
import org.spikeflow.izhikevich.RecordingOptions;
import org.spikeflow.izhikevich.Scheme;
import org.spikeflow.izhikevich.Simulation;
import org.spikeflow.izhikevich.TraceVariable;
import org.spikeflow.izhikevich.internal.VectorSupport;

/**
 * Memory estimate and refusal; NaN/∞ blow-up and unstable-integration reports naming the neuron, the time and the
 * parameters.
 */
class MemoryAndBlowUpTest {

    @Test
    void tooBigARequestIsRefusedBeforeAllocating() {
        Population pop = Population.builder(1_000_000).build();
        PopulationSimulation sim = PopulationSimulation.builder(pop).duration(10_000).dt(0.1)
                .recording(RecordingOptions.builder().trace(TraceVariable.V, TraceVariable.U).decimation(10).build())
                .build();
        MemoryEstimate e = sim.estimateMemory();
        assertTrue(e.totalBytes() > 100L * 1024 * 1024 * 1024, e.toString()); // ~150 GB
        InsufficientMemoryException x = assertThrows(InsufficientMemoryException.class, sim::run);
        String m = x.getMessage();
        assertTrue(m.startsWith("Not enough memory for this simulation: it needs about "), m);
        assertTrue(m.contains("traces of [V, U]: 1000000 neurons × 10001 samples × 2 variables"), m);
        assertTrue(m.contains("of the Java heap is available") && m.contains("-Xmx"), m);
        assertTrue(x.availableBytes() < e.totalBytes());
    }

    @Test
    void theLimitCanBeCappedAndSmallRequestsFit() {
        Population pop = Population.builder(1000).build();
        PopulationSimulation ok = PopulationSimulation.builder(pop).duration(100).dt(0.1).build();
        assertEquals(20_000, ok.estimateMemory().totalBytes(), "v, u, counts: 20 bytes per neuron");
        ok.run();
        InsufficientMemoryException x = assertThrows(InsufficientMemoryException.class,
                () -> PopulationSimulation.builder(pop).duration(100).dt(0.1).memoryLimit(10_000).build().run());
        assertTrue(x.getMessage().contains("19.5 KB"), x.getMessage());
        Simulation huge = Simulation.builder(NeuronParameters.of(0.02, 0.2, -65, 8)).duration(1e12).dt(0.1).build();
        assertThrows(InsufficientMemoryException.class, huge::run);
        RecordingOptions spikes = RecordingOptions.builder().spikeTimes(true).expectedRateHz(50).build();
        long est = PopulationSimulation.builder(pop).duration(1000).recording(spikes).build().estimateMemory()
                .totalBytes();
        assertEquals(20_000 + 1000 * 50 * 8 + 1001 * 4, est);
    }

    static Population withBlowUps(int n, int... bad) {
        double[] a = new double[n];
        java.util.Arrays.fill(a, 0.02);
        for (int i : bad) {
            a[i] = 1e300; // u overflows within a few steps
        }
        return Population.builder(n).a(a).b(0.2).c(-65).d(8).current(10).build();
    }

    @Test
    void blowUpNamesTheLowestNeuronTheTimeAndTheParameters() {
        Population pop = withBlowUps(1000, 700, 317);
        List<Kernel> kernels = new java.util.ArrayList<>(List.of(Kernel.GENERIC, Kernel.BLOCKED));
        if (VectorSupport.kernel() != null) {
            kernels.add(Kernel.VECTOR);
        }
        Double time = null;
        for (Kernel k : kernels) {
            for (int threads = 1; threads <= 3; threads++) {
                NumericalBlowUpException e = assertThrows(NumericalBlowUpException.class, () -> PopulationSimulation
                        .builder(pop).duration(100).dt(0.1).threads(3).kernel(k).build().run());
                assertEquals(317, e.neuron(), k + " " + threads);
                // u overflows towards infinity; v leaves any physiological range on the way (reported first)
                assertTrue(!Double.isFinite(e.u()) || !(Math.abs(e.v()) <= 1e4), e.getMessage());
                if (time == null) {
                    time = e.time();
                }
                assertEquals(time, e.time(), 0.0, "same time from every kernel");
                assertEquals(1e300, e.parameters().a());
                String m = e.getMessage();
                assertTrue(m.startsWith("Numerical blow-up in neuron 317 at t = "), m);
                assertTrue(m.contains("a = 1.0E300, b = 0.2, c = -65.0, d = 8.0, I = 10.0"), m);
                assertTrue(m.contains("scheme euler") && m.contains("dt = 0.1"), m);
            }
        }
        assertTrue(time > 0 && time < 1, "within the first steps: " + time);
        NumericalBlowUpException single = assertThrows(NumericalBlowUpException.class,
                () -> Simulation.builder(NeuronParameters.of(1e300, 0.2, -65, 8)).current(10).duration(10).dt(0.1)
                        .scheme(Scheme.RK4).build().run());
        assertEquals(0, single.neuron());
    }

    /** Issue 11: I = -1e6 at dt 0.1 swings v between about -100065 mV and the reset; it must not pass as spiking. */
    @Test
    void unstableEulerIsReportedWithNeuronTimeAndParameters() {
        double[] current = new double[1000];
        java.util.Arrays.fill(current, 10);
        current[423] = -1e6;
        Population pop = Population.builder(1000).a(0.02).b(0.2).c(-65).d(8).current(current).build();
        List<Kernel> kernels = new java.util.ArrayList<>(List.of(Kernel.GENERIC, Kernel.BLOCKED));
        if (VectorSupport.kernel() != null) {
            kernels.add(Kernel.VECTOR);
        }
        for (Kernel k : kernels) {
            NumericalBlowUpException e = assertThrows(NumericalBlowUpException.class, () -> PopulationSimulation
                    .builder(pop).duration(1000).dt(0.1).threads(2).kernel(k).build().run(), k.toString());
            assertEquals(423, e.neuron(), k.toString());
            assertEquals(NumericalBlowUpException.Kind.OUT_OF_RANGE, e.kind(), k.toString());
            // first Euler step from -65 mV: v = -65 + 0.1 * (0.04*65^2 - 5*65 + 140 + 13 - 1e6)
            assertEquals(-65 + 0.1 * (0.04 * 65 * 65 - 5 * 65 + 140 + 13 - 1e6), e.v(), 1e-6, k.toString());
            assertEquals(0.1, e.time(), 1e-12, k.toString());
            String m = e.getMessage();
            assertTrue(m.startsWith("Numerical blow-up in neuron 423 at t = 0.1 ms: v = -100065"), m);
            assertTrue(m.contains("far outside any physiological range"), m);
            assertTrue(m.contains("I = -1000000.0"), m);
            assertTrue(m.contains("Use a smaller dt or the rk4 scheme"), m);
        }
        // the same neuron with a step small enough is fine: it settles at the stable resting point near -5060 mV
        Simulation.builder(NeuronParameters.of(0.02, 0.2, -65, 8)).current(-1e6).duration(5).dt(0.0001)
                .scheme(Scheme.RK4).build().run();
    }

    /** Spiking on every step or every other step is not resolved by the step: reported, whatever the kernel. */
    @Test
    void spikingOnEveryStepIsReportedAsUnstable() {
        Population pop = Population.builder(10).a(0.02).b(0.2).c(-65).d(8).current(2e4).build();
        for (Kernel k : List.of(Kernel.GENERIC, Kernel.BLOCKED)) {
            NumericalBlowUpException e = assertThrows(NumericalBlowUpException.class, () -> PopulationSimulation
                    .builder(pop).duration(100).dt(0.1).kernel(k).build().run(), k.toString());
            assertEquals(0, e.neuron());
            assertEquals(NumericalBlowUpException.Kind.RAPID_SPIKING, e.kind(), k.toString());
            assertTrue(e.getMessage().contains("spikes on every step or every other step"), e.getMessage());
            assertTrue(e.getMessage().contains("I = 20000.0"), e.getMessage());
        }
    }

    /** Regular firing, even fast, is not mistaken for an instability. */
    @Test
    void fastButResolvedFiringIsNotFlagged() {
        Population pop = Population.builder(4).a(0.1).b(0.2).c(-65).d(2).current(new double[] {10, 40, 100, 200})
                .build();
        for (Kernel k : List.of(Kernel.GENERIC, Kernel.BLOCKED)) {
            var r = PopulationSimulation.builder(pop).duration(1000).dt(0.1).kernel(k).build().run();
            assertTrue(r.spikeCount(3) > 100, "fast spiking neuron fires: " + r.spikeCount(3));
        }
    }

    /**
     * When the heap runs out mid-run because the neurons fire far faster than the up-front estimate assumed, the
     * message reports the rate and the spike-time memory actually needed, not the estimate.
     */
    @Test
    void outOfMemoryDuringTheRunReportsWhatWasActuallyNeeded() {
        // 20 neurons at I = 1000 fire at about 1 kHz, ten times the assumed 100 Hz; a heap cap below what the
        // recorded spike times need makes the run fail only after it started
        Population pop = Population.builder(20).a(0.02).b(0.2).c(-65).d(8).current(1000).build();
        RecordingOptions spikes = RecordingOptions.builder().spikeTimes(true).build();
        PopulationSimulation ok = PopulationSimulation.builder(pop).duration(1000).dt(0.01).recording(spikes).build();
        var r = ok.run();
        long spikesFired = 0;
        for (int i = 0; i < 20; i++) {
            spikesFired += r.spikeCount(i);
        }
        double rate = spikesFired / 20.0;
        assertTrue(rate > 500, "fires fast: " + rate + " Hz");
        long estimate = ok.estimateMemory().totalBytes();
        assertTrue(estimate < spikesFired * 8, "the up-front estimate (100 Hz) is too small");
        InsufficientMemoryException x = assertThrows(InsufficientMemoryException.class, () -> PopulationSimulation
                .builder(pop).duration(1000).dt(0.01).recording(spikes).memoryLimit(estimate + 1000).build().run());
        String m = x.getMessage();
        assertTrue(m.startsWith("Ran out of memory during the simulation"), m);
        assertTrue(x.estimate().totalBytes() >= spikesFired * 8, m);
        assertTrue(m.contains(String.format(java.util.Locale.ROOT, "fired at %.3g Hz on average", rate)), m);
        assertTrue(m.contains("the check before the run assumed 100 Hz and " + MemoryEstimate.format(estimate)), m);
    }
}
