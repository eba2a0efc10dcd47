package org.spikeflow.nodes.forecast.tests;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.spikeflow.testing.NodeTesting.doubles;
import static org.spikeflow.nodes.forecast.tests.Harness.slice;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.spikeflow.core.data.DataTable;
import org.spikeflow.core.data.DataTableSpec;
import org.spikeflow.core.data.IntColumn;
import org.spikeflow.core.runtime.Node;
import org.spikeflow.core.settings.InvalidSettingsException;
import org.spikeflow.core.settings.SettingsHandler;
import org.spikeflow.engine.NodeRepository;
import org.spikeflow.engine.WorkflowManager;
import org.spikeflow.forecast.Forecast;
import org.spikeflow.forecast.Forecasters;
import org.spikeflow.nodes.forecast.internal.local.LocalForecasterNodeFactory;
import org.spikeflow.nodes.forecast.internal.local.LocalForecasterNodeSettings;
import org.spikeflow.nodes.forecast.internal.local.LocalModel;
import org.spikeflow.testing.NodeTesting;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;

/** The Local Forecaster through {@link Node}: columns and values equal the library called directly. */
class LocalForecasterNodeTest {

    static double[] wave(int n, double phase) {
        double[] y = new double[n];
        for (int i = 0; i < n; i++) {
            y[i] = -65 + 10 * Math.sin(2 * Math.PI * i / 12.0 + phase) + 0.3 * Math.cos(i * 0.7);
        }
        return y;
    }

    static Node node(String settings) throws Exception {
        return NodeTesting.node(new LocalForecasterNodeFactory(), settings);
    }

    @ParameterizedTest
    @ValueSource(strings = {"naive", "drift", "seasonalnaive", "contextmedian", "ets"})
    void oneSeriesEqualsTheLibrary(String model) throws Exception {
        double[] t = Harness.times(10, 0.25, 120);
        double[] y = wave(120, 0);
        DataTable out = Harness.run(node("{'model': '" + model + "', 'h': 7}"),
                Harness.trace(null, new double[][] {t}, new double[][] {y}));
        Forecast direct = Forecasters.byName(model).forecast(y, 0.25, 7, 80, 90);
        String m = direct.model();
        assertEquals(List.of("Time (ms)", m, m + "-hi-80", m + "-hi-90", m + "-lo-80", m + "-lo-90"),
                out.getSpec().columnNames());
        assertEquals(7, out.getRowCount());
        assertArrayEquals(Harness.times(10 + 120 * 0.25, 0.25, 7), doubles(out, "Time (ms)"), 1e-9);
        for (String c : direct.columnNames()) {
            assertArrayEquals(direct.column(c), doubles(out, c), 1e-12, c);
        }
    }

    @Test
    void seedTimestampsCountFromTheFirstContextPoint() throws Exception {
        double[] t = Harness.times(0, 0.25, 2000);
        DataTable out = Harness.run(node("{'model': 'naive', 'h': 2, 'seedTimestamps': true}"),
                Harness.trace(null, new double[][] {t}, new double[][] {wave(2000, 0)}));
        assertEquals(List.of("Time (ms)", "timestamp", "Naive", "Naive-hi-80", "Naive-hi-90", "Naive-lo-80",
                "Naive-lo-90"), out.getSpec().columnNames());
        // the seed's forecast files start at 2000 x 25 ms = 50 s
        assertEquals("2023-01-01 00:00:50.000",
                ((org.spikeflow.core.data.StringColumn) out.getColumn("timestamp")).get(0));
        assertEquals("2023-01-01 00:00:50.025",
                ((org.spikeflow.core.data.StringColumn) out.getColumn("timestamp")).get(1));
    }

    @Test
    void severalNeuronsWithContextLengthAndLevels() throws Exception {
        double[] t = Harness.times(0, 0.5, 120);
        double[] y1 = wave(120, 0);
        double[] y2 = wave(120, 1.3);
        DataTable out = Harness.run(node("{'model': 'drift', 'h': 4, 'levels': [95, 50], 'contextLength': 60}"),
                Harness.trace(new int[] {3, 7}, new double[][] {t, t}, new double[][] {y1, y2}));
        assertEquals(List.of("Time (ms)", "Neuron", "Drift", "Drift-hi-50", "Drift-hi-95", "Drift-lo-50",
                "Drift-lo-95"), out.getSpec().columnNames());
        assertEquals(8, out.getRowCount());
        assertArrayEquals(new int[] {3, 3, 3, 3, 7, 7, 7, 7}, ((IntColumn) out.getColumn("Neuron")).toArray());
        double[] next = Harness.times(60, 0.5, 4);
        assertArrayEquals(next, slice(doubles(out, "Time (ms)"), 0, 4), 1e-9);
        assertArrayEquals(next, slice(doubles(out, "Time (ms)"), 4, 8), 1e-9);
        double[][] ys = {y1, y2};
        for (int k = 0; k < 2; k++) {
            Forecast direct = Forecasters.drift().forecast(slice(ys[k], 60, 120), 0.5, 4, 50, 95);
            for (String c : direct.columnNames()) {
                assertArrayEquals(direct.column(c), slice(doubles(out, c), 4 * k, 4 * k + 4), 1e-12, c);
            }
        }
    }

    @Test
    void defaultModelIsTheIzhikevichEnsemble() throws Exception {
        Node node = node("{'h': 5, 'levels': [80]}");
        DataTable in = Harness.trace(null, new double[][] {Harness.times(0, 0.25, 40)},
                new double[][] {wave(40, 0)});
        assertEquals(List.of("Time (ms)", "IzhikevichEnsemble", "IzhikevichEnsemble-hi-80",
                "IzhikevichEnsemble-lo-80"),
                ((org.spikeflow.core.data.DataTableSpec) Harness.configure(node, in)[0]).columnNames());
    }

    @Test
    void izhikevichFitColumns() throws Exception {
        Node node = node("{'model': 'izhikevichfit', 'h': 5, 'levels': [80]}");
        DataTable in = Harness.trace(null, new double[][] {Harness.times(0, 0.25, 40)},
                new double[][] {wave(40, 0)});
        assertEquals(List.of("Time (ms)", "IzhikevichFit", "IzhikevichFit-hi-80", "IzhikevichFit-lo-80"),
                ((org.spikeflow.core.data.DataTableSpec) Harness.configure(node, in)[0]).columnNames());
    }

    @Test
    void missingValueColumnFailsAtConfigure() throws Exception {
        Node node = node("{'valueColumn': 'v'}");
        DataTable in = Harness.trace(null, new double[][] {{0, 1}}, new double[][] {{1, 2}});
        InvalidSettingsException e = assertThrows(InvalidSettingsException.class, () -> Harness.configure(node, in));
        assertEquals(true, e.getMessage().contains("'v'"), e.getMessage());
    }

    private static LocalModel modelAfterMigration(String settingsJson, int version) throws Exception {
        Node node = node(null);
        SettingsHandler<?> handler = node.getSettingsHandler();
        node.loadSettings(handler.migrate((ObjectNode) SettingsHandler.MAPPER.readTree(settingsJson), version));
        return ((LocalForecasterNodeSettings) node.getSettings()).model;
    }

    /**
     * Settings version 2: the default model became izhikevichensemble. A version-1 file that names no model meant
     * izhikevichfit (the default of its time) and keeps it; a named model stays; version 2 defaults to the ensemble.
     */
    @Test
    void version1FilesWithoutAModelKeepIzhikevichFit() throws Exception {
        assertEquals(2, node(null).getSettingsHandler().currentVersion());
        assertEquals(LocalModel.IZHIKEVICH_FIT, modelAfterMigration("{\"h\": 5}", 1));
        assertEquals(LocalModel.ETS, modelAfterMigration("{\"model\": \"ets\"}", 1));
        assertEquals(LocalModel.IZHIKEVICH_ENSEMBLE, modelAfterMigration("{\"model\": \"izhikevichensemble\"}", 1));
        assertEquals(LocalModel.IZHIKEVICH_ENSEMBLE, modelAfterMigration("{\"h\": 5}", 2));
        assertEquals(LocalModel.IZHIKEVICH_ENSEMBLE, ((LocalForecasterNodeSettings) node(null).getSettings()).model);
    }

    /** The same through workflow files: an old file (no settingsVersion) and a new one, both without a model. */
    @Test
    void workflowFilesWithoutAModelForecastWithTheDefaultOfTheirVersion(@TempDir Path folder) throws Exception {
        NodeRepository repository = NodeRepository.awaitService(Duration.ofSeconds(10));
        DataTable in = Harness.trace(null, new double[][] {Harness.times(0, 0.25, 40)},
                new double[][] {wave(40, 0)});
        String[] versions = {"", "\"settingsVersion\": 2, "};
        String[] expected = {"IzhikevichFit", "IzhikevichEnsemble"};
        for (int k = 0; k < 2; k++) {
            Path file = folder.resolve("v" + k + ".spikeflow.json");
            Files.writeString(file, "{\"format\": \"spikeflow-workflow\", \"formatVersion\": 1, \"nodes\": [{\"id\":"
                    + " \"physics\", \"type\": \"" + LocalForecasterNodeFactory.ID + "\", " + versions[k]
                    + "\"settings\": {\"h\": 5, \"levels\": [80]}}]}");
            WorkflowManager workflow = WorkflowManager.load(file, repository);
            Node node = workflow.getNode("physics").getNode();
            String m = expected[k];
            assertEquals(List.of("Time (ms)", m, m + "-hi-80", m + "-lo-80"),
                    ((DataTableSpec) Harness.configure(node, in)[0]).columnNames());
            JsonNode saved = SettingsHandler.MAPPER.readTree(workflow.toJson()).get("nodes").get(0);
            assertEquals(2, saved.get("settingsVersion").asInt(), saved.toString());
            if (k == 0) {
                assertEquals("izhikevichfit", saved.get("settings").get("model").asText(),
                        "the migrated model is saved");
            }
        }
    }
}
