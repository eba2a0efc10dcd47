package org.spikeflow.benchmarks;

import java.lang.management.ManagementFactory;
import java.lang.management.MemoryPoolMXBean;
import java.lang.management.MemoryType;
import java.util.Locale;

import org.spikeflow.izhikevich.PopulationResult;
import org.spikeflow.izhikevich.PopulationSimulation;
import org.spikeflow.izhikevich.Precision;

/**
 * Heap of the issue's 1M-neuron spike-count run: peak heap (sum of the heap pools' peaks) and heap in use after GC
 * while the population and the result are alive. Run with a small -Xmx (e.g. 200m) to show it fits. Usage: HeapCheck
 * [neurons] [durationMs] [double|float] [threads]
 */
public final class HeapCheck {

    public static void main(String[] args) {
        int n = args.length > 0 ? Integer.parseInt(args[0]) : 1_000_000;
        double duration = args.length > 1 ? Double.parseDouble(args[1]) : 1000;
        Precision p = args.length > 2 ? Precision.parse(args[2]) : Precision.DOUBLE;
        int threads = args.length > 3 ? Integer.parseInt(args[3]) : 2;
        var population = PopulationBenchmark.issuePopulation(n, 20251125L);
        for (MemoryPoolMXBean pool : ManagementFactory.getMemoryPoolMXBeans()) {
            pool.resetPeakUsage();
        }
        PopulationResult r = PopulationSimulation.builder(population).duration(duration).dt(0.1).precision(p)
                .threads(threads).build().run();
        long peak = 0;
        for (MemoryPoolMXBean pool : ManagementFactory.getMemoryPoolMXBeans()) {
            if (pool.getType() == MemoryType.HEAP) {
                peak += pool.getPeakUsage().getUsed();
            }
        }
        System.gc();
        Runtime rt = Runtime.getRuntime();
        long live = rt.totalMemory() - rt.freeMemory();
        System.out.printf(Locale.ROOT,
                "{\"neurons\": %d, \"precision\": \"%s\", \"threads\": %d, \"kernel\": \"%s\", \"spikes\": %d, "
                        + "\"neuron_updates_per_second\": %.4g, \"max_heap_mb\": %.1f, \"peak_heap_mb\": %.1f, "
                        + "\"live_heap_after_gc_mb\": %.1f}%n",
                n, p.id(), r.threads(), r.kernel(), r.totalSpikes(), r.neuronUpdatesPerSecond(),
                rt.maxMemory() / 1048576.0, peak / 1048576.0, live / 1048576.0);
        if (r.size() != n) {
            throw new AssertionError();
        }
    }
}
