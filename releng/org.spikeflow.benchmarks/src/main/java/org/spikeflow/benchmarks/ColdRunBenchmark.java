package org.spikeflow.benchmarks;

import java.util.concurrent.TimeUnit;

import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Level;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Param;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.Warmup;
import org.spikeflow.izhikevich.Population;
import org.spikeflow.izhikevich.PopulationResult;
import org.spikeflow.izhikevich.PopulationSimulation;
import org.spikeflow.izhikevich.Precision;
import org.spikeflow.izhikevich.Scheme;

/**
 * The first run in a fresh JVM, as {@code ./spikeflow simulate} makes it: cold (the kernel is compiled while the run
 * goes) or with the background warm-up started before the population is built (standing in for reading the parameter
 * file). One fork = one first run; the time includes any wait for the warm-up to finish.
 * {@code java --add-modules jdk.incubator.vector -jar benchmarks.jar ColdRunBenchmark -jvmArgs "--add-modules
 * jdk.incubator.vector"}
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.SingleShotTime)
@OutputTimeUnit(TimeUnit.SECONDS)
@Warmup(iterations = 0)
@Measurement(iterations = 1)
@Fork(5)
public class ColdRunBenchmark {

    @Param({"100000"})
    public int neurons;

    @Param({"DOUBLE", "FLOAT"})
    public Precision precision;

    @Param({"1"})
    public int threads;

    @Param({"false", "true"})
    public boolean backgroundWarmUp;

    private Population population;

    @Setup(Level.Trial)
    public void setUp() {
        if (backgroundWarmUp) {
            PopulationSimulation.warmUpInBackground(Scheme.EULER, precision);
        }
        population = PopulationBenchmark.issuePopulation(neurons, 20251125L);
    }

    @Benchmark
    public PopulationResult firstRun() {
        return PopulationSimulation.builder(population).duration(1000).dt(0.1).precision(precision).threads(threads)
                .build().run();
    }
}
