package org.spikeflow.ui.internal;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import com.fasterxml.jackson.databind.JsonNode;

/** The API against a running server: open, commands, undo/redo, save, execute with events, output views. */
class ApiTest {
    @TempDir
    Path workspace;
    TestServer test;

    @BeforeEach
    void start() throws Exception {
        TestServer.copyExamples(workspace);
        test = new TestServer(workspace, "loop-basics.spikeflow.json");
    }

    @AfterEach
    void stop() {
        test.close();
    }

    private String open(String path) throws Exception {
        return test.postJson("/api/workflows/open", "{\"path\":\"" + path + "\"}").path("id").asText();
    }

    private JsonNode node(JsonNode snapshot, String id) {
        for (JsonNode node : snapshot.path("nodes")) {
            if (node.path("id").asText().equals(id)) {
                return node;
            }
        }
        return null;
    }

    @Test
    void sessionNodesPortTypesAndWorkflowList() throws Exception {
        JsonNode session = test.getJson("/api/session");
        assertEquals(workspace.toRealPath().toString(), session.path("workspace").asText());
        assertEquals("loop-basics.spikeflow.json", session.path("initialWorkflow").asText());

        JsonNode nodes = test.getJson("/api/nodes");
        JsonNode simulator = null;
        for (JsonNode node : nodes) {
            if (node.path("type").asText().equals("org.spikeflow.nodes.izhikevich.simulator")) {
                simulator = node;
            }
        }
        assertTrue(simulator != null, "the simulator is in the repository");
        assertEquals(3, simulator.path("outPorts").size());
        assertEquals("org.spikeflow.table", simulator.path("outPorts").get(0).path("type").asText());
        assertEquals(200.0, simulator.path("defaultSettings").path("duration").asDouble());
        assertTrue(simulator.path("settingsSchema").path("properties").has("duration"));
        assertFalse(simulator.path("category").asText().startsWith("/"));

        JsonNode portTypes = test.getJson("/api/porttypes");
        JsonNode table = null;
        for (JsonNode type : portTypes) {
            if (type.path("id").asText().equals("org.spikeflow.table")) {
                table = type;
            }
        }
        assertTrue(table != null);
        List<String> targets = new ArrayList<>();
        table.path("connectableTo").forEach(t -> targets.add(t.asText()));
        assertTrue(targets.contains("org.spikeflow.table"));
        assertFalse(targets.contains("org.spikeflow.image"));

        Files.createDirectories(workspace.resolve("sub/output"));
        Files.copy(workspace.resolve("loop-basics.spikeflow.json"), workspace.resolve("sub/copy.spikeflow.json"));
        Files.copy(workspace.resolve("loop-basics.spikeflow.json"), workspace.resolve("sub/output/x.spikeflow.json"));
        Files.createDirectories(workspace.resolve(".hidden"));
        Files.copy(workspace.resolve("loop-basics.spikeflow.json"), workspace.resolve(".hidden/h.spikeflow.json"));
        Set<String> listed = new HashSet<>();
        test.getJson("/api/workflows").forEach(w -> listed.add(w.path("path").asText()));
        Set<String> expected = new HashSet<>();
        try (var files = Files.list(TestServer.examplesFolder())) {
            files.map(f -> f.getFileName().toString()).filter(n -> n.endsWith(".spikeflow.json"))
                    .forEach(expected::add);
        }
        expected.add("sub/copy.spikeflow.json");
        assertEquals(expected, listed);
    }

    @Test
    void openReturnsTheEnginesGraphAndTheSameIdTwice() throws Exception {
        JsonNode snapshot = test.postJson("/api/workflows/open", "{\"path\":\"loop-basics.spikeflow.json\"}");
        JsonNode file = Json.MAPPER.readTree(workspace.resolve("loop-basics.spikeflow.json").toFile());
        assertEquals(file.path("nodes").size(), snapshot.path("nodes").size());
        assertEquals(file.path("connections").size(), snapshot.path("connections").size());
        assertEquals(file.path("name").asText(), snapshot.path("name").asText());
        assertFalse(snapshot.path("dirty").asBoolean());
        JsonNode first = file.path("nodes").get(0);
        JsonNode node = node(snapshot, first.path("id").asText());
        assertEquals(first.path("type").asText(), node.path("type").asText());
        assertEquals(file.path("layout").path(first.path("id").asText()).path("x").asInt(),
                node.path("position").path("x").asInt());
        assertEquals(snapshot.path("id").asText(), open("loop-basics.spikeflow.json"));
        JsonNode listed = test.getJson("/api/workflows");
        for (JsonNode w : listed) {
            assertEquals(w.path("path").asText().equals("loop-basics.spikeflow.json"), w.path("open").asBoolean());
        }
    }

    @Test
    void commandsAreAtomicAndUndoRedoRestoreTheGraph() throws Exception {
        String wid = open("loop-basics.spikeflow.json");
        String before = test.getJson("/api/workflows/" + wid).toString();
        JsonNode added = test.postJson("/api/workflows/" + wid + "/commands", """
                {"label": "Add simulator", "ops": [
                  {"op": "addNode", "type": "org.spikeflow.nodes.izhikevich.simulator", "x": 10, "y": 20},
                  {"op": "addNode", "type": "org.spikeflow.nodes.izhikevich.simulator", "id": "sim2", "x": 50,
                   "y": 60, "settings": {"duration": 50}}]}""");
        JsonNode n1 = node(added, "n1");
        assertEquals(10, n1.path("position").path("x").asInt());
        assertEquals(50.0, node(added, "sim2").path("settings").path("duration").asDouble());
        assertTrue(added.path("dirty").asBoolean());
        assertEquals("Add simulator", added.path("undoLabel").asText());

        // An incompatible connection fails the whole command: nothing of it stays.
        HttpResponse<String> bad = test.post("/api/workflows/" + wid + "/commands", """
                {"label": "Bad", "ops": [
                  {"op": "moveNodes", "moves": [{"id": "n1", "x": 500, "y": 500}]},
                  {"op": "connect", "from": "n1:0", "to": "sim2:7"}]}""");
        assertEquals(400, bad.statusCode());
        JsonNode error = TestServer.json(bad);
        assertEquals("ops.1", error.path("details").get(0).path("path").asText());
        JsonNode after = test.getJson("/api/workflows/" + wid);
        assertEquals(10, node(after, "n1").path("position").path("x").asInt());
        assertEquals("Add simulator", after.path("undoLabel").asText());

        JsonNode connected = test.postJson("/api/workflows/" + wid + "/commands", """
                {"label": "Connect", "ops": [{"op": "connect", "from": "n1:2", "to": "sim2:0"},
                  {"op": "moveNodes", "moves": [{"id": "n1", "x": 300, "y": 400}]},
                  {"op": "setSettings", "node": "n1", "settings": {"duration": 80}}]}""");
        assertTrue(connected.toString().contains("\"from\":\"n1:2\",\"to\":\"sim2:0\""));
        assertEquals(80.0, node(connected, "n1").path("settings").path("duration").asDouble());

        JsonNode undone = test.postJson("/api/workflows/" + wid + "/undo", "");
        assertFalse(undone.toString().contains("\"from\":\"n1:2\""));
        assertEquals(10, node(undone, "n1").path("position").path("x").asInt());
        assertEquals(200.0, node(undone, "n1").path("settings").path("duration").asDouble());
        assertTrue(undone.path("canRedo").asBoolean());
        JsonNode redone = test.postJson("/api/workflows/" + wid + "/redo", "");
        assertEquals(connected.path("nodes"), redone.path("nodes"));
        assertEquals(connected.path("connections"), redone.path("connections"));

        test.postJson("/api/workflows/" + wid + "/undo", "");
        JsonNode original = test.postJson("/api/workflows/" + wid + "/undo", "");
        assertFalse(original.path("dirty").asBoolean(), "undoing everything gives the saved file back");
        assertFalse(original.path("canUndo").asBoolean());
        assertEquals(Json.MAPPER.readTree(before).path("nodes"), original.path("nodes"));
        assertEquals(409, test.post("/api/workflows/" + wid + "/undo", "").statusCode());
    }

    @Test
    void removeNodesIsUndoneWithItsConnectionsAndSettings() throws Exception {
        String wid = open("loop-basics.spikeflow.json");
        JsonNode before = test.getJson("/api/workflows/" + wid);
        String victim = before.path("connections").get(0).path("to").asText().split(":")[0];
        JsonNode removed = test.postJson("/api/workflows/" + wid + "/commands",
                "{\"label\":\"Delete\",\"ops\":[{\"op\":\"removeNodes\",\"ids\":[\"" + victim + "\"]}]}");
        assertEquals(null, node(removed, victim));
        assertFalse(removed.path("connections").toString().contains(victim + ":"));
        JsonNode restored = test.postJson("/api/workflows/" + wid + "/undo", "");
        assertEquals(node(before, victim).path("settings"), node(restored, victim).path("settings"));
        assertEquals(node(before, victim).path("position"), node(restored, victim).path("position"));
        Set<String> beforeConnections = new HashSet<>();
        before.path("connections").forEach(c -> beforeConnections.add(c.path("id").asText()));
        Set<String> restoredConnections = new HashSet<>();
        restored.path("connections").forEach(c -> restoredConnections.add(c.path("id").asText()));
        assertEquals(beforeConnections, restoredConnections);
        assertFalse(restored.path("dirty").asBoolean(), "undoing the delete gives the saved content back");
        // Saving now writes the same content: the node's settings in the file's own form, the node at the end.
        test.postJson("/api/workflows/" + wid + "/save", "");
        JsonNode file = Json.MAPPER.readTree(workspace.resolve("loop-basics.spikeflow.json").toFile());
        JsonNode original = Json.MAPPER.readTree(TestServer.examplesFolder().resolve("loop-basics.spikeflow.json")
                .toFile());
        assertEquals(WorkflowSession.comparable(original), WorkflowSession.comparable(file));
    }

    @Test
    void openAndSaveWithoutChangesKeepsEveryExampleByteIdentical() throws Exception {
        List<String> examples = new ArrayList<>();
        test.getJson("/api/workflows").forEach(w -> examples.add(w.path("path").asText()));
        assertTrue(examples.size() >= 5, examples.toString());
        for (String example : examples) {
            byte[] original = Files.readAllBytes(workspace.resolve(example));
            String wid = open(example);
            JsonNode saved = test.postJson("/api/workflows/" + wid + "/save", "");
            assertFalse(saved.path("dirty").asBoolean());
            assertSameText(example, original, Files.readAllBytes(workspace.resolve(example)));
        }
    }

    /** Byte equality, reporting the first line that differs. */
    private static void assertSameText(String what, byte[] expected, byte[] actual) {
        if (java.util.Arrays.equals(expected, actual)) {
            return;
        }
        String[] want = new String(expected, java.nio.charset.StandardCharsets.UTF_8).split("\n", -1);
        String[] got = new String(actual, java.nio.charset.StandardCharsets.UTF_8).split("\n", -1);
        for (int i = 0; i < Math.max(want.length, got.length); i++) {
            String a = i < want.length ? want[i] : "<end>";
            String b = i < got.length ? got[i] : "<end>";
            if (!a.equals(b)) {
                throw new AssertionError(what + " differs at line " + (i + 1) + ": expected [" + a + "] but was ["
                        + b + "]");
            }
        }
        throw new AssertionError(what + " differs in its bytes");
    }

    @Test
    void saveAsNewAndConflicts() throws Exception {
        String wid = open("loop-basics.spikeflow.json");
        assertEquals(409, test.post("/api/workflows/" + wid + "/save-as",
                "{\"path\":\"neuron-types.spikeflow.json\"}").statusCode());
        JsonNode saved = test.postJson("/api/workflows/" + wid + "/save-as",
                "{\"path\":\"copies/loop.spikeflow.json\"}");
        assertEquals("copies/loop.spikeflow.json", saved.path("path").asText());
        assertSameText("copies/loop.spikeflow.json",
                Files.readAllBytes(workspace.resolve("loop-basics.spikeflow.json")),
                Files.readAllBytes(workspace.resolve("copies/loop.spikeflow.json")));

        assertEquals(409, test.post("/api/workflows/new", "{\"path\":\"loop-basics.spikeflow.json\"}").statusCode());
        JsonNode created = test.postJson("/api/workflows/new",
                "{\"path\":\"fresh.spikeflow.json\",\"name\":\"Fresh\"}");
        assertTrue(created.path("dirty").asBoolean());
        assertFalse(Files.exists(workspace.resolve("fresh.spikeflow.json")), "created on first save");
        String fresh = created.path("id").asText();
        test.postJson("/api/workflows/" + fresh + "/commands", """
                {"label": "Add", "ops": [{"op": "addNode", "type": "org.spikeflow.nodes.izhikevich.simulator",
                  "x": 1, "y": 2}]}""");
        test.postJson("/api/workflows/" + fresh + "/save", "");
        JsonNode file = Json.MAPPER.readTree(workspace.resolve("fresh.spikeflow.json").toFile());
        assertEquals("Fresh", file.path("name").asText());
        assertEquals("org.spikeflow.nodes.izhikevich.simulator", file.path("nodes").get(0).path("type").asText());
        assertEquals(1, file.path("layout").path("n1").path("x").asInt());
    }

    @Test
    void executeSendsNodeStateEventsAndOutputsPage() throws Exception {
        JsonNode created = test.postJson("/api/workflows/new", "{\"path\":\"run.spikeflow.json\"}");
        String wid = created.path("id").asText();
        test.postJson("/api/workflows/" + wid + "/commands", """
                {"label": "Build", "ops": [
                  {"op": "addNode", "type": "org.spikeflow.nodes.izhikevich.simulator", "id": "sim", "x": 0, "y": 0,
                   "settings": {"duration": 100, "dt": 0.5}},
                  {"op": "addNode", "type": "org.spikeflow.nodes.izhikevich.simulator", "id": "idle", "x": 0,
                   "y": 100}]}""");
        List<EventStream.Event> seen = new ArrayList<>();
        try (EventStream events = new EventStream(test, null)) {
            assertEquals(202, test.post("/api/workflows/" + wid + "/execute",
                    "{\"node\":\"sim\",\"mode\":\"node\"}").statusCode());
            EventStream.Event finished = events.await(e -> e.type().equals("executionFinished"), seen);
            assertEquals("success", finished.data().path("status").asText(), seen.toString());
            assertEquals(wid, finished.data().path("workflow").asText());
            List<String> states = new ArrayList<>();
            for (EventStream.Event e : seen) {
                if (e.type().equals("nodeState") && e.data().path("node").asText().equals("sim")) {
                    states.add(e.data().path("state").asText());
                }
            }
            assertEquals("executed", states.get(states.size() - 1), states.toString());
            assertTrue(states.contains("executing"), states.toString());
            for (int i = 1; i < seen.size(); i++) {
                assertTrue(seen.get(i).id() > seen.get(i - 1).id(), "event ids increase");
            }
        }
        JsonNode snapshot = test.getJson("/api/workflows/" + wid);
        assertEquals("executed", node(snapshot, "sim").path("state").asText());
        assertTrue(node(snapshot, "sim").path("executionMillis").isNumber());
        assertEquals("configured", node(snapshot, "idle").path("state").asText(), "only the wanted node ran");

        JsonNode output = test.getJson("/api/workflows/" + wid + "/nodes/sim/outputs/0");
        assertEquals("table", output.path("kind").asText());
        int rows = output.path("rowCount").asInt();
        assertTrue(rows >= 200, "100 ms at dt 0.5: " + rows);
        JsonNode page = test.getJson("/api/workflows/" + wid + "/nodes/sim/outputs/0/rows?offset=10&limit=5");
        assertEquals(10, page.path("offset").asInt());
        assertEquals(5, page.path("rows").size());
        assertEquals(output.path("columns").size(), page.path("rows").get(0).size());
        assertEquals(400, test.get("/api/workflows/" + wid + "/nodes/sim/outputs/0/rows?limit=1001").statusCode());
        assertEquals("none", test.getJson("/api/workflows/" + wid + "/nodes/idle/outputs/0").path("kind").asText());
        assertEquals("flowVariables", test.getJson("/api/workflows/" + wid + "/nodes/sim/outputs/flow")
                .path("kind").asText());

        // Editing an untouched node keeps the executed one executed; undo too.
        test.postJson("/api/workflows/" + wid + "/commands", """
                {"label": "Move", "ops": [{"op": "setSettings", "node": "idle", "settings": {"duration": 20}}]}""");
        JsonNode undone = test.postJson("/api/workflows/" + wid + "/undo", "");
        assertEquals("executed", node(undone, "sim").path("state").asText());

        JsonNode reset = test.postJson("/api/workflows/" + wid + "/reset", "{\"node\":\"sim\"}");
        assertNotEquals("executed", node(reset, "sim").path("state").asText());
    }

    @Test
    void theApiKeyNeverLeavesTheServer() throws Exception {
        String key = "nixak-SECRET-0123456789-do-not-leak";
        String wid = open("loop-basics.spikeflow.json");
        JsonNode snapshot = test.postJson("/api/workflows/" + wid + "/commands",
                "{\"label\":\"Add\",\"ops\":[{\"op\":\"addNode\",\"type\":\"org.spikeflow.nodes.forecast.timegpt\","
                        + "\"id\":\"tg\",\"x\":0,\"y\":0,\"settings\":{\"apiKey\":\"" + key + "\"}}]}");
        assertEquals("set", node(snapshot, "tg").path("settings").path("apiKey").path("$secret").asText());
        // Sending the mask back keeps the key; other settings change.
        snapshot = test.postJson("/api/workflows/" + wid + "/commands", "{\"label\":\"Edit\",\"ops\":[{\"op\":"
                + "\"setSettings\",\"node\":\"tg\",\"settings\":{\"h\":7,\"apiKey\":{\"$secret\":\"set\"}}}]}");
        assertEquals("set", node(snapshot, "tg").path("settings").path("apiKey").path("$secret").asText());
        test.getJson("/api/workflows/" + wid);
        test.getJson("/api/nodes");
        test.postJson("/api/workflows/" + wid + "/undo", "");
        test.postJson("/api/workflows/" + wid + "/redo", "");
        test.postJson("/api/workflows/" + wid + "/copy", "{\"nodes\":[\"tg\"]}");
        test.postJson("/api/workflows/" + wid + "/validate-settings",
                "{\"node\":\"tg\",\"settings\":{\"h\":-5,\"apiKey\":{\"$secret\":\"set\"}}}");
        test.getJson("/api/workflows/" + wid + "/nodes/tg/variables");
        test.getJson("/api/workflows/" + wid + "/nodes/tg/outputs/0");
        test.postJson("/api/workflows/" + wid + "/save-as", "{\"path\":\"with-key.spikeflow.json\"}");
        test.getJson("/api/workflows");
        try (EventStream events = new EventStream(test, "0")) {
            test.postJson("/api/workflows/" + wid + "/execute", "{\"node\":\"tg\",\"mode\":\"node\"}");
            List<EventStream.Event> seen = new ArrayList<>();
            events.await(e -> e.type().equals("executionFinished"), seen);
            assertFalse(seen.toString().contains(key.substring(0, 20)), seen.toString());
        }
        assertTrue(test.responses.size() > 10);
        for (String response : test.responses) {
            assertFalse(response.contains(key.substring(0, 20)), response);
        }
        assertFalse(Files.readString(workspace.resolve("with-key.spikeflow.json")).contains(key));
        assertFalse(test.log.toString().contains(key.substring(0, 20)));
    }
}
