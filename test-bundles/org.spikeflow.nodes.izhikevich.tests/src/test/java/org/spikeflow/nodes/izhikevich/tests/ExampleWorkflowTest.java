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

    /** The 2004 features: file name, duration (ms) and dt (ms) of Izhikevich (2004), figure1.m. */
    static final Object[][] FEATURES = {{"A-tonic-spiking", 100.0, 0.25}, {"B-phasic-spiking", 200.0, 0.25},
            {"C-tonic-bursting", 220.0, 0.25}, {"D-phasic-bursting", 200.0, 0.2}, {"E-mixed-mode", 160.0, 0.25},
            {"F-spike-frequency-adaptation", 85.0, 0.25}, {"G-class-1-excitable", 300.0, 0.25},
            {"H-class-2-excitable", 300.0, 0.25}, {"I-spike-latency", 100.0, 0.2},
            {"J-subthreshold-oscillations", 200.0, 0.25}, {"K-resonator", 400.0, 0.25}, {"L-integrator", 100.0, 0.25},
            {"M-rebound-spike", 200.0, 0.2}, {"N-rebound-burst", 200.0, 0.2}, {"O-threshold-variability", 100.0, 0.25},
            {"P-bistability", 300.0, 0.25}, {"Q-depolarizing-after-potential", 50.0, 0.1},
            {"R-accommodation", 400.0, 0.5}, {"S-inhibition-induced-spiking", 350.0, 0.5},
            {"T-inhibition-induced-bursting", 350.0, 0.5}};

    static ExecutionResult execute(String name, Path output) throws Exception {
        return execute(WorkflowManager.load(Harness.fixture(name), Harness.repository()), output);
    }

    static ExecutionResult execute(WorkflowManager workflow, Path output) throws Exception {
        ExecutionResult result = workflow.executeAll(ExecutionOptions.defaults().withOutputDirectory(output));
        assertTrue(result.success(), result.toString());
        return result;
    }

    @Test
    void theFixturesAreTheShippedExamples() throws Exception {
        for (String name : List.of("neuron-types", "feature-gallery", "parameter-sweep")) {
            Path shipped = Harness.repositoryRoot().resolve("workflows").resolve(name + ".spikeflow.json");
            if (Files.exists(shipped)) { // run from the source tree
                assertEquals(Files.readString(shipped), Files.readString(Harness.fixture(name)),
                        "fixtures/" + name + " is a copy of workflows/" + name + ".spikeflow.json");
            }
        }
    }

    @Test
    void neuronTypesWritesTheSeedsTwelveFiles(@TempDir Path output) throws Exception {
        WorkflowManager workflow = WorkflowManager.load(Harness.fixture("neuron-types"), Harness.repository());
        ExecutionResult result = execute(workflow, output);
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
        // the grid: the seed's 6x2 figure, PNG and SVG of 1200 x 1500 px, one panel titled with each type's label
        Harness.assertPng(output.resolve("output/neuron-types/neuron_types_grid.png"), 1200, 1500);
        List<String> svg = Harness.assertSvg(output.resolve("output/neuron-types/neuron_types_grid.svg"), 1200,
                1500);
        List<String> labels = Files.readAllLines(output.resolve("output/neuron-types/summary.csv")).stream().skip(1)
                .map(line -> line.split(",")[1]).toList();
        assertEquals("Regular Spiking (RS)", labels.get(0));
        assertEquals("Mixed Mode", labels.get(11));
        for (String label : labels) {
            assertTrue(svg.contains(label), "a panel titled " + label + ": " + svg);
        }
        // the grid's traces (the population run of the collected parameters) are the seed's files, type by type
        DataTable traces = (DataTable) workflow.getNode("simulateAll").getOutput(0);
        assertEquals(12 * 800, traces.getRowCount());
        double[] time = traces.getDoubleColumn("Time (ms)").toArray();
        double[] v = traces.getDoubleColumn("Membrane Potential (mV)").toArray();
        var neuron = traces.getColumn("Neuron");
        for (int k = 0; k < 12; k++) {
            Harness.Csv seed = Harness.seedFile(TYPE_FILES.get(k));
            for (int i = 0; i < 800; i++) {
                int row = k * 800 + i;
                assertEquals(Integer.toString(k), neuron.format(row), "neuron of row " + row);
                assertEquals(seed.columns()[0][i], time[row], 0.0, TYPE_FILES.get(k) + " grid time " + i);
                double expected = seed.columns()[1][i];
                assertEquals(expected, v[row], 1e-9 * Math.max(1, Math.abs(expected)), TYPE_FILES.get(k) + " grid v "
                        + i);
            }
        }
        DataTable gridLabels = (DataTable) workflow.getNode("simulateAll").getOutput(2);
        for (int k = 0; k < 12; k++) {
            assertEquals(labels.get(k), gridLabels.getColumn("Label").format(k), "panel title of neuron " + k);
        }
        assertEquals(15, result.writtenFiles().size(), result.writtenFiles().toString());
    }

    /**
     * Izhikevich (2004), figure1.m, panel (A) tonic spiking, written from the paper's MATLAB code: a = 0.02, b = 0.2, c
     * = -65, d = 6, V = -70, u = b·V, tau = 0.25, tspan = 0:tau:100, I = 14 for t &gt; T1 = 10; V then u with the new
     * V; a spike records 30.
     */
    static double[] figure1TonicSpiking() {
        double a = 0.02;
        double b = 0.2;
        double c = -65;
        double d = 6;
        double tau = 0.25;
        double vm = -70;
        double um = b * vm;
        double[] vv = new double[401];
        for (int k = 0; k < 401; k++) {
            double t = k * tau;
            double current = t > 10 ? 14 : 0;
            vm = vm + tau * (0.04 * vm * vm + 5 * vm + 140 - um + current);
            um = um + tau * a * (b * vm - um);
            if (vm > 30) {
                vv[k] = 30;
                vm = c;
                um = um + d;
            } else {
                vv[k] = vm;
            }
        }
        return vv;
    }

    @Test
    void featureGalleryWritesTheTwentyFeaturesAndTheirGrid(@TempDir Path output) throws Exception {
        ExecutionResult result = execute("feature-gallery", output);
        Path data = output.resolve("output/feature-gallery/data");
        try (var files = Files.list(data)) {
            assertEquals(20, files.count(), "one file per feature, nothing else");
        }
        for (Object[] feature : FEATURES) {
            String name = (String) feature[0];
            double duration = (Double) feature[1];
            double dt = (Double) feature[2];
            Harness.Csv csv = Harness.readCsv(data.resolve(name + ".csv"));
            assertEquals(List.of("Time (ms)", "Membrane Potential (mV)"), csv.header(), name);
            int n = (int) Math.round(duration / dt) + 1; // tspan = 0:tau:T
            assertEquals(n, csv.rows(), name + ": points of 0:" + dt + ":" + duration);
            for (int i = 0; i < n; i++) {
                assertEquals(i * dt, csv.columns()[0][i], 1e-9, name + " time " + i);
                double v = csv.columns()[1][i];
                assertTrue(Double.isFinite(v) && v <= 30.0 && v > -120, name + " v " + i + " = " + v);
            }
        }
        Harness.Csv tonic = Harness.readCsv(data.resolve("A-tonic-spiking.csv"));
        double[] expected = figure1TonicSpiking();
        int spikes = 0;
        for (int i = 0; i < expected.length; i++) {
            assertEquals(expected[i], tonic.columns()[1][i], 1e-9 * Math.max(1, Math.abs(expected[i])),
                    "(A) tonic spiking, v at t = " + i * 0.25);
            spikes += tonic.columns()[1][i] == 30.0 ? 1 : 0;
        }
        assertTrue(spikes >= 4, "tonic spiking spikes: " + spikes);
        Harness.assertPng(output.resolve("output/feature-gallery/feature_gallery_grid.png"), 1600, 1600);
        List<String> svg = Harness.assertSvg(output.resolve("output/feature-gallery/feature_gallery_grid.svg"), 1600,
                1600);
        for (String title : List.of("(A) tonic spiking", "(G) Class 1 excitable", "(Q) DAP", "(R) accommodation")) {
            assertTrue(svg.contains(title), "a panel titled " + title + ": " + svg);
        }
        assertEquals(22, result.writtenFiles().size(), result.writtenFiles().toString());
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

        // the seed's 5x1 figure: one panel per parameter with its ten traces
        Harness.assertPng(folder.resolve("parameter_sweep.png"), 1000, 1800);
        List<String> texts = Harness.assertSvg(folder.resolve("parameter_sweep.svg"), 1000, 1800);
        for (String title : List.of("Effect of Varying 'a' (Recovery time scale)",
                "Effect of Varying 'b' (Recovery sensitivity)", "Effect of Varying 'c' (Reset potential)",
                "Effect of Varying 'd' (Recovery reset increment)", "Effect of Varying 'I' (Input current)")) {
            assertTrue(texts.contains(title), title + " in " + texts);
        }
        for (String legend : List.of("a = 0.11", "b = 0.29", "c = -64.91", "d = 8.09", "I = 10.09")) {
            assertTrue(texts.contains(legend), legend + " in the legends");
        }
    }

    /**
     * Forward Euler (v then u from the old state; threshold v ≥ 30, then reset), T = 1000 ms, dt = 0.25 ms, v0 = -65,
     * u0 = b·v0: {spike count, time of the first spike (NaN without spikes)}.
     */
    static double[] eulerSpikes(double a, double b, double c, double d, double current) {
        double dt = 0.25;
        double v = -65;
        double u = b * v;
        int count = 0;
        double first = Double.NaN;
        for (int i = 0; i < 4000; i++) {
            double vNew = v + dt * (0.04 * v * v + 5 * v + 140 - u + current);
            double uNew = u + dt * (a * (b * v - u));
            if (vNew >= 30) {
                count++;
                if (count == 1) {
                    first = (i + 1) * dt;
                }
                vNew = c;
                uNew += d;
            }
            v = vNew;
            u = uNew;
        }
        return new double[] {count, first};
    }

    @Test
    void parameterSweepGridSummarisesRateAndLatencyPerConfiguration(@TempDir Path output) throws Exception {
        ExecutionResult result = execute("parameter-sweep", output);
        Path grid = output.resolve("output/parameter-sweep/grid");
        List<String> lines = Files.readAllLines(grid.resolve("summary.csv"));
        assertEquals(List.of("Neuron", "Label", "a", "b", "c", "d", "I", "Spike count", "Firing rate (Hz)",
                "First spike latency (ms)"), Harness.fields(lines.get(0)));
        assertEquals(1 + 2 * 2 * 11, lines.size(), "every combination of a, d and I");
        double[] as = {0.02, 0.1};
        double[] ds = {2, 8};
        int silent = 0;
        for (int r = 0; r < 44; r++) {
            List<String> row = Harness.fields(lines.get(r + 1));
            double a = as[r / 22];
            double d = ds[(r / 11) % 2];
            double current = 2.0 * (r % 11);
            String where = "row " + r + " " + row;
            assertEquals(r, Integer.parseInt(row.get(0)), where);
            assertEquals("a=" + (a == 0.1 ? "0.1" : "0.02") + ", d=" + (int) d + ", I=" + (int) current, row.get(1),
                    where);
            assertEquals(a, Double.parseDouble(row.get(2)), 0.0, where);
            assertEquals(0.2, Double.parseDouble(row.get(3)), 0.0, where);
            assertEquals(-65, Double.parseDouble(row.get(4)), 0.0, where);
            assertEquals(d, Double.parseDouble(row.get(5)), 0.0, where);
            assertEquals(current, Double.parseDouble(row.get(6)), 1e-12, where);
            double[] expected = eulerSpikes(a, 0.2, -65, d, current);
            int count = Integer.parseInt(row.get(7));
            assertEquals((int) expected[0], count, "spike count, " + where);
            assertEquals(expected[0] / 1.0, Double.parseDouble(row.get(8)), 1e-9, "rate = spikes / 1 s, " + where);
            if (count == 0) {
                silent++;
                assertEquals("", row.get(9), "no latency without spikes, " + where);
            } else {
                assertEquals(expected[1], Double.parseDouble(row.get(9)), 0.25, "first-spike latency, " + where);
            }
        }
        assertTrue(silent >= 4 && silent < 44, "some configurations below rheobase, not all: " + silent);
        Harness.assertPng(grid.resolve("fi_curves.png"), 1200, 800);
        List<String> texts = Harness.assertSvg(grid.resolve("fi_curves.svg"), 1200, 800);
        for (String curve : List.of("a = 0.02, d = 2", "a = 0.02, d = 8", "a = 0.1, d = 2", "a = 0.1, d = 8")) {
            assertTrue(texts.contains(curve), "an F-I curve per (a, d): " + curve + " in " + texts);
        }
        assertEquals(4 + 2 + 3, result.writtenFiles().size(), result.writtenFiles().toString());
    }

    @Test
    void theNodesSettingsSurviveSavingAndLoading(@TempDir Path folder) throws Exception {
        for (String name : List.of("neuron-types", "feature-gallery", "parameter-sweep")) {
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
