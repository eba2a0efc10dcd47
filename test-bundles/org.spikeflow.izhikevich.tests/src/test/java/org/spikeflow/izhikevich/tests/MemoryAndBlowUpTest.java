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

/** Memory estimate and refusal; NaN/∞ blow-up reports naming the neuron, the time and the parameters. */
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
                assertTrue(!Double.isFinite(e.u()) || !Double.isFinite(e.v()));
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
}
