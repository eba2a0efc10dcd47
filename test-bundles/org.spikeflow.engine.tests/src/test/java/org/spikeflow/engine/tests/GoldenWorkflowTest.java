package org.spikeflow.engine.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.spikeflow.core.flowvar.FlowVariable;
import org.spikeflow.core.settings.SettingsHandler;
import org.spikeflow.engine.ExecutionOptions;
import org.spikeflow.engine.ExecutionResult;
import org.spikeflow.engine.NodeRepository;
import org.spikeflow.engine.WorkflowManager;
import org.spikeflow.engine.tests.nodes.TestRepository;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;

/**
 * Workflow files are a public format: the six example workflows as Spikeflow 0.1 shipped them
 * ({@code golden/0.1/shipped}, frozen copies of workflows/) and as Spikeflow 0.1 saved them ({@code golden/0.1/saved})
 * must load, save byte-identically (each in its own form), and run, in every later version. Only nodes whose settings
 * were migrated since may differ, and then only by their migration.
 */
class GoldenWorkflowTest {
    private static final ObjectMapper JSON = new ObjectMapper();
    private final NodeRepository repository = TestRepository.platform();

    private static Path goldenFolder() {
        String base = System.getProperty("spikeflow.test.basedir");
        Path root = base != null ? Path.of(base) : Path.of("").toAbsolutePath();
        return root.resolve("golden/0.1");
    }

    private static Path golden(String kind, String name) {
        return goldenFolder().resolve(kind).resolve(name + ".spikeflow.json");
    }

    @Test
    void theGoldenFilesAreAsSpikeflow01WroteThem() throws Exception {
        List<String> sums = Files.readAllLines(goldenFolder().resolve("SHA256SUMS"));
        assertEquals(12, sums.size());
        for (String line : sums) {
            String[] sumAndFile = line.split(" +", 2);
            byte[] content = Files.readAllBytes(goldenFolder().resolve(sumAndFile[1]));
            assertEquals(sumAndFile[0], HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(content)),
                    sumAndFile[1] + " was changed; golden files are never edited");
        }
    }

    private WorkflowManager load(String kind, String name) throws Exception {
        return WorkflowManager.load(golden(kind, name), repository);
    }

    @ParameterizedTest
    @ValueSource(strings = {"loop-basics", "neuron-types", "feature-gallery", "parameter-sweep", "forecasting",
            "generative-loop"})
    void shippedFilesSaveAsTheyWereShipped(String name) throws Exception {
        // nodes whose settings did not change keep the file's own (hand-written, shorter) form
        WorkflowManager workflow = load("shipped", name);
        assertSavedAs(Files.readString(golden("shipped", name)), workflow);
    }

    @ParameterizedTest
    @ValueSource(strings = {"loop-basics", "neuron-types", "feature-gallery", "parameter-sweep", "forecasting",
            "generative-loop"})
    void filesSavedBySpikeflow01SaveTheSame(String name) throws Exception {
        WorkflowManager workflow = load("saved", name);
        assertSavedAs(Files.readString(golden("saved", name)), workflow);
    }

    /**
     * Byte-identical to {@code expected} unless some node's settings version is behind its node's current one; then
     * everything but those nodes is identical, those nodes hold their migrated settings under the current version, and
     * saving once more changes nothing.
     */
    private void assertSavedAs(String expected, WorkflowManager workflow) throws Exception {
        String actual = workflow.toJson();
        ObjectNode expectedRoot = (ObjectNode) JSON.readTree(expected);
        ObjectNode actualRoot = (ObjectNode) JSON.readTree(actual);
        List<String> migrated = new ArrayList<>();
        JsonNode expectedNodes = expectedRoot.remove("nodes");
        JsonNode actualNodes = actualRoot.remove("nodes");
        assertEquals(expectedNodes.size(), actualNodes.size());
        for (int i = 0; i < expectedNodes.size(); i++) {
            ObjectNode before = (ObjectNode) expectedNodes.get(i).deepCopy();
            ObjectNode after = (ObjectNode) actualNodes.get(i).deepCopy();
            SettingsHandler<?> handler = workflow.getNode(before.get("id").asText()).getNode().getSettingsHandler();
            int version = before.path("settingsVersion").asInt(1);
            boolean changedByMigration = before.has("settings")
                    && !handler.migrate((ObjectNode) before.get("settings").deepCopy(), version)
                            .equals(before.get("settings"));
            if (version < handler.currentVersion() && changedByMigration) {
                migrated.add(before.get("id").asText());
                assertEquals(handler.currentVersion(), after.remove("settingsVersion").asInt());
                ObjectNode migratedSettings = handler.migrate((ObjectNode) before.remove("settings"), version);
                ObjectNode savedSettings = (ObjectNode) after.remove("settings");
                // a migrated node is saved in full: every setting the file had holds its migrated value
                migratedSettings.fields().forEachRemaining(setting -> assertEquals(setting.getValue(),
                        savedSettings.get(setting.getKey()), before.get("id").asText() + "." + setting.getKey()));
                before.remove("settingsVersion");
            }
            assertEquals(before, after);
        }
        assertEquals(expectedRoot, actualRoot);
        if (migrated.isEmpty()) {
            assertEquals(expected, actual, "no node was migrated: the file saves byte-identically");
        } else {
            Path again = Files.createTempFile("golden", ".spikeflow.json");
            try {
                Files.writeString(again, actual);
                assertEquals(actual, WorkflowManager.load(again, repository).toJson(), "migrated " + migrated);
            } finally {
                Files.delete(again);
            }
        }
    }

    private static void assertRuns(WorkflowManager workflow, Path output, String... files) throws Exception {
        ExecutionResult result = workflow.executeAll(ExecutionOptions.defaults().withOutputDirectory(output));
        assertTrue(result.success(), result.toString());
        for (String file : files) {
            Path written = output.resolve(file);
            assertTrue(Files.size(written) > 0, written + " is empty");
        }
    }

    @Test
    void loopBasicsRuns(@TempDir Path output) throws Exception {
        assertRuns(load("shipped", "loop-basics"), output, "output/loop-basics/neurons-per-cycle.csv");
        // 12 neuron types per cycle, 3 cycles, one header line
        assertEquals(1 + 12 * 3, Files.readAllLines(output.resolve("output/loop-basics/neurons-per-cycle.csv")).size());
    }

    @Test
    void neuronTypesRuns(@TempDir Path output) throws Exception {
        assertRuns(load("shipped", "neuron-types"), output, "output/neuron-types/data/Regular_Spiking_RS.csv",
                "output/neuron-types/data/Mixed_Mode.csv", "output/neuron-types/summary.csv",
                "output/neuron-types/neuron_types_grid.png", "output/neuron-types/neuron_types_grid.svg");
    }

    @Test
    void featureGalleryRuns(@TempDir Path output) throws Exception {
        assertRuns(load("shipped", "feature-gallery"), output, "output/feature-gallery/data/A-tonic-spiking.csv",
                "output/feature-gallery/data/T-inhibition-induced-bursting.csv",
                "output/feature-gallery/feature_gallery_grid.png");
    }

    @Test
    void parameterSweepRuns(@TempDir Path output) throws Exception {
        assertRuns(load("shipped", "parameter-sweep"), output, "output/parameter-sweep/parameters.csv",
                "output/parameter-sweep/traces.csv", "output/parameter-sweep/summary.csv",
                "output/parameter-sweep/parameter_sweep.png", "output/parameter-sweep/grid/summary.csv",
                "output/parameter-sweep/grid/fi_curves.png");
    }

    @Test
    void forecastingRuns(@TempDir Path output) throws Exception {
        assertRuns(load("shipped", "forecasting"), output, "output/forecasting/scores.csv",
                "output/forecasting/forecasts/forecast_Regular_Spiking_RS.csv",
                "output/forecasting/comparison_plots/Regular_Spiking_RS_comparison.png");
    }

    @Test
    void generativeLoopRunsOneCycle(@TempDir Path output) throws Exception {
        WorkflowManager workflow = load("shipped", "generative-loop");
        workflow.setWorkflowVariable(FlowVariable.ofInt("cycles", 1));
        assertRuns(workflow, output, "output/generative-loop/cycle_1/simulation.csv",
                "output/generative-loop/cycle_1/forecast.csv", "output/generative-loop/cycle_1/forecast_corrected.csv",
                "output/generative-loop/metrics.csv", "output/generative-loop/lstm-residual-model.zip");
    }
}
