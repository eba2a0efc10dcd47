package org.spikeflow.nodes.izhikevich.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.spikeflow.core.data.DataTable;
import org.spikeflow.engine.ExecutionOptions;
import org.spikeflow.engine.ExecutionResult;
import org.spikeflow.engine.WorkflowManager;

/**
 * The example workflows of workflows/ (copied into the fixtures folder beside this test), loaded and executed by the
 * engine with the nodes of the OSGi runtime, their CSV files compared with the seed's files and with an independent
 * implementation of the seed's script.
 */
class ExampleWorkflowTest {

    static final List<String> TYPE_FILES = List.of("Regular_Spiking_RS", "Fast_Spiking_FS",
            "Intrinsically_Bursting_IB", "Chattering_CH", "Low-Threshold_Spiking_LTS", "Rebound_Spiking",
            "Phasic_Spiking", "Spike_Latency", "Threshold_Variability", "Bistable", "Rebound_Burst", "Mixed_Mode");

    static ExecutionResult execute(String name, Path output) throws Exception {
        WorkflowManager workflow = WorkflowManager.load(Harness.fixture(name), Harness.repository());
        ExecutionResult result = workflow.executeAll(ExecutionOptions.defaults().withOutputDirectory(output));
        assertTrue(result.success(), result.toString());
        return result;
    }

    @Test
    void theFixturesAreTheShippedExamples() throws Exception {
        for (String name : List.of("neuron-types", "parameter-sweep")) {
            Path shipped = Harness.repositoryRoot().resolve("workflows").resolve(name + ".spikeflow.json");
            if (Files.exists(shipped)) { // run from the source tree
                assertEquals(Files.readString(shipped), Files.readString(Harness.fixture(name)),
                        "fixtures/" + name + " is a copy of workflows/" + name + ".spikeflow.json");
            }
        }
    }

    @Test
    void neuronTypesWritesTheSeedsTwelveFiles(@TempDir Path output) throws Exception {
        ExecutionResult result = execute("neuron-types", output);
        Path data = output.resolve("output/neuron-types/data");
        try (var files = Files.list(data)) {
            assertEquals(12, files.count(), "one file per type, nothing else");
        }
        int bitIdenticalValues = 0;
        for (String type : TYPE_FILES) {
            Path file = data.resolve(type + ".csv");
            assertTrue(Files.exists(file), file.toString());
            Harness.Csv written = Harness.readCsv(file);
            Harness.Csv seed = Harness.seedFile(type);
            assertEquals(List.of("Time (ms)", "Membrane Potential (mV)"), written.header(), type);
            assertEquals(seed.header(), written.header());
            assertEquals(800, written.rows(), type);
            int writtenSpikes = 0;
            int seedSpikes = 0;
            for (int i = 0; i < 800; i++) {
                assertEquals(seed.columns()[0][i], written.columns()[0][i], 0.0, type + " time, row " + i);
                double expected = seed.columns()[1][i];
                double actual = written.columns()[1][i];
                assertEquals(expected, actual, 1e-9 * Math.max(1, Math.abs(expected)), type + " v, row " + i);
                bitIdenticalValues += expected == actual ? 1 : 0;
                writtenSpikes += actual == 30.0 ? 1 : 0;
                seedSpikes += expected == 30.0 ? 1 : 0;
            }
            assertEquals(SimulatorNodeTest.SEED_COUNTS.get(type), seedSpikes, type);
            assertEquals(seedSpikes, writtenSpikes, type + ": spike count");
        }
        assertTrue(bitIdenticalValues >= 12 * 800 - 20, "values identical to the seed's: " + bitIdenticalValues);
        Harness.Csv summary = Harness.readCsv(output.resolve("output/neuron-types/summary.csv"));
        assertEquals(12, summary.rows());
        int counts = summary.header().indexOf("Spike count");
        for (int r = 0; r < 12; r++) {
            assertEquals(SimulatorNodeTest.SEED_COUNTS.get(TYPE_FILES.get(r)), (int) summary.columns()[counts][r]);
        }
        assertEquals(13, result.writtenFiles().size(), result.writtenFiles().toString());
    }

    /** The seed's izhikevich() of neurons_step (numpy semantics: n = int(T/dt), time = linspace(0, T, n)). */
    static double[][] seedIzhikevich(double a, double b, double c, double d, double current, double duration,
            double dt) {
        int n = (int) (duration / dt);
        double[] time = new double[n];
        double step = duration / (n - 1);
        for (int i = 0; i < n; i++) {
            time[i] = i * step + 0.0;
        }
        time[n - 1] = duration;
        double[] v = new double[n];
        double[] u = new double[n];
        v[0] = -65;
        u[0] = b * v[0];
        for (int i = 0; i < n - 1; i++) {
            double dv = (0.04 * Math.pow(v[i], 2) + 5 * v[i] + 140 - u[i] + current) * dt;
            double du = a * (b * v[i] - u[i]) * dt;
            v[i + 1] = v[i] + dv;
            u[i + 1] = u[i] + du;
            if (v[i + 1] >= 30) {
                v[i] = 30;
                v[i + 1] = c;
                u[i + 1] = u[i + 1] + d;
            }
        }
        return new double[][] {time, v};
    }

    @Test
    void parameterSweepWritesTheSeedsStudy(@TempDir Path output) throws Exception {
        execute("parameter-sweep", output);
        Path folder = output.resolve("output/parameter-sweep");
        Harness.Csv parameters = Harness.readCsv(folder.resolve("parameters.csv"));
        assertEquals(List.of("i", "Sweep", "Parameter", "a", "b", "c", "d", "I"), parameters.header());
        assertEquals(50, parameters.rows());
        Harness.Csv traces = Harness.readCsv(folder.resolve("traces.csv"));
        assertEquals(List.of("Time (ms)", "Membrane Potential (mV)", "Neuron"), traces.header());
        assertEquals(50 * 100, traces.rows());
        Harness.Csv spikes = Harness.readCsv(folder.resolve("spikes.csv"));
        assertEquals(List.of("Neuron", "Spike time (ms)"), spikes.header());
        Harness.Csv summary = Harness.readCsv(folder.resolve("summary.csv"));
        assertEquals(50, summary.rows());
        int countColumn = summary.header().indexOf("Spike count");
        int totalSpikes = 0;
        for (int k = 0; k < 50; k++) {
            int p = k / 10;
            double[] values = SweepGeneratorNodeTest.BASELINE.clone();
            values[p] = SweepGeneratorNodeTest.SEED_VALUES[p][k % 10];
            for (int q = 0; q < 5; q++) {
                assertEquals(values[q], parameters.columns()[3 + q][k], 0.0, "parameter row " + k);
            }
            double[][] expected = seedIzhikevich(values[0], values[1], values[2], values[3], values[4], 100, 1);
            int spikeCount = 0;
            for (int i = 0; i < 100; i++) {
                int row = k * 100 + i;
                assertEquals(k, (int) traces.columns()[2][row]);
                assertEquals(expected[0][i], traces.columns()[0][row], 0.0, "time, neuron " + k + " point " + i);
                assertEquals(expected[1][i], traces.columns()[1][row], 1e-9 * Math.max(1, Math.abs(expected[1][i])),
                        "v, neuron " + k + " point " + i);
                assertEquals(expected[1][i] == 30.0, traces.columns()[1][row] == 30.0, "spike, neuron " + k);
                spikeCount += expected[1][i] == 30.0 ? 1 : 0;
            }
            assertEquals(spikeCount, (int) summary.columns()[countColumn][k], "spike count of neuron " + k);
            totalSpikes += spikeCount;
        }
        assertEquals(totalSpikes, spikes.rows());
        List<String> labels = Files.readAllLines(folder.resolve("summary.csv")).stream().skip(1)
                .map(line -> line.split(",")[1]).toList();
        assertEquals("a=0.03", labels.get(1));
        assertEquals("I=10.09", labels.get(49));
    }

    @Test
    void theNodesSettingsSurviveSavingAndLoading(@TempDir Path folder) throws Exception {
        for (String name : List.of("neuron-types", "parameter-sweep")) {
            WorkflowManager workflow = WorkflowManager.load(Harness.fixture(name), Harness.repository());
            Path copy = folder.resolve(name + ".spikeflow.json");
            workflow.save(copy);
            WorkflowManager reloaded = WorkflowManager.load(copy, Harness.repository());
            for (String id : List.of("simulate")) {
                var before = workflow.getNode(id).getNode().getSettingsJson(false);
                var after = reloaded.getNode(id).getNode().getSettingsJson(false);
                assertEquals(before, after, name + "/" + id);
                assertTrue(Double.isNaN(after.get("u0").asDouble()), "u0 NaN (b·v0) survives: " + after.get("u0"));
                assertEquals(workflow.getNode(id).getNode().getVariableSettings(),
                        reloaded.getNode(id).getNode().getVariableSettings());
            }
        }
    }

    @Test
    void theNeuronTypesWorkflowReactsToItsSettings(@TempDir Path output) throws Exception {
        WorkflowManager workflow = WorkflowManager.load(Harness.fixture("neuron-types"), Harness.repository());
        workflow.getNode("simulate").getNode().setSetting("scheme", "euler");
        ExecutionResult result = workflow.executeAll(ExecutionOptions.defaults().withOutputDirectory(output));
        assertTrue(result.success(), result.toString());
        Harness.Csv rs = Harness.readCsv(output.resolve("output/neuron-types/data/Regular_Spiking_RS.csv"));
        assertEquals(801, rs.rows(), "euler: 800 steps, 801 points from t = 0 to 200");
        DataTable summary = (DataTable) workflow.getNode("collect").getOutput(0);
        assertEquals(12, summary.getRowCount());
    }
}
