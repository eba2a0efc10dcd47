package org.spikeflow.engine.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.spikeflow.core.data.DataTable;
import org.spikeflow.core.settings.InvalidSettingsException;
import org.spikeflow.engine.ExecutionOptions;
import org.spikeflow.engine.NodeRepository;
import org.spikeflow.engine.WorkflowLoadException;
import org.spikeflow.engine.WorkflowManager;
import org.spikeflow.engine.tests.nodes.TestRepository;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;

/**
 * Settings versions in workflow files, with the test node test.versioned (version 3: "n" became "count", then "percent"
 * became "fraction"): old files load through the node's migration steps, files of a newer node are refused, saved files
 * carry the version, and settings are addressed by their persisted keys everywhere.
 */
class SettingsMigrationWorkflowTest {
    private static final ObjectMapper JSON = new ObjectMapper();
    private final NodeRepository repository = TestRepository.withTestNodes();

    private WorkflowManager loadVersion1() throws Exception {
        return WorkflowManager.load(Fixtures.file("versioned", "version-1.spikeflow.json"), repository);
    }

    private static JsonNode settings(WorkflowManager workflow, String id) {
        return workflow.getNode(id).getNode().getSettingsJson(true);
    }

    @Test
    void nodesOfEveryOlderVersionLoadMigrated() throws Exception {
        WorkflowManager workflow = loadVersion1();
        assertEquals(JSON.readTree("{\"count\": 4, \"fraction\": 0.25, \"label\": \"from version 1\"}"),
                settings(workflow, "old"));
        assertEquals(JSON.readTree("{\"count\": 2, \"fraction\": 0.5, \"label\": \"\"}"), settings(workflow, "middle"));
        assertEquals(JSON.readTree("{\"count\": 3, \"fraction\": 0.75, \"label\": \"\"}"),
                settings(workflow, "current"));
        // the binding of the renamed setting moved along with it
        assertEquals(Map.of("count", "reps"), workflow.getNode("old").getNode().getVariableSettings());
    }

    @Test
    void migratedNodesRunWithTheirOldValues() throws Exception {
        WorkflowManager workflow = loadVersion1();
        assertTrue(workflow.executeAll(ExecutionOptions.defaults()).success());
        DataTable old = (DataTable) workflow.getNode("old").getOutput(0);
        assertEquals(6, old.getColumn("count").getObject(0), "count is bound to the variable reps = 6");
        assertEquals(0.25, old.getColumn("fraction").getObject(0));
        DataTable middle = (DataTable) workflow.getNode("middle").getOutput(0);
        assertEquals(2, middle.getColumn("count").getObject(0));
        assertEquals(0.5, middle.getColumn("fraction").getObject(0));
    }

    @Test
    void savedFilesHoldTheCurrentVersionAndKeysAndLoadUnchanged(@TempDir Path temp) throws Exception {
        Path saved = temp.resolve("saved.spikeflow.json");
        loadVersion1().save(saved);
        JsonNode nodes = JSON.readTree(Files.readString(saved)).get("nodes");
        for (JsonNode node : nodes) {
            assertEquals(3, node.get("settingsVersion").asInt(), node.toString());
            assertTrue(node.get("settings").has("count") && node.get("settings").has("fraction"), node.toString());
            assertFalse(node.get("settings").has("n") || node.get("settings").has("percent")
                    || node.get("settings").has("repetitions"), node.toString());
        }
        assertEquals("reps", nodes.get(0).get("variableSettings").get("count").asText());
        // the key order of a node: id, type, bundle, settingsVersion, settings, variableSettings
        assertEquals("[id, type, bundle, settingsVersion, settings, variableSettings]",
                iterableToString(nodes.get(0).fieldNames()));
        assertEquals(Files.readString(saved), WorkflowManager.load(saved, repository).toJson());
    }

    private static String iterableToString(java.util.Iterator<String> names) {
        java.util.List<String> list = new java.util.ArrayList<>();
        names.forEachRemaining(list::add);
        return list.toString();
    }

    @Test
    void aFileOfANewerNodeIsRefusedNamingNodeAndVersions() {
        Path file = Fixtures.file("versioned", "newer.spikeflow.json");
        WorkflowLoadException error = assertThrows(WorkflowLoadException.class,
                () -> WorkflowManager.load(file, repository));
        assertTrue(error.getMessage().startsWith(file + ":8:7: Node 'future' (Versioned (test)) has settings version"
                + " 4, written by a newer version of bundle '"), error.getMessage());
        assertTrue(error.getMessage().endsWith("the installed one reads settings up to version 3: update it"),
                error.getMessage());
    }

    @Test
    void aSettingsVersionMustBeAPositiveInteger() {
        Path file = Fixtures.file("versioned", "bad-version.spikeflow.json");
        WorkflowLoadException error = assertThrows(WorkflowLoadException.class,
                () -> WorkflowManager.load(file, repository));
        assertEquals(file + ":8:7: \"settingsVersion\" of node 'v' must be a positive integer", error.getMessage());
    }

    @Test
    void aVariableBoundToAValueWhoseRepresentationChangedMustBeRebound() {
        Path file = Fixtures.file("versioned", "converted-binding.spikeflow.json");
        WorkflowLoadException error = assertThrows(WorkflowLoadException.class,
                () -> WorkflowManager.load(file, repository));
        assertTrue(error.getMessage().contains("Setting 'percent' is bound to a flow variable but changed its"
                + " representation (percent (0-100) became fraction (0-1)); bind 'fraction' to a variable with a"
                + " value in the new representation"), error.getMessage());
    }

    @Test
    void anUnknownKeySuggestsTheClosestPersistedKey() {
        Path file = Fixtures.file("versioned", "typo.spikeflow.json");
        WorkflowLoadException error = assertThrows(WorkflowLoadException.class,
                () -> WorkflowManager.load(file, repository));
        assertEquals(file + ":10:9: Invalid settings for node 'v' (Versioned (test)): Unknown setting 'cuont'; did you"
                + " mean 'count'?", error.getMessage());
    }

    @Test
    void setAndBindingsAndTheSchemaUseThePersistedKeyNotTheFieldName() throws Exception {
        WorkflowManager workflow = loadVersion1();
        workflow.setNodeSetting("current", "count", "9");
        assertEquals(9, settings(workflow, "current").get("count").asInt());
        InvalidSettingsException byField = assertThrows(InvalidSettingsException.class,
                () -> workflow.setNodeSetting("current", "repetitions", "9"));
        assertTrue(byField.getMessage().contains("has no setting 'repetitions'"), byField.getMessage());
        assertThrows(InvalidSettingsException.class, () -> workflow.setVariableSetting("current", "repetitions", "x"));
        JsonNode schema = workflow.getNode("current").getNode().getFactory().getDescription().settingsSchema();
        assertTrue(schema.get("properties").has("count"));
        assertFalse(schema.get("properties").has("repetitions"));
        assertEquals(3, schema.get("x-settings-version").asInt());
    }
}
