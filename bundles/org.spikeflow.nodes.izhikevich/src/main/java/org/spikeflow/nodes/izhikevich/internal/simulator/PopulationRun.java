package org.spikeflow.nodes.izhikevich.internal.simulator;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CancellationException;

import org.spikeflow.core.node.CanceledExecutionException;
import org.spikeflow.core.node.ExecutionContext;
import org.spikeflow.core.settings.InvalidSettingsException;
import org.spikeflow.izhikevich.InsufficientMemoryException;
import org.spikeflow.izhikevich.MemoryEstimate;
import org.spikeflow.izhikevich.NumericalBlowUpException;
import org.spikeflow.izhikevich.Population;
import org.spikeflow.izhikevich.PopulationResult;
import org.spikeflow.izhikevich.PopulationSimulation;
import org.spikeflow.izhikevich.RecordingOptions;
import org.spikeflow.izhikevich.SimulationMonitor;
import org.spikeflow.izhikevich.TraceVariable;
import org.spikeflow.izhikevich.protocol.Protocol;

/**
 * Runs the neurons of a {@link NeuronTable} through the library's population engine. Neurons that share k2, k1, k0
 * (normally all) form one population; rows with other coefficients run as further populations, and the results are read
 * back by the neuron's index in the table.
 */
final class PopulationRun {

    /** Neurons of one population: their indices in the table (ascending) and, after the run, its result. */
    static final class Group {
        final int[] members; // null: all neurons, identity
        final int size;
        PopulationSimulation simulation;
        PopulationResult result;
        double[] finalV;
        double[] finalU;

        Group(int[] members, int size) {
            this.members = members;
            this.size = size;
        }

        int global(int local) {
            return members == null ? local : members[local];
        }
    }

    final NeuronTable neurons;
    final List<Group> groups;
    private final int[] groupOf; // null: one group
    private final int[] localOf; // null: identity
    /** Neurons whose traces are recorded (table indices, ascending), or null when traces are off. */
    final int[] traced;
    final int samplesPerTrace;

    private PopulationRun(NeuronTable neurons, List<Group> groups, int[] groupOf, int[] localOf, int[] traced,
            int samplesPerTrace) {
        this.neurons = neurons;
        this.groups = groups;
        this.groupOf = groupOf;
        this.localOf = localOf;
        this.traced = traced;
        this.samplesPerTrace = samplesPerTrace;
    }

    Group group(int neuron) {
        return groups.get(groupIndex(neuron));
    }

    /** Index into {@link #groups} of the population that ran the neuron. */
    int groupIndex(int neuron) {
        return groupOf == null ? 0 : groupOf[neuron];
    }

    int local(int neuron) {
        return localOf == null ? neuron : localOf[neuron];
    }

    /**
     * Prepares the populations (checking the request and the memory it needs) and runs them.
     *
     * @param outputBytesPerTraceSample
     *            bytes the trace table needs per row, to include in the memory check
     */
    static PopulationRun run(NeuronTable neurons, SimulationSetup setup, RecordingSettings rec, int threads,
            int outputBytesPerTraceSample, ExecutionContext exec) throws Exception {
        int n = neurons.size;
        // ---- groups by (k2, k1, k0)
        List<Group> groups = new ArrayList<>();
        int[] groupOf = null;
        int[] localOf = null;
        if (neurons.k2 == null && neurons.k1 == null && neurons.k0 == null) {
            groups.add(new Group(null, n));
        } else {
            Map<List<Double>, List<Integer>> byCoefficients = new LinkedHashMap<>();
            for (int i = 0; i < n; i++) {
                byCoefficients.computeIfAbsent(List.of(neurons.k2(i), neurons.k1(i), neurons.k0(i)),
                        k -> new ArrayList<>()).add(i);
            }
            groupOf = new int[n];
            localOf = new int[n];
            for (List<Integer> list : byCoefficients.values()) {
                int[] members = list.stream().mapToInt(Integer::intValue).toArray();
                for (int j = 0; j < members.length; j++) {
                    groupOf[members[j]] = groups.size();
                    localOf[members[j]] = j;
                }
                groups.add(new Group(groups.isEmpty() && members.length == n ? null : members, members.length));
            }
        }
        // ---- traced neurons
        int[] traced = null; // with traces on: null for all neurons (filled in below), else the listed ones
        if (rec.trace) {
            if (!rec.neurons.isEmpty()) {
                traced = rec.neurons.stream().mapToInt(Integer::intValue).sorted().distinct().toArray();
                int last = traced[traced.length - 1];
                if (last >= n) {
                    throw new InvalidSettingsException("Setting 'recording.neurons' lists neuron " + last
                            + ", but the run has " + n + (n == 1
                                    ? " neuron (index 0)"
                                    : " neurons (0 to " + (n - 1)
                                            + ")"));
                }
            }
        }
        boolean traceAll = rec.trace && traced == null;
        // ---- simulations
        long totalWork = n;
        long done = 0;
        long needBytes = 0;
        for (Group group : groups) {
            Population population = population(neurons, setup, group, groups.size() > 1);
            RecordingOptions.Builder recording = RecordingOptions.builder().summary(rec.statistics)
                    .bursts(rec.burstIsi, rec.burstSpikes).spikeTimes(rec.spikeTimes);
            if (rec.trace) {
                List<TraceVariable> variables = new ArrayList<>(List.of(TraceVariable.V));
                if (rec.u) {
                    variables.add(TraceVariable.U);
                }
                if (rec.current) {
                    variables.add(TraceVariable.I);
                }
                recording.trace(variables.toArray(new TraceVariable[0])).decimation(rec.decimation);
                if (!traceAll) {
                    recording.traceNeurons(localTraced(traced, group, localOf));
                }
            }
            SimulationMonitor monitor = new SimulationMonitorAdapter(exec, (double) done / totalWork,
                    (double) group.size / totalWork, groups.size() == 1
                            ? "Simulating " + n
                                    + (n == 1 ? " neuron" : " neurons")
                            : "Simulating neurons " + (done + 1) + "-"
                                    + (done + group.size) + " of " + n);
            try {
                group.simulation = PopulationSimulation.builder(population).duration(setup.duration())
                        .dt(setup.dt()).scheme(setup.scheme()).precision(setup.precision())
                        .threads(Math.max(1, threads)).recording(recording.build()).monitor(monitor).build();
            } catch (IllegalArgumentException e) {
                throw new InvalidSettingsException(e.getMessage(), e);
            }
            needBytes = saturatedAdd(needBytes, group.simulation.estimateMemory().totalBytes());
            done += group.size;
        }
        needBytes = saturatedAdd(needBytes, 168L * n); // the summary table: 20 columns
        int samples = 0;
        if (rec.trace) {
            long points = setup.scheme().points(setup.duration(), setup.dt());
            long perTrace = (points - 1) / rec.decimation + 1;
            long tracedCount = traceAll ? n : traced.length;
            long rows = tracedCount * perTrace;
            if (rows > Integer.MAX_VALUE - 8) {
                throw new IllegalStateException("The trace table would have " + rows + " rows (" + tracedCount
                        + " neurons × " + perTrace + " samples), more than a table can hold (about 2.1 billion)."
                        + " Raise 'recording.decimation', trace fewer neurons ('recording.neurons') or turn"
                        + " 'recording.trace' off.");
            }
            samples = (int) perTrace;
            needBytes = saturatedAdd(needBytes, rows * outputBytesPerTraceSample);
        }
        checkMemory(needBytes, n, samples, traceAll ? n : traced == null ? 0 : traced.length);
        if (traceAll) {
            traced = new int[n];
            Arrays.setAll(traced, i -> i);
        }
        // ---- run
        for (Group group : groups) {
            exec.checkCanceled();
            try {
                group.result = group.simulation.run();
            } catch (CancellationException e) {
                throw new CanceledExecutionException();
            } catch (InsufficientMemoryException e) {
                throw new IllegalStateException(e.getMessage(), e);
            } catch (NumericalBlowUpException e) {
                // the message says everything the library's does, for the neuron's row (no cause: it would repeat it)
                throw new IllegalStateException(blowUpMessage(e, group, neurons));
            }
            group.simulation = null;
            group.finalV = group.result.finalV();
            group.finalU = group.result.finalU();
        }
        return new PopulationRun(neurons, groups, groupOf, localOf, traced, samples);
    }

    private static long saturatedAdd(long x, long y) {
        long r = x + y;
        return ((x ^ r) & (y ^ r)) < 0 ? Long.MAX_VALUE : r;
    }

    private static int[] localTraced(int[] traced, Group group, int[] localOf) {
        if (group.members == null) {
            return traced.clone();
        }
        int[] local = new int[traced.length];
        int count = 0;
        for (int neuron : traced) {
            int g = Arrays.binarySearch(group.members, neuron);
            if (g >= 0) {
                local[count++] = localOf[neuron];
            }
        }
        return Arrays.copyOf(local, count);
    }

    private static void checkMemory(long needBytes, int neurons, int samples, int tracedNeurons) {
        long available = MemoryEstimate.freeHeap(needBytes);
        if (needBytes > available) {
            throw new IllegalStateException("Not enough memory for this simulation: " + neurons
                    + (neurons == 1 ? " neuron" : " neurons")
                    + (tracedNeurons > 0 ? ", traces of " + tracedNeurons + " × " + samples + " samples" : "")
                    + " need about " + MemoryEstimate.format(needBytes) + " (simulation and output tables) but only "
                    + MemoryEstimate.format(Math.max(0, available)) + " of the Java heap is free (maximum "
                    + MemoryEstimate.format(Runtime.getRuntime().maxMemory())
                    + "). Raise 'recording.decimation', trace fewer"
                    + " neurons ('recording.neurons'), turn 'recording.trace' or 'recording.spikeTimes' off, shorten"
                    + " the run, or give Java more memory (-Xmx, e.g. SPIKEFLOW_JAVA_OPTS=-Xmx8g).");
        }
    }

    private static Population population(NeuronTable t, SimulationSetup setup, Group group, boolean grouped) {
        int m = group.size;
        int first = group.global(0);
        Population.Builder b = Population.builder(m).a(pick(t.a, group)).b(pick(t.b, group)).c(pick(t.c, group))
                .d(pick(t.d, group)).current(pick(t.current, group)).v0(pick(t.v0, group)).u0(pick(t.u0, group))
                .quadratic(t.k2(first), t.k1(first), t.k0(first)).vPeak(t.shared.vPeak())
                .recovery(t.shared.recovery());
        Protocol protocol = setup.protocol();
        if (protocol != null) {
            if (grouped && protocol.isStochastic()) {
                Protocol[] own = new Protocol[m];
                for (int j = 0; j < m; j++) {
                    own[j] = new GlobalIndexProtocol(protocol, group.global(j));
                }
                b.protocols(own);
            } else {
                b.protocol(protocol);
            }
        }
        return b.build();
    }

    private static double[] pick(double[] values, Group group) {
        if (group.members == null) {
            return values;
        }
        double[] x = new double[group.members.length];
        for (int j = 0; j < x.length; j++) {
            x[j] = values[group.members[j]];
        }
        return x;
    }

    private static String blowUpMessage(NumericalBlowUpException e, Group group, NeuronTable neurons) {
        int local = (int) e.neuron();
        int global = group.global(local);
        String message = e.getMessage();
        String where = neurons.population
                ? "neuron " + global + " (row " + global + " of the parameter table"
                        + (neurons.label(global).isEmpty() ? "" : ", '" + neurons.label(global) + "'") + ")"
                : "the neuron";
        String prefix = "Numerical blow-up in neuron " + local + " ";
        if (message != null && message.startsWith(prefix)) {
            return "Numerical blow-up in " + where + " " + message.substring(prefix.length());
        }
        return message;
    }
}
