package org.spikeflow.nodes.forecast.tests;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.spikeflow.testing.NodeTesting.doubles;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.spikeflow.core.data.DataTable;
import org.spikeflow.core.data.DataTableBuilder;
import org.spikeflow.core.data.DataTableSpec;
import org.spikeflow.core.data.DataType;
import org.spikeflow.core.flowvar.FlowVariable;
import org.spikeflow.core.runtime.Node;
import org.spikeflow.core.settings.InvalidSettingsException;
import org.spikeflow.core.settings.SettingsHandler;
import org.spikeflow.engine.NodeRepository;
import org.spikeflow.engine.WorkflowManager;
import org.spikeflow.nodes.forecast.internal.parameterupdate.ParameterUpdateNodeFactory;
import org.spikeflow.nodes.forecast.internal.parameterupdate.ParameterUpdateNodeSettings;
import org.spikeflow.nodes.forecast.internal.parameterupdate.UpdateRule;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import org.spikeflow.testing.NodeTesting;

/** The generative loop's parameter update: the seed's rule, state continuation, refit, errors. */
class ParameterUpdateNodeTest {

    /** What the Izhikevich Simulator's summary holds (the columns the node reads, plus others it ignores). */
    static DataTable summary(double[]... rows) {
        DataTableBuilder b = new DataTableBuilder(DataTableSpec.of("Neuron", DataType.INT, "Spike count", DataType.INT,
                "Final v (mV)", DataType.DOUBLE, "Final u", DataType.DOUBLE, "a", DataType.DOUBLE, "b",
                DataType.DOUBLE, "c", DataType.DOUBLE, "d", DataType.DOUBLE, "I", DataType.DOUBLE));
        for (int i = 0; i < rows.length; i++) {
            double[] r = rows[i];
            b.appendRow(i, 3, r[0], r[1], r[2], r[3], r[4], r[5], r[6]);
        }
        return b.build();
    }

    /** A forecast table with one model column (IzhikevichFit and its 80 % bounds). */
    static DataTable forecast(int[] neurons, double[][] means) {
        DataTableBuilder b = new DataTableBuilder(DataTableSpec.of("Time (ms)", DataType.DOUBLE, "Neuron", DataType.INT,
                "IzhikevichFit", DataType.DOUBLE, "IzhikevichFit-hi-80", DataType.DOUBLE, "IzhikevichFit-lo-80",
                DataType.DOUBLE));
        for (int n = 0; n < neurons.length; n++) {
            for (int k = 0; k < means[n].length; k++) {
                b.appendRow(500 + 0.25 * k, neurons[n], means[n][k], means[n][k] + 1, means[n][k] - 1);
            }
        }
        return b.build();
    }

    @Test
    void seedRuleSetsTheCurrentFromTheForecastAndContinuesTheState() throws Exception {
        Node node = NodeTesting.node(new ParameterUpdateNodeFactory(), "{}");
        DataTable next = Harness.run(node, summary(new double[] {-61.5, -12.25, 0.02, 0.2, -65, 8, 10}),
                forecast(new int[] {0}, new double[][] {{-70, 30, -50, -60}}), null);
        assertEquals(List.of("a", "b", "c", "d", "I", "v0", "u0"), next.getSpec().columnNames());
        // single_neuron.py: I = mean(|forecast|) * 0.1 + 5 = 52.5 * 0.1 + 5
        assertArrayEquals(new double[] {10.25}, doubles(next, "I"), 1e-12);
        assertArrayEquals(new double[] {0.02}, doubles(next, "a"), 0);
        assertArrayEquals(new double[] {-61.5}, doubles(next, "v0"), 0);
        assertArrayEquals(new double[] {-12.25}, doubles(next, "u0"), 0);
        FlowVariable current = node.getOutgoingFlowStack().find("I").orElseThrow();
        assertEquals(10.25, current.getDoubleValue(), 1e-12);
    }

    @Test
    void restartLikeTheSeedAndSeveralNeuronsMatchedByNeuron() throws Exception {
        Node node = NodeTesting.node(new ParameterUpdateNodeFactory(),
                "{'continueState': false, 'gain': 0.2, 'offset': 1}");
        DataTable next = Harness.run(node,
                summary(new double[] {-61.5, -12.25, 0.02, 0.2, -65, 8, 10},
                        new double[] {-50, -3, 0.1, 0.25, -65, 2, 10}),
                // the forecast lists neuron 1 first: matching is by the Neuron column, not by order
                forecast(new int[] {1, 0}, new double[][] {{-10, -30}, {-60, -80}}), null);
        assertArrayEquals(new double[] {0.2 * 70 + 1, 0.2 * 20 + 1}, doubles(next, "I"), 1e-12);
        assertArrayEquals(new double[] {-65, -65}, doubles(next, "v0"), 0);
        assertArrayEquals(new double[] {0.2 * -65, 0.25 * -65}, doubles(next, "u0"), 1e-12);
    }

    @Test
    void refitRecoversTheParametersOfTheActualTrace() throws Exception {
        // the actual trace: an Izhikevich neuron (a, b, c, d, I) = (0.02, 0.2, -55, 4, 10) by the seed's numpy
        // arithmetic, independent of the simulator
        int n = 2000;
        double[] v = new double[n];
        double[] u = new double[n];
        v[0] = -65;
        u[0] = 0.2 * -65;
        for (int i = 0; i < n - 1; i++) {
            v[i + 1] = v[i] + (0.04 * (v[i] * v[i]) + 5 * v[i] + 140 - u[i] + 10) * 0.25;
            u[i + 1] = u[i] + 0.02 * (0.2 * v[i] - u[i]) * 0.25;
            if (v[i + 1] >= 30) {
                v[i] = 30;
                v[i + 1] = -55;
                u[i + 1] += 4;
            }
        }
        DataTable actual = Harness.trace(null, new double[][] {Harness.times(0, 0.25, n)}, new double[][] {v});
        Node node = NodeTesting.node(new ParameterUpdateNodeFactory(), "{'rule': 'refit'}");
        // the current parameters are those of RS: the refit must move c and d to IB's
        DataTable next = Harness.run(node, summary(new double[] {-60, -10, 0.02, 0.2, -65, 8, 10}), null, actual);
        assertEquals(0.02, doubles(next, "a")[0], 1e-6);
        assertEquals(0.2, doubles(next, "b")[0], 1e-6);
        assertEquals(-55, doubles(next, "c")[0], 1e-4);
        assertEquals(4, doubles(next, "d")[0], 1e-4);
        assertEquals(10, doubles(next, "I")[0], 1e-4);
    }

    @Test
    void missingInputsAndColumnsAreNamed() throws Exception {
        Node seed = NodeTesting.node(new ParameterUpdateNodeFactory(), "{}");
        DataTable s = summary(new double[] {-61.5, -12.25, 0.02, 0.2, -65, 8, 10});
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
                () -> Harness.run(seed, s, null, null));
        assertTrue(e.getMessage().contains("needs the forecast table (input 1)"), e.getMessage());

        DataTable noState = new DataTableBuilder(DataTableSpec.of("a", DataType.DOUBLE)).appendRow(0.02).build();
        InvalidSettingsException c = assertThrows(InvalidSettingsException.class,
                () -> Harness.configure(NodeTesting.node(new ParameterUpdateNodeFactory(), "{}"), noState, null, null));
        assertTrue(c.getMessage().contains("numeric column 'b'"), c.getMessage());

        Node wrongColumn = NodeTesting.node(new ParameterUpdateNodeFactory(), "{'forecastColumn': 'TimeGPT'}");
        c = assertThrows(InvalidSettingsException.class, () -> Harness.configure(wrongColumn, s,
                forecast(new int[] {0}, new double[][] {{1}}), null));
        assertTrue(c.getMessage().contains("no numeric column 'TimeGPT'"), c.getMessage());
    }

    /** Settings version 2: fitTimeLimitMillis (ms) became fitTimeLimitSeconds (s); files of version 1 keep loading. */
    @Test
    void aFitTimeLimitInMillisecondsFromVersion1LoadsAsSeconds(@TempDir Path folder) throws Exception {
        Node node = NodeTesting.node(new ParameterUpdateNodeFactory(), null);
        SettingsHandler<?> handler = node.getSettingsHandler();
        assertEquals(2, handler.currentVersion());
        ObjectNode version1 = (ObjectNode) SettingsHandler.MAPPER.readTree(
                "{\"rule\": \"refit\", \"fitTimeLimitMillis\": 1500}");
        node.loadSettings(handler.migrate(version1, 1));
        ParameterUpdateNodeSettings settings = (ParameterUpdateNodeSettings) node.getSettings();
        assertEquals(1.5, settings.fitTimeLimitSeconds, 0);
        assertEquals(UpdateRule.REFIT, settings.rule);

        // through a workflow file as Spikeflow 0.1 wrote it (no settingsVersion): saved again as version 2
        Path file = folder.resolve("old.spikeflow.json");
        Files.writeString(file, "{\"format\": \"spikeflow-workflow\", \"formatVersion\": 1, \"nodes\": [{\"id\":"
                + " \"update\", \"type\": \"" + ParameterUpdateNodeFactory.ID + "\", \"settings\":"
                + " {\"fitTimeLimitMillis\": 20000}}]}");
        WorkflowManager workflow = WorkflowManager.load(file, NodeRepository.awaitService(Duration.ofSeconds(10)));
        JsonNode saved = SettingsHandler.MAPPER.readTree(workflow.toJson()).get("nodes").get(0);
        assertEquals(2, saved.get("settingsVersion").asInt());
        assertEquals(20.0, saved.get("settings").get("fitTimeLimitSeconds").asDouble(), 0);
        assertFalse(saved.get("settings").has("fitTimeLimitMillis"));
    }
}
