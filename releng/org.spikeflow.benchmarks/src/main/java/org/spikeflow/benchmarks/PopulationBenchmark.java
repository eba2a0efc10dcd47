package org.spikeflow.benchmarks;

import java.util.SplittableRandom;
import java.util.concurrent.TimeUnit;

import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Level;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Param;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.TearDown;
import org.spikeflow.izhikevich.Kernel;
import org.spikeflow.izhikevich.Population;
import org.spikeflow.izhikevich.PopulationResult;
import org.spikeflow.izhikevich.PopulationSimulation;
import org.spikeflow.izhikevich.Precision;

/**
 * The issue's sweep: 1,000,000 neurons with random a∈[0.01,0.1], b∈[0.2,0.25], c∈[−65,−50], d∈[0.05,8], I∈[0,15], 1000
 * ms at dt 0.1 ms, euler, counting spikes. One invocation is one full run (1e10 neuron updates), timed by JMH (single
 * shot, s/op; releng/benchmarks/population.sh converts it to neuron-updates per second). Each iteration also prints the
 * engine's own figure for the integration alone.
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.SingleShotTime)
@OutputTimeUnit(TimeUnit.SECONDS)
public class PopulationBenchmark {

    @Param({"1000000"})
    public int neurons;

    @Param({"1000"})
    public double durationMs;

    @Param({"DOUBLE", "FLOAT"})
    public Precision precision;

    @Param({"1", "2"})
    public int threads;

    @Param({"AUTO"})
    public Kernel kernel;

    private Population population;

    /** The population of the issue (seeded, the same for every run). */
    public static Population issuePopulation(int n, long seed) {
        SplittableRandom r = new SplittableRandom(seed);
        Population.Builder b = Population.builder(n);
        double[] x = new double[n];
        for (int i = 0; i < n; i++) {
            x[i] = 0.01 + 0.09 * r.nextDouble();
        }
        b.a(x);
        for (int i = 0; i < n; i++) {
            x[i] = 0.2 + 0.05 * r.nextDouble();
        }
        b.b(x);
        for (int i = 0; i < n; i++) {
            x[i] = -65 + 15 * r.nextDouble();
        }
        b.c(x);
        for (int i = 0; i < n; i++) {
            x[i] = 0.05 + 7.95 * r.nextDouble();
        }
        b.d(x);
        for (int i = 0; i < n; i++) {
            x[i] = 15 * r.nextDouble();
        }
        b.current(x);
        return b.build();
    }

    @Setup(Level.Trial)
    public void setUp() {
        population = issuePopulation(neurons, 20251125L);
    }

    private PopulationResult last;

    @Benchmark
    public PopulationResult spikeCounts() {
        last = PopulationSimulation.builder(population).duration(durationMs).dt(0.1).precision(precision)
                .threads(threads).kernel(kernel).build().run();
        return last;
    }

    @TearDown(Level.Iteration)
    public void report() {
        if (last != null) {
            System.out.printf(java.util.Locale.ROOT, "  [engine] %s, %d threads, %s: %.3g neuron-updates/s "
                    + "(integration only), %d spikes%n", precision, last.threads(), last.kernel(),
                    last.neuronUpdatesPerSecond(), last.totalSpikes());
        }
    }
}
