package org.spikeflow.batch.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;
import java.util.stream.Stream;

import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.spikeflow.batch.internal.SpikeflowApplication;
import org.spikeflow.engine.NodeRepository;
import org.spikeflow.engine.WorkflowFileSchema;
import org.spikeflow.engine.WorkflowManager;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.networknt.schema.JsonSchema;
import com.networknt.schema.JsonSchemaFactory;
import com.networknt.schema.SpecVersion;
import com.networknt.schema.ValidationMessage;

/**
 * {@code spikeflow schema}: the published workflow schema is current, and an independent validator (networknt
 * json-schema-validator, draft 2020-12) accepts every example and golden workflow and reports mistakes in settings.
 */
class WorkflowSchemaTest {
    private static final ObjectMapper MAPPER = new ObjectMapper();
    private static SpikeflowApplication application;
    private static JsonSchema schema;

    @BeforeAll
    static void setUp() throws Exception {
        application = ApplicationRunner.find("schema");
        JsonNode published = MAPPER.readTree(Files.readString(publishedSchema()));
        schema = JsonSchemaFactory.getInstance(SpecVersion.VersionFlag.V202012).getSchema(published);
    }

    private static Path repositoryRoot() {
        return Path.of(System.getProperty("spikeflow.test.basedir", "")).toAbsolutePath().resolve("../..").normalize();
    }

    private static Path publishedSchema() {
        return repositoryRoot().resolve("workflows").resolve(WorkflowFileSchema.FILE_NAME);
    }

    private static List<Path> workflows(Path folder) throws Exception {
        try (Stream<Path> files = Files.list(folder)) {
            return files.filter(f -> f.getFileName().toString().endsWith(".spikeflow.json")).sorted().toList();
        }
    }

    private static Set<ValidationMessage> validate(JsonNode workflow) {
        return schema.validate(workflow);
    }

    @Test
    void thePublishedSchemaIsWhatTheInstalledNodesGenerate() throws Exception {
        ApplicationRunner.Result result = ApplicationRunner.run(application, "schema");

        assertEquals(0, result.code(), result.err());
        if (!Files.readString(publishedSchema()).equals(result.out())) {
            Path generated = Path.of(System.getProperty("spikeflow.test.basedir", "")).resolve("target")
                    .resolve(WorkflowFileSchema.FILE_NAME);
            Files.writeString(generated, result.out());
            assertEquals(Files.readString(publishedSchema()), result.out(), "workflows/" + WorkflowFileSchema.FILE_NAME
                    + " is out of date: regenerate it with ./spikeflow schema --out workflows/"
                    + WorkflowFileSchema.FILE_NAME + " (or copy " + generated + ")");
        }
    }

    @Test
    void schemaOutWritesTheFileAndRejectsBadArguments(@TempDir Path temp) throws Exception {
        Path out = temp.resolve("schema.json");

        assertEquals(0, ApplicationRunner.run(application, "schema", "--out", out.toString()).code());
        JsonNode written = MAPPER.readTree(Files.readString(out));
        assertEquals("https://json-schema.org/draft/2020-12/schema", written.path("$schema").asText());
        assertTrue(written.path("$defs").path("settings").has("org.spikeflow.base.loop.countingstart"),
                "one settings schema per installed node type");

        ApplicationRunner.Result folder = ApplicationRunner.run(application, "schema", "--out", temp.toString());
        assertEquals(2, folder.code());
        assertTrue(folder.err().contains("is a folder"), folder.err());
        assertEquals(2, ApplicationRunner.run(application, "schema", "--out").code());
        assertEquals(2, ApplicationRunner.run(application, "schema", "--json").code());
    }

    @Test
    void everyExampleReferencesThePublishedSchemaAndIsValid() throws Exception {
        List<Path> examples = workflows(repositoryRoot().resolve("workflows"));
        assertTrue(examples.size() >= 6, "the example workflows: " + examples);
        for (Path example : examples) {
            JsonNode json = MAPPER.readTree(Files.readString(example));
            String reference = json.path("$schema").asText();
            assertEquals(WorkflowFileSchema.FILE_NAME, reference, example + " names the schema");
            assertTrue(Files.isRegularFile(example.resolveSibling(reference)), "the relative path resolves");
            assertEquals(Set.of(), validate(json), example.toString());
        }
    }

    @Test
    void theGoldenFilesOfVersion01AreValid() throws Exception {
        Path golden = repositoryRoot().resolve("test-bundles/org.spikeflow.engine.tests/golden/0.1");
        List<Path> files = new ArrayList<>(workflows(golden.resolve("shipped")));
        files.addAll(workflows(golden.resolve("saved")));
        assertEquals(12, files.size(), files.toString());
        for (Path file : files) {
            assertEquals(Set.of(), validate(MAPPER.readTree(Files.readString(file))), file.toString());
        }
    }

    @Test
    void aMistypedSettingIsReportedWithItsLocation() throws Exception {
        ObjectNode json = (ObjectNode) MAPPER.readTree(Files.readString(repositoryRoot().resolve(
                "workflows/loop-basics.spikeflow.json")));
        int loop = indexOfNode(json, "loop");
        ObjectNode settings = (ObjectNode) json.path("nodes").path(loop).path("settings");

        settings.set("loopCont", settings.remove("loopCount")); // a typo in the key
        Set<ValidationMessage> typo = validate(json);
        assertFalse(typo.isEmpty(), "an unknown setting key is an error");
        assertTrue(typo.stream().anyMatch(m -> m.getInstanceLocation().toString().contains("nodes[" + loop
                + "].settings") && m.getMessage().contains("loopCont")), typo.toString());

        settings.remove("loopCont");
        settings.put("loopCount", "three"); // a string where the node expects an integer
        Set<ValidationMessage> wrongType = validate(json);
        assertTrue(wrongType.stream().anyMatch(m -> m.getInstanceLocation().toString().endsWith("settings.loopCount")
                && m.getMessage().contains("integer")), wrongType.toString());

        settings.put("loopCount", 3);
        assertEquals(Set.of(), validate(json), "repaired");
    }

    @Test
    void theFileStructureIsCheckedToo() throws Exception {
        ObjectNode json = (ObjectNode) MAPPER.readTree(Files.readString(repositoryRoot().resolve(
                "workflows/loop-basics.spikeflow.json")));
        json.put("formatVersion", 2);
        ((ObjectNode) json.path("connections").path(0)).put("from", "loop");
        ((ObjectNode) json.path("variables").path(0)).put("value", "3");

        Set<String> locations = validate(json).stream().map(m -> m.getInstanceLocation().toString())
                .collect(Collectors.toSet());

        assertTrue(locations.contains("$.formatVersion"), locations.toString());
        assertTrue(locations.contains("$.connections[0].from"), locations.toString());
        assertTrue(locations.contains("$.variables[0].value"), "an int variable needs an integer: " + locations);
    }

    @Test
    void aNodeWithAnOlderSettingsVersionOrAnUninstalledTypeIsCheckedForStructureOnly() throws Exception {
        NodeRepository repository = NodeRepository.awaitService(java.time.Duration.ofSeconds(10));
        assertFalse(repository.find("org.example.not.installed").isPresent());
        // the Parameter Update node is at settings version 2: version 1 files still say fitTimeLimitMillis
        String update = "org.spikeflow.nodes.forecast.parameterupdate";
        ObjectNode json = (ObjectNode) MAPPER.readTree("""
                {"format": "spikeflow-workflow", "formatVersion": 1, "nodes": [
                  {"id": "x", "type": "org.example.not.installed", "settings": {"anything": [1, 2]}},
                  {"id": "old", "type": "%s", "settings": {"fitTimeLimitMillis": 2000}}]}""".formatted(update));
        assertEquals(Set.of(), validate(json));

        ((ObjectNode) json.path("nodes").path(1)).put("settingsVersion", 2);
        assertFalse(validate(json).isEmpty(), "at the current version the old key is unknown");
    }

    @Test
    void theSchemaKeyLoadsAndIsKeptOnSave(@TempDir Path temp) throws Exception {
        NodeRepository repository = NodeRepository.awaitService(java.time.Duration.ofSeconds(10));
        for (Path example : workflows(repositoryRoot().resolve("workflows"))) {
            try (WorkflowManager workflow = WorkflowManager.load(example, repository)) {
                assertEquals(WorkflowFileSchema.FILE_NAME, workflow.getSchemaReference());
                Path saved = temp.resolve(example.getFileName());
                workflow.save(saved);
                assertEquals(Files.readString(example), Files.readString(saved),
                        example + " saves back byte-identically, $schema included");
            }
        }
        Path notText = temp.resolve("bad.spikeflow.json");
        Files.writeString(notText, "{\"$schema\": 7, \"format\": \"spikeflow-workflow\", \"formatVersion\": 1}");
        Exception error = org.junit.jupiter.api.Assertions.assertThrows(Exception.class,
                () -> WorkflowManager.load(notText, repository));
        assertTrue(error.getMessage().contains("\"$schema\" must be a string"), error.getMessage());
    }

    private static int indexOfNode(JsonNode json, String id) {
        for (int i = 0; i < json.path("nodes").size(); i++) {
            if (json.path("nodes").path(i).path("id").asText().equals(id)) {
                return i;
            }
        }
        throw new AssertionError("no node " + id);
    }
}
