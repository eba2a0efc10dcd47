package org.spikeflow.izhikevich.tests;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.List;
import java.util.SplittableRandom;
import java.util.concurrent.CancellationException;

import org.junit.jupiter.api.Test;
import org.spikeflow.izhikevich.Kernel;
import org.spikeflow.izhikevich.NeuronParameters;
import org.spikeflow.izhikevich.NeuronSummary;
import org.spikeflow.izhikevich.Population;
import org.spikeflow.izhikevich.PopulationResult;
import org.spikeflow.izhikevich.PopulationSimulation;
import org.spikeflow.izhikevich.Precision;
import org.spikeflow.izhikevich.RecordingOptions;
import org.spikeflow.izhikevich.Scheme;
import org.spikeflow.izhikevich.Simulation;
import org.spikeflow.izhikevich.SimulationMonitor;
import org.spikeflow.izhikevich.SimulationResult;
import org.spikeflow.izhikevich.TraceData;
import org.spikeflow.izhikevich.TraceVariable;
import org.spikeflow.izhikevich.internal.VectorSupport;
import org.spikeflow.izhikevich.protocol.Protocol;

/** Population engine: identical results for any thread count and kernel, recordings, float precision, monitor. */
class PopulationTest {

    /** The benchmark distribution. */
    static Population random(int n, long seed) {
        SplittableRandom rnd = new SplittableRandom(seed);
        double[] a = new double[n], b = new double[n], c = new double[n], d = new double[n], i = new double[n];
        for (int j = 0; j < n; j++) {
            a[j] = 0.01 + 0.09 * rnd.nextDouble();
            b[j] = 0.2 + 0.05 * rnd.nextDouble();
            c[j] = -65 + 15 * rnd.nextDouble();
            d[j] = 0.05 + 7.95 * rnd.nextDouble();
            i[j] = 15 * rnd.nextDouble();
        }
        return Population.builder(n).a(a).b(b).c(c).d(d).current(i).build();
    }

    static void assertSame(PopulationResult x, PopulationResult y, String what) {
        assertArrayEquals(x.spikeCounts(), y.spikeCounts(), what + ": counts");
        assertArrayEquals(x.finalV(), y.finalV(), what + ": final v");
        assertArrayEquals(x.finalU(), y.finalU(), what + ": final u");
        if (x.hasSpikeTimes()) {
            assertArrayEquals(x.spikeTimeOffsets(), y.spikeTimeOffsets(), what + ": spike offsets");
            assertArrayEquals(x.allSpikeTimes(), y.allSpikeTimes(), what + ": spike times");
        }
        if (x.hasSummary()) {
            for (int i = 0; i < x.size(); i++) {
                assertEquals(x.summary(i), y.summary(i), what + ": summary " + i);
            }
        }
    }

    static List<Kernel> kernels() {
        List<Kernel> k = new ArrayList<>(List.of(Kernel.GENERIC, Kernel.BLOCKED));
        if (VectorSupport.kernel() != null) {
            k.add(Kernel.VECTOR);
        }
        return k;
    }

    @Test
    void vectorKernelIsAvailableInTheTestRuntime() {
        // the test JVM runs with --add-modules jdk.incubator.vector and boot delegation (test-bundles/pom.xml)
        assertTrue(VectorSupport.kernel() != null, "vector kernel: " + VectorSupport.unavailableReason());
        Population pop = random(800, 1);
        assertTrue(PopulationSimulation.builder(pop).build().kernelName().startsWith("vector"));
    }

    @Test
    void identicalForOneTwoThreeThreadsAndEveryKernel() {
        Population pop = random(2345, 11);
        RecordingOptions rec = RecordingOptions.builder().spikeTimes(true).summary(true).build();
        for (Precision p : Precision.values()) {
            PopulationResult ref = PopulationSimulation.builder(pop).duration(300).dt(0.1).precision(p).threads(1)
                    .kernel(Kernel.GENERIC).recording(rec).build().run();
            assertTrue(ref.totalSpikes() > 1000);
            for (Kernel k : kernels()) {
                for (int threads = 1; threads <= 3; threads++) {
                    PopulationResult r = PopulationSimulation.builder(pop).duration(300).dt(0.1).precision(p)
                            .threads(threads).kernel(k).recording(rec).build().run();
                    assertSame(ref, r, p + " " + k + " " + threads + " threads");
                    PopulationResult counts = PopulationSimulation.builder(pop).duration(300).dt(0.1).precision(p)
                            .threads(threads).kernel(k).build().run();
                    assertArrayEquals(ref.spikeCounts(), counts.spikeCounts(), p + " " + k + " counts only");
                    assertArrayEquals(ref.finalV(), counts.finalV(), p + " " + k + " counts only");
                }
            }
        }
    }

    @Test
    void otherSchemesAndNoiseAreThreadCountIndependent() {
        Population base = random(157, 5);
        Population noisy = Population.builder(157).a(0.02).b(0.2).c(-65).d(8).current(3)
                .protocol(Protocol.ornsteinUhlenbeck(2, 3, 5, 99).plus(Protocol.whiteNoise(0, 1, 7))).build();
        RecordingOptions rec = RecordingOptions.builder().spikeTimes(true).summary(true)
                .trace(TraceVariable.V, TraceVariable.I).traceNeurons(0, 77, 156).decimation(7).build();
        for (Scheme s : Scheme.all()) {
            for (Population pop : List.of(base, noisy)) {
                PopulationResult one = PopulationSimulation.builder(pop).duration(200).dt(0.25).scheme(s).threads(1)
                        .recording(rec).build().run();
                PopulationResult three = PopulationSimulation.builder(pop).duration(200).dt(0.25).scheme(s)
                        .threads(3).recording(rec).build().run();
                assertSame(one, three, s.id());
                TraceData t1 = one.traces().orElseThrow();
                TraceData t3 = three.traces().orElseThrow();
                for (int row = 0; row < 3; row++) {
                    assertArrayEquals(t1.series(TraceVariable.V, row), t3.series(TraceVariable.V, row));
                    assertArrayEquals(t1.series(TraceVariable.I, row), t3.series(TraceVariable.I, row));
                }
            }
        }
        PopulationResult n = PopulationSimulation.builder(noisy).duration(500).dt(0.1).build().run();
        long distinct = java.util.Arrays.stream(n.finalV()).distinct().count();
        assertTrue(distinct > 100, "each neuron has its own noise stream");
    }

    @Test
    void populationNeuronEqualsTheSingleNeuronSimulation() {
        NeuronParameters p = NeuronParameters.of(0.02, 0.2, -50, 2);
        Protocol prot = Protocol.step(20, 10).plus(Protocol.whiteNoise(0, 2, 5));
        for (Scheme s : Scheme.all()) {
            SimulationResult single = Simulation.builder(p).protocol(prot).duration(150).dt(0.1).scheme(s).build()
                    .run();
            Population pop = Population.builder(3).a(0.02).b(0.2).c(-50).d(2).protocols(new Protocol[] {null, prot,
                    null}).build();
            PopulationResult r = PopulationSimulation.builder(pop).duration(150).dt(0.1).scheme(s)
                    .recording(RecordingOptions.builder().spikeTimes(true).trace(TraceVariable.V).traceNeurons(1)
                            .build())
                    .build().run();
            // neuron 1 of the population draws the noise stream of index 1, the single neuron that of index 0
            Population pop0 = Population.builder(1).a(0.02).b(0.2).c(-50).d(2).protocol(prot).build();
            PopulationResult r0 = PopulationSimulation.builder(pop0).duration(150).dt(0.1).scheme(s)
                    .recording(RecordingOptions.builder().spikeTimes(true).build()).build().run();
            assertArrayEquals(single.spikeTimes(), r0.spikeTimes(0), s.id());
            assertEquals(single.finalV(), r0.finalV()[0], 0.0, s.id());
            assertEquals(r.spikeCount(1), r.spikeTimes(1).length);
        }
    }

    @Test
    void floatPrecisionSpikeCountsAreCloseToDouble() {
        Population pop = random(4000, 3);
        PopulationResult d = PopulationSimulation.builder(pop).duration(1000).dt(0.1).build().run();
        PopulationResult f = PopulationSimulation.builder(pop).duration(1000).dt(0.1).precision(Precision.FLOAT)
                .build().run();
        assertEquals(Precision.FLOAT, f.precision());
        long td = d.totalSpikes();
        long tf = f.totalSpikes();
        assertTrue(Math.abs(td - tf) <= 0.002 * td, "total spikes double " + td + " float " + tf);
        int far = 0;
        int differ = 0;
        for (int i = 0; i < pop.size(); i++) {
            int diff = Math.abs(d.spikeCount(i) - f.spikeCount(i));
            if (diff > 0) {
                differ++;
            }
            if (diff > 2) {
                far++;
            }
        }
        assertTrue(far <= pop.size() / 100, "neurons differing by more than 2 spikes: " + far);
        assertTrue(differ > 0 || td == tf, "float is a different arithmetic");
    }

    @Test
    void summaryTracesAndSpikeTimesAreConsistent() {
        Population pop = Population.builder(2).a(new double[] {0.02, 0.02}).b(0.2).c(new double[] {-65, -50})
                .d(new double[] {8, 2}).current(10).build();
        RecordingOptions rec = RecordingOptions.builder().spikeTimes(true).summary(true).bursts(10, 2)
                .trace(TraceVariable.V, TraceVariable.U, TraceVariable.I).decimation(4).build();
        PopulationResult r = PopulationSimulation.builder(pop).duration(500).dt(0.25).recording(rec).build().run();
        TraceData t = r.traces().orElseThrow();
        assertEquals(501, t.samples(), "2000 steps, every 4th point incl. t = 0");
        assertEquals(0.0, t.times()[0]);
        assertEquals(500.0, t.times()[500]);
        assertEquals(-65.0, t.value(TraceVariable.V, 0, 0));
        assertEquals(-13.0, t.value(TraceVariable.U, 0, 0));
        assertEquals(10.0, t.value(TraceVariable.I, 1, 17));
        for (int i = 0; i < 2; i++) {
            double[] st = r.spikeTimes(i);
            NeuronSummary s = r.summary(i);
            assertEquals(st.length, s.spikes());
            assertEquals(st.length / 0.5, s.rateHz(), 1e-9);
            assertEquals(st[0], s.firstSpikeLatency());
            assertEquals((st[st.length - 1] - st[0]) / (st.length - 1), s.isiMean(), 1e-9);
            assertTrue(s.isiCv() >= 0);
        }
        assertEquals(0, r.summary(0).bursts(), "regular spiking: no bursts");
        assertTrue(r.summary(1).bursts() >= 3, "chattering: repeated bursts, got " + r.summary(1).bursts());
    }

    @Test
    void continuingFromTheFinalStateEqualsOneLongerRun() {
        Population pop = random(500, 21);
        PopulationResult whole = PopulationSimulation.builder(pop).duration(200).dt(0.1).build().run();
        PopulationResult first = PopulationSimulation.builder(pop).duration(100).dt(0.1).build().run();
        PopulationResult second = PopulationSimulation.builder(pop.withInitialState(first.finalV(), first.finalU()))
                .duration(100).dt(0.1).build().run();
        assertArrayEquals(whole.finalV(), second.finalV());
        for (int i = 0; i < 500; i++) {
            assertEquals(whole.spikeCount(i), first.spikeCount(i) + second.spikeCount(i));
        }
    }

    @Test
    void monitorReportsProgressAndCancels() {
        Population pop = random(20000, 2);
        List<Double> progress = new ArrayList<>();
        PopulationResult r = PopulationSimulation.builder(pop).duration(300).dt(0.1).threads(2)
                .monitor(new SimulationMonitor() {
                    @Override
                    public void progress(double fraction) {
                        progress.add(fraction);
                    }

                    @Override
                    public boolean isCancelled() {
                        return false;
                    }
                }).build().run();
        assertEquals(1.0, progress.get(progress.size() - 1));
        assertTrue(r.neuronUpdatesPerSecond() > 0);
        long start = System.nanoTime();
        assertThrows(CancellationException.class, () -> PopulationSimulation.builder(random(100000, 2))
                .duration(100000).dt(0.1).kernel(Kernel.GENERIC).monitor(new SimulationMonitor() {
                    @Override
                    public void progress(double fraction) {
                    }

                    @Override
                    public boolean isCancelled() {
                        return System.nanoTime() - start > 200_000_000L;
                    }
                }).build().run());
        assertTrue(System.nanoTime() - start < 10_000_000_000L, "cancelled promptly");
    }

    @Test
    void badRequestsAreRefusedClearly() {
        Population pop = random(10, 1);
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
                () -> PopulationSimulation.builder(pop).dt(0).build());
        assertTrue(e.getMessage().contains("dt"), e.getMessage());
        e = assertThrows(IllegalArgumentException.class,
                () -> PopulationSimulation.builder(pop).scheme(Scheme.RK4).kernel(Kernel.VECTOR).build());
        assertTrue(e.getMessage().contains("euler"), e.getMessage());
        e = assertThrows(IllegalArgumentException.class, () -> Population.builder(3).a(new double[] {1, 2}).build());
        assertTrue(e.getMessage().contains("a has 2 values for 3 neurons"), e.getMessage());
        e = assertThrows(IllegalArgumentException.class,
                () -> Population.builder(2).current(new double[] {1, Double.NaN}).build());
        assertTrue(e.getMessage().contains("neuron 1"), e.getMessage());
        e = assertThrows(IllegalArgumentException.class, () -> PopulationSimulation.builder(pop)
                .recording(RecordingOptions.builder().trace(TraceVariable.V).traceNeurons(10).build()).build());
        assertTrue(e.getMessage().contains("trace neuron 10"), e.getMessage());
        assertFalse(PopulationSimulation.builder(pop).scheme(Scheme.SINGLE_NEURON_PY).build().kernelName()
                .startsWith("vector"));
    }
}
