package org.spikeflow.nodes.spark.tests;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import java.util.concurrent.CancellationException;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.stream.Stream;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.spikeflow.core.data.DataTable;
import org.spikeflow.core.port.PortObject;
import org.spikeflow.izhikevich.NeuronSummary;
import org.spikeflow.izhikevich.Population;
import org.spikeflow.izhikevich.PopulationResult;
import org.spikeflow.izhikevich.PopulationSimulation;
import org.spikeflow.izhikevich.RecordingOptions;
import org.spikeflow.izhikevich.Scheme;
import org.spikeflow.nodes.spark.internal.context.CreateSparkContextNodeFactory;
import org.spikeflow.nodes.spark.internal.simulator.SparkIzhikevichSimulatorNodeFactory;
import org.spikeflow.nodes.spark.internal.sweep.SparkParameterSweepNodeFactory;
import org.spikeflow.nodes.spark.internal.totable.SparkToTableNodeFactory;
import org.spikeflow.spark.SimulateSpec;
import org.spikeflow.spark.SparkDriver;
import org.spikeflow.spark.SparkInstallation;
import org.spikeflow.spark.SparkJobException;
import org.spikeflow.spark.SparkJobRequest;
import org.spikeflow.spark.SparkPlan;
import org.spikeflow.spark.SparkResult;
import org.spikeflow.spark.SparkSink;
import org.spikeflow.spark.SweepSpec;

/**
 * Spark jobs in local[2] driver processes against the local population engine run in this JVM: the same neurons must
 * give the same spikes, bit for bit.
 */
class SparkSimulationTest {
    private static final String MASTER = "local[2]";

    private static SparkPlan simulation(SparkPlan.Source source, SimulateSpec spec) {
        SparkPlan plan = new SparkPlan();
        plan.cluster.master = MASTER;
        plan.cluster.driverMemory = "1g";
        plan.source = source;
        SparkPlan.Step step = new SparkPlan.Step();
        step.kind = SparkPlan.Step.SIMULATE;
        step.simulate = spec;
        plan.steps.add(step);
        return plan;
    }

    private static SparkResult run(SparkPlan plan, SparkSink sink, SparkDriver.Listener listener,
            AtomicBoolean cancel) throws Exception {
        return new SparkDriver(SparkInstallation.locate()).run(new SparkJobRequest(plan, sink), listener, cancel::get);
    }

    @Test
    void aSweepOf100kNeuronsOnSparkHasTheLocalEnginesSpikeCounts(@TempDir Path dir) throws Exception {
        int n = 100_000;
        Random random = new Random(20261202);
        double[][] p = new double[5][n];
        for (int k = 0; k < n; k++) {
            p[0][k] = 0.02 + 0.08 * random.nextDouble();
            p[1][k] = 0.2 + 0.05 * random.nextDouble();
            p[2][k] = -65 + 15 * random.nextDouble();
            p[3][k] = 2 + 6 * random.nextDouble();
            p[4][k] = 15 * random.nextDouble();
        }
        Path params = dir.resolve("params.csv");
        SparkHarness.writeCsv(params, "a,b,c,d,I", p);
        SimulateSpec spec = new SimulateSpec();
        spec.duration = 100;
        spec.dt = 0.1;

        int[] local = PopulationSimulation.builder(Population.builder(n).a(p[0]).b(p[1]).c(p[2]).d(p[3])
                .current(p[4]).build()).duration(spec.duration).dt(spec.dt).threads(2)
                .recording(RecordingOptions.counts()).build().run().spikeCounts();

        SparkPlan.Source source = new SparkPlan.Source();
        source.path = params.toString();
        Path out = dir.resolve("counts.csv");
        SparkResult result = run(simulation(source, spec), SparkSink.of(SparkSink.CSV, out.toString()),
                (f, m) -> {}, new AtomicBoolean());

        assertEquals(n, result.rows());
        List<String> lines = Files.readAllLines(out);
        assertEquals("i,spikes", lines.get(0));
        assertEquals(n + 1, lines.size());
        int[] spark = new int[n];
        long total = 0;
        for (int k = 0; k < n; k++) {
            String[] cells = lines.get(k + 1).split(",");
            assertEquals(k, Integer.parseInt(cells[0]), "rows in index order");
            spark[k] = Integer.parseInt(cells[1]);
            total += spark[k];
        }
        assertArrayEquals(local, spark);
        assertTrue(total > n, "most neurons spike (" + total + " spikes)");
    }

    @Test
    void theSweepAndSimulatorNodesGiveTheLocalEnginesSpikeTimes(@TempDir Path dir) throws Exception {
        PortObject context = SparkHarness.one(SparkHarness.node(new CreateSparkContextNodeFactory(),
                "{'master': 'local[2]', 'driverMemory': '1g'}"), dir);
        double[][] axes = {{0.02, 0.1}, {0.2, 0.25}, {-65, -55, -50}, {2, 8}, {5, 10, 15}};
        PortObject sweep = SparkHarness.one(SparkHarness.node(new SparkParameterSweepNodeFactory(),
                "{'mode': 'grid', 'axes': [{'parameter': 'a', 'values': [0.02, 0.1]},"
                        + " {'parameter': 'b', 'values': [0.2, 0.25]}, {'parameter': 'c', 'values': [-65, -55, -50]},"
                        + " {'parameter': 'd', 'values': [2, 8]}, {'parameter': 'I', 'values': [5, 10, 15]}]}"),
                dir, context);
        PortObject simulated = SparkHarness.one(SparkHarness.node(new SparkIzhikevichSimulatorNodeFactory(),
                "{'duration': 300, 'dt': 0.25, 'record': 'spikes'}"), dir, sweep);
        DataTable spikes = SparkHarness.table(SparkHarness.node(new SparkToTableNodeFactory(), null), dir, simulated);

        // the grid expanded here, first axis slowest, as nested loops
        int n = 72;
        double[][] p = new double[5][n];
        int row = 0;
        for (double a : axes[0]) {
            for (double b : axes[1]) {
                for (double c : axes[2]) {
                    for (double d : axes[3]) {
                        for (double current : axes[4]) {
                            p[0][row] = a;
                            p[1][row] = b;
                            p[2][row] = c;
                            p[3][row] = d;
                            p[4][row++] = current;
                        }
                    }
                }
            }
        }
        PopulationResult local = PopulationSimulation.builder(Population.builder(n).a(p[0]).b(p[1]).c(p[2])
                .d(p[3]).current(p[4]).build()).duration(300).dt(0.25).threads(1)
                .recording(RecordingOptions.builder().spikeTimes(true).build()).build().run();
        List<String> expected = new ArrayList<>();
        for (int k = 0; k < n; k++) {
            for (double t : local.spikeTimes(k)) {
                expected.add(k + "," + t);
            }
        }
        List<String> actual = new ArrayList<>();
        for (int r = 0; r < spikes.getRowCount(); r++) {
            actual.add(spikes.getColumn("i").getObject(r) + "," + spikes.getColumn("t").getObject(r));
        }
        assertEquals(List.of("i", "t"), spikes.getSpec().columnNames());
        assertTrue(expected.size() > n, "the grid's neurons spike");
        assertEquals(expected, actual);
    }

    /** A statistic of the summary table: a missing cell is the engine's NaN (a double column's missing value). */
    private static double statistic(DataTable summary, String column, int row) {
        Object value = summary.getColumn(column).getObject(row);
        return value == null ? Double.NaN : (Double) value;
    }

    @Test
    void summaryRecordingGivesTheLocalEnginesSummaryStatistics(@TempDir Path dir) throws Exception {
        // silent (I = 0), tonic, bursting (c = -50/-55, d = 2) and fast spiking (a = 0.1) neurons
        double[][] axes = {{0.02, 0.1}, {-65, -55, -50}, {2, 8}, {0, 4, 10}};
        PortObject context = SparkHarness.one(SparkHarness.node(new CreateSparkContextNodeFactory(),
                "{'master': 'local[2]', 'driverMemory': '1g'}"), dir);
        PortObject sweep = SparkHarness.one(SparkHarness.node(new SparkParameterSweepNodeFactory(),
                "{'mode': 'grid', 'axes': [{'parameter': 'a', 'values': [0.02, 0.1]},"
                        + " {'parameter': 'c', 'values': [-65, -55, -50]}, {'parameter': 'd', 'values': [2, 8]},"
                        + " {'parameter': 'I', 'values': [0, 4, 10]}]}"),
                dir, context);
        PortObject simulated = SparkHarness.one(SparkHarness.node(new SparkIzhikevichSimulatorNodeFactory(),
                "{'duration': 400, 'dt': 0.25, 'scheme': 'izhikevich2003', 'record': 'summary'}"), dir, sweep);
        DataTable summary = SparkHarness.table(SparkHarness.node(new SparkToTableNodeFactory(), null), dir,
                simulated);

        int n = 36;
        double[][] p = new double[4][n];
        int row = 0;
        for (double a : axes[0]) {
            for (double c : axes[1]) {
                for (double d : axes[2]) {
                    for (double current : axes[3]) {
                        p[0][row] = a;
                        p[1][row] = c;
                        p[2][row] = d;
                        p[3][row++] = current;
                    }
                }
            }
        }
        double[] b = new double[n];
        java.util.Arrays.fill(b, 0.2);
        PopulationResult local = PopulationSimulation.builder(Population.builder(n).a(p[0]).b(b).c(p[1]).d(p[2])
                .current(p[3]).build()).duration(400).dt(0.25).scheme(Scheme.parse("izhikevich2003")).threads(1)
                .recording(RecordingOptions.builder().summary(true).build()).build().run();

        assertEquals(List.of("i", "spikes", "rate_hz", "first_spike_ms", "isi_mean_ms", "isi_cv", "bursts"),
                summary.getSpec().columnNames());
        assertEquals(n, summary.getRowCount());
        int silent = 0;
        int bursting = 0;
        for (int k = 0; k < n; k++) {
            NeuronSummary expected = local.summary(k);
            String neuron = "neuron " + k;
            assertEquals((long) k, summary.getColumn("i").getObject(k), "rows in index order");
            assertEquals(expected.spikes(), summary.getColumn("spikes").getObject(k), neuron);
            assertEquals(expected.rateHz(), statistic(summary, "rate_hz", k), 0, neuron);
            assertEquals(expected.firstSpikeLatency(), statistic(summary, "first_spike_ms", k), 0,
                    neuron);
            assertEquals(expected.isiMean(), statistic(summary, "isi_mean_ms", k), 0, neuron);
            assertEquals(expected.isiCv(), statistic(summary, "isi_cv", k), 0, neuron);
            assertEquals(expected.bursts(), summary.getColumn("bursts").getObject(k), neuron);
            silent += expected.spikes() == 0 ? 1 : 0;
            bursting += expected.bursts() > 0 ? 1 : 0;
        }
        assertTrue(silent > 0 && silent < n, "some neurons are silent (NaN statistics), not all: " + silent);
        assertTrue(bursting > 0, "some neurons burst");
    }

    @Test
    void cancellingStopsTheSparkJobAndWritesNothing(@TempDir Path dir) throws Exception {
        SweepSpec sweep = new SweepSpec();
        sweep.mode = SweepSpec.RANDOM;
        sweep.samples = 400_000;
        SweepSpec.Axis axis = new SweepSpec.Axis();
        axis.parameter = "I";
        axis.low = 0;
        axis.high = 20;
        sweep.axes.add(axis);
        SparkPlan.Source source = new SparkPlan.Source();
        source.kind = SparkPlan.Source.SWEEP;
        source.sweep = sweep;
        SimulateSpec spec = new SimulateSpec();
        spec.duration = 100_000; // hours on two cores: only cancellation ends it
        spec.neuronsPerPartition = 50_000;
        Path out = dir.resolve("never.csv");
        AtomicBoolean cancel = new AtomicBoolean();
        CancellationException e = assertThrows(CancellationException.class, () -> run(simulation(source, spec),
                SparkSink.of(SparkSink.CSV, out.toString()), (fraction, message) -> cancel.set(true), cancel));
        assertEquals(SparkDriver.CANCELLED, e.getMessage(), "the driver confirmed that it cancelled its jobs");
        assertFalse(Files.exists(out));
        try (Stream<Path> left = Files.list(dir)) {
            assertEquals(List.of(), left.toList(), "no temporary files left");
        }
    }

    @Test
    void aBadMasterUrlFailsWithAClearMessage(@TempDir Path dir) throws Exception {
        SparkPlan plan = simulation(new SparkPlan.Source(), new SimulateSpec());
        plan.cluster.master = "spark:/cluster:7077";
        IllegalArgumentException malformed = assertThrows(IllegalArgumentException.class,
                () -> run(plan, SparkSink.of(SparkSink.CSV, dir.resolve("x.csv").toString()), (f, m) -> {},
                        new AtomicBoolean()));
        assertEquals("Spark master URL 'spark:/cluster:7077' is not valid: use local, local[N], local[*],"
                + " spark://HOST:PORT, yarn or k8s://HOST:PORT", malformed.getMessage());

        Exception node = assertThrows(Exception.class, () -> SparkHarness.run(SparkHarness.node(
                new CreateSparkContextNodeFactory(), "{'master': 'lokal[2]'}"), dir));
        assertTrue(node.getMessage().contains("Setting 'master': Spark master URL 'lokal[2]' is not valid"),
                node.getMessage());

        // well-formed, but this Spark has no Kubernetes support: Spark's own refusal, from the driver process
        plan.cluster.master = "k8s://localhost:6443";
        plan.source.path = dir.resolve("none.csv").toString();
        SparkJobException refused = assertThrows(SparkJobException.class,
                () -> run(plan, SparkSink.of(SparkSink.CSV, dir.resolve("x.csv").toString()), (f, m) -> {},
                        new AtomicBoolean()));
        assertTrue(refused.getMessage().startsWith("cannot start Spark on master 'k8s://localhost:6443': "),
                refused.getMessage());
    }
}
