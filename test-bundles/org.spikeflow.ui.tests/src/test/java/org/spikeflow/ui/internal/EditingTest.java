package org.spikeflow.ui.internal;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
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

/** Copy/paste, annotations, settings validation, missing nodes, images and event resumption. */
class EditingTest {
    @TempDir
    Path workspace;
    TestServer test;

    @BeforeEach
    void start() throws Exception {
        TestServer.copyExamples(workspace);
        test = new TestServer(workspace);
    }

    @AfterEach
    void stop() {
        test.close();
    }

    private JsonNode node(JsonNode snapshot, String id) {
        for (JsonNode node : snapshot.path("nodes")) {
            if (node.path("id").asText().equals(id)) {
                return node;
            }
        }
        return null;
    }

    private String newWorkflow(String path) throws Exception {
        return test.postJson("/api/workflows/new", "{\"path\":\"" + path + "\"}").path("id").asText();
    }

    private JsonNode command(String wid, String ops) throws Exception {
        return test.postJson("/api/workflows/" + wid + "/commands", "{\"label\":\"Edit\",\"ops\":" + ops + "}");
    }

    @Test
    void copyPasteBetweenWorkflowsGivesFreshIdsShiftedPositionsAndOneUndoEntry() throws Exception {
        String source = newWorkflow("a.spikeflow.json");
        command(source, """
                [{"op": "addNode", "type": "org.spikeflow.nodes.izhikevich.simulator", "id": "sim", "x": 10, "y": 20,
                  "settings": {"duration": 33}},
                 {"op": "addNode", "type": "org.spikeflow.nodes.plot.raster", "id": "raster", "x": 200, "y": 20},
                 {"op": "connect", "from": "sim:1", "to": "raster:0"},
                 {"op": "addAnnotation", "id": "a1", "text": "Note", "x": 0, "y": 0, "width": 100, "height": 40}]""");
        JsonNode fragment = test.postJson("/api/workflows/" + source + "/copy",
                "{\"nodes\":[\"sim\",\"raster\"],\"annotations\":[\"a1\"]}");
        assertEquals(2, fragment.path("nodes").size());
        assertEquals(1, fragment.path("connections").size());
        assertEquals(20, fragment.path("layout").path("sim").path("y").asInt());

        String target = newWorkflow("b.spikeflow.json");
        command(target, "[{\"op\": \"addNode\", \"type\": \"org.spikeflow.nodes.izhikevich.simulator\", \"id\": \"n1\","
                + " \"x\": 0, \"y\": 0}]");
        JsonNode pasted = command(target,
                "[{\"op\": \"paste\", \"fragment\": " + fragment + ", \"dx\": 5, \"dy\": 7}]");
        assertEquals(3, pasted.path("nodes").size());
        Set<String> ids = new HashSet<>();
        pasted.path("nodes").forEach(n -> ids.add(n.path("id").asText()));
        assertEquals(Set.of("n1", "n2", "n3"), ids, "pasted nodes get fresh ids");
        JsonNode copy = node(pasted, "n2");
        assertEquals("org.spikeflow.nodes.izhikevich.simulator", copy.path("type").asText());
        assertEquals(33.0, copy.path("settings").path("duration").asDouble());
        assertEquals(15, copy.path("position").path("x").asInt());
        assertEquals(27, copy.path("position").path("y").asInt());
        assertEquals("n2:1", pasted.path("connections").get(0).path("from").asText());
        assertEquals("n3:0", pasted.path("connections").get(0).path("to").asText());
        assertEquals(1, pasted.path("annotations").size());
        assertEquals(5, pasted.path("annotations").get(0).path("x").asInt());

        JsonNode undone = test.postJson("/api/workflows/" + target + "/undo", "");
        assertEquals(1, undone.path("nodes").size());
        assertEquals(0, undone.path("connections").size());
        assertEquals(0, undone.path("annotations").size());
    }

    @Test
    void annotationsAreAddedUpdatedRemovedAndUndone() throws Exception {
        String wid = newWorkflow("notes.spikeflow.json");
        command(wid, "[{\"op\":\"addAnnotation\",\"id\":\"a1\",\"text\":\"First\",\"x\":1,\"y\":2,\"width\":30,"
                + "\"height\":40}]");
        JsonNode updated = command(wid, "[{\"op\":\"updateAnnotation\",\"id\":\"a1\",\"text\":\"Second\",\"x\":5,"
                + "\"y\":6,\"width\":70,\"height\":80}]");
        assertEquals("Second", updated.path("annotations").get(0).path("text").asText());
        assertEquals(70, updated.path("annotations").get(0).path("width").asInt());
        JsonNode removed = command(wid, "[{\"op\":\"removeAnnotations\",\"ids\":[\"a1\"]}]");
        assertEquals(0, removed.path("annotations").size());
        assertEquals("Second", test.postJson("/api/workflows/" + wid + "/undo", "").path("annotations").get(0)
                .path("text").asText());
        assertEquals("First", test.postJson("/api/workflows/" + wid + "/undo", "").path("annotations").get(0)
                .path("text").asText());
        test.postJson("/api/workflows/" + wid + "/save", "");
        JsonNode file = Json.MAPPER.readTree(workspace.resolve("notes.spikeflow.json").toFile());
        assertEquals("First", file.path("annotations").get(0).path("text").asText());
        assertEquals(400, test.post("/api/workflows/" + wid + "/commands", "{\"ops\":[{\"op\":\"updateAnnotation\","
                + "\"id\":\"nope\",\"text\":\"x\",\"x\":0,\"y\":0}]}").statusCode());
    }

    @Test
    void validateSettingsReportsTheBadSettingWithoutChangingTheNode() throws Exception {
        String wid = newWorkflow("v.spikeflow.json");
        command(wid, "[{\"op\":\"addNode\",\"type\":\"org.spikeflow.nodes.izhikevich.simulator\",\"id\":\"sim\","
                + "\"x\":0,\"y\":0}]");
        JsonNode bad = test.postJson("/api/workflows/" + wid + "/validate-settings",
                "{\"node\":\"sim\",\"settings\":{\"duration\":\"long\"}}");
        assertEquals(1, bad.path("messages").size(), bad.toString());
        assertEquals("duration", bad.path("messages").get(0).path("path").asText());
        JsonNode good = test.postJson("/api/workflows/" + wid + "/validate-settings",
                "{\"node\":\"sim\",\"settings\":{\"duration\":120}}");
        assertEquals(0, good.path("messages").size(), good.toString());
        assertEquals(200.0, node(test.getJson("/api/workflows/" + wid), "sim").path("settings").path("duration")
                .asDouble(), "validation changes nothing");
        HttpResponse<String> rejected = test.post("/api/workflows/" + wid + "/commands",
                "{\"ops\":[{\"op\":\"setSettings\",\"node\":\"sim\",\"settings\":{\"duration\":\"long\"}}]}");
        assertEquals(400, rejected.statusCode());
        assertEquals("ops.0.settings", TestServer.json(rejected).path("details").get(0).path("path").asText());
    }

    @Test
    void aWorkflowWithAMissingNodeOpensMarksItAndSavesItBackUnchanged() throws Exception {
        String text = Files.readString(workspace.resolve("loop-basics.spikeflow.json"), StandardCharsets.UTF_8)
                .replace("\"type\": \"org.spikeflow.base.io.csvwriter\"",
                        "\"type\": \"org.example.notinstalled.writer\"")
                .replace("\"bundle\": \"org.spikeflow.base\",\n      \"settings\": {\n        \"path\"",
                        "\"bundle\": \"org.example.notinstalled\",\n      \"settings\": {\n        \"path\"");
        assertTrue(text.contains("org.example.notinstalled.writer") && text.contains("\"org.example.notinstalled\""));
        Files.writeString(workspace.resolve("missing.spikeflow.json"), text, StandardCharsets.UTF_8);
        JsonNode snapshot = test.postJson("/api/workflows/open", "{\"path\":\"missing.spikeflow.json\"}");
        JsonNode write = node(snapshot, "write");
        assertTrue(write.path("missing").asBoolean());
        assertTrue(write.path("missingReason").asText().contains("org.example.notinstalled"), write.toString());
        assertFalse(node(snapshot, "loop").path("missing").asBoolean());
        assertNull(node(snapshot, "loop").path("missingReason").textValue());
        String wid = snapshot.path("id").asText();
        // Moving it and moving it back, then saving, keeps the file.
        command(wid, "[{\"op\":\"moveNodes\",\"moves\":[{\"id\":\"write\",\"x\":1,\"y\":1}]}]");
        test.postJson("/api/workflows/" + wid + "/undo", "");
        test.postJson("/api/workflows/" + wid + "/save", "");
        assertEquals(text, Files.readString(workspace.resolve("missing.spikeflow.json"), StandardCharsets.UTF_8));
        // Deleting it is undoable although its type is unknown.
        command(wid, "[{\"op\":\"removeNodes\",\"ids\":[\"write\"]}]");
        JsonNode back = test.postJson("/api/workflows/" + wid + "/undo", "");
        assertTrue(node(back, "write").path("missing").asBoolean());
    }

    @Test
    void imagesFlowVariablesAndEventResumption() throws Exception {
        String wid = newWorkflow("plot.spikeflow.json");
        command(wid, """
                [{"op": "addNode", "type": "org.spikeflow.nodes.izhikevich.simulator", "id": "sim", "x": 0, "y": 0,
                  "settings": {"duration": 200}},
                 {"op": "addNode", "type": "org.spikeflow.nodes.plot.raster", "id": "raster", "x": 200, "y": 0},
                 {"op": "connect", "from": "sim:1", "to": "raster:0"},
                 {"op": "setVariables", "variables": [{"name": "answer", "type": "int", "value": 42}]}]""");
        long before;
        List<EventStream.Event> seen = new ArrayList<>();
        try (EventStream events = new EventStream(test, null)) {
            test.post("/api/workflows/" + wid + "/execute", "{\"node\":null,\"mode\":\"all\"}");
            EventStream.Event finished = events.await(e -> e.type().equals("executionFinished"), seen);
            assertEquals("success", finished.data().path("status").asText(), seen.toString());
            before = seen.get(0).id() - 1;
        }
        // A page that reconnects with the id of its last event gets everything after it.
        try (EventStream resumed = new EventStream(test, Long.toString(before))) {
            List<EventStream.Event> replay = new ArrayList<>();
            resumed.await(e -> e.type().equals("executionFinished"), replay);
            assertEquals(seen.stream().map(EventStream.Event::id).toList(),
                    replay.stream().map(EventStream.Event::id).toList());
        }
        // An id from another server run: resync first.
        try (EventStream stale = new EventStream(test, "999999")) {
            List<EventStream.Event> got = new ArrayList<>();
            stale.await(e -> true, got);
            assertEquals("resync", got.get(0).type());
        }

        JsonNode image = test.getJson("/api/workflows/" + wid + "/nodes/raster/outputs/0");
        assertEquals("image", image.path("kind").asText());
        assertTrue(image.path("width").asInt() > 0);
        HttpResponse<byte[]> png = test.client.send(test.authorized("/api/workflows/" + wid
                + "/nodes/raster/outputs/0/image.png").GET().build(), HttpResponse.BodyHandlers.ofByteArray());
        assertEquals(200, png.statusCode());
        assertEquals("image/png", png.headers().firstValue("Content-Type").orElse(""));
        assertEquals((byte) 0x89, png.body()[0]);
        assertEquals('P', png.body()[1]);
        HttpResponse<String> svg = test.get("/api/workflows/" + wid + "/nodes/raster/outputs/0/image.svg");
        assertEquals("image/svg+xml", svg.headers().firstValue("Content-Type").orElse(""));
        assertTrue(svg.body().contains("<svg"), svg.body().substring(0, Math.min(200, svg.body().length())));
        assertEquals(404, test.get("/api/workflows/" + wid + "/nodes/sim/outputs/0/image.png").statusCode());

        JsonNode variables = test.getJson("/api/workflows/" + wid + "/nodes/raster/variables");
        boolean found = false;
        for (JsonNode variable : variables) {
            if (variable.path("name").asText().equals("answer")) {
                assertEquals(42, variable.path("value").asInt());
                assertEquals("int", variable.path("type").asText());
                found = true;
            }
        }
        assertTrue(found, variables.toString());
        assertEquals(1, test.getJson("/api/workflows/" + wid).path("variables").size());
        assertNotEquals(0, test.getJson("/api/workflows/" + wid + "/nodes/sim/outputs/flow/variables").size());
    }
}
