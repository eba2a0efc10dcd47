package org.spikeflow.engine.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.spikeflow.engine.NodeRepository;
import org.spikeflow.engine.WorkflowLoadException;
import org.spikeflow.engine.WorkflowManager;
import org.spikeflow.engine.tests.nodes.TestRepository;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;

/**
 * The optional "feature" and "updateSite" of a node entry: written on save for nodes of features that name their update
 * site, and used to say what to install when the node's bundle is missing. Files without them load as before.
 */
class ProvidingFeatureTest {
    private final NodeRepository repository = TestRepository.withTestNodes();
    private final String previousHome = System.getProperty("spikeflow.home");
    private final String previousUserExtensions = System.getProperty("spikeflow.userExtensions");

    @AfterEach
    void restoreHome() {
        restore("spikeflow.home", previousHome);
        restore("spikeflow.userExtensions", previousUserExtensions);
    }

    private static void restore(String property, String value) {
        if (value == null) {
            System.clearProperty(property);
        } else {
            System.setProperty(property, value);
        }
    }

    @Test
    void aMissingNodeIsNamedWithItsFeatureAndUpdateSite(@TempDir Path temp) throws Exception {
        String text = Files.readString(Fixtures.file("missing", "missing-node.spikeflow.json")).replace(
                "\"bundle\": \"org.example.nodes.ghost\",", "\"bundle\": \"org.example.nodes.ghost\",\n"
                        + "      \"feature\": \"org.example.ghost.feature\",\n"
                        + "      \"updateSite\": \"https://example.org/ghost/updates\",");
        Path file = temp.resolve("ghost.spikeflow.json");
        Files.writeString(file, text);
        WorkflowLoadException e = assertThrows(WorkflowLoadException.class,
                () -> WorkflowManager.load(file, repository));
        assertTrue(e.getMessage().contains("provided by bundle 'org.example.nodes.ghost' of feature "
                + "'org.example.ghost.feature', which is not installed; install it with: spikeflow install "
                + "https://example.org/ghost/updates org.example.ghost.feature"), e.getMessage());

        // an editor keeps the placeholder's entry, feature and site included
        WorkflowManager editing = WorkflowManager.loadForEditing(file, repository);
        Path saved = temp.resolve("saved.spikeflow.json");
        editing.save(saved);
        assertEquals(text, Files.readString(saved));
    }

    @Test
    void savingRecordsTheFeatureOnlyWhenItNamesItsUpdateSite(@TempDir Path temp) throws Exception {
        Path workflowFile = Fixtures.file("missing", "missing-node.spikeflow.json");
        WorkflowManager workflow = WorkflowManager.loadForEditing(workflowFile, repository);
        String bundle = workflow.getNode("source").getNode().getFactory().getDescription().bundle();
        assertTrue(bundle != null && !bundle.isBlank(), "test nodes run inside OSGi and know their bundle");

        Path published = temp.resolve("published");
        writeFeature(published, "org.example.tools.feature", bundle, "https://example.org/tools/updates");
        System.setProperty("spikeflow.home", published.toString());
        JsonNode source = savedNode(workflow, temp.resolve("a.spikeflow.json"), "source");
        assertEquals("org.example.tools.feature", source.path("feature").asText());
        assertEquals("https://example.org/tools/updates", source.path("updateSite").asText());

        Path unpublished = temp.resolve("unpublished");
        writeFeature(unpublished, "org.example.local.feature", bundle, null);
        System.setProperty("spikeflow.home", unpublished.toString());
        source = savedNode(workflow, temp.resolve("b.spikeflow.json"), "source");
        assertFalse(source.has("feature"), source.toString());
        assertFalse(source.has("updateSite"), source.toString());
    }

    @Test
    void aFeatureInstalledForThisUserOnlyIsRecordedToo(@TempDir Path temp) throws Exception {
        WorkflowManager workflow = WorkflowManager.loadForEditing(
                Fixtures.file("missing", "missing-node.spikeflow.json"),
                repository);
        String bundle = workflow.getNode("source").getNode().getFactory().getDescription().bundle();
        Path product = temp.resolve("product");
        Files.createDirectories(product.resolve("features"));
        Path userLocation = temp.resolve("user-extensions");
        writeFeature(userLocation, "org.example.user.feature", bundle, "https://example.org/user/updates");
        System.setProperty("spikeflow.home", product.toString());
        System.setProperty("spikeflow.userExtensions", userLocation.toString());
        JsonNode source = savedNode(workflow, temp.resolve("u.spikeflow.json"), "source");
        assertEquals("org.example.user.feature", source.path("feature").asText());
        assertEquals("https://example.org/user/updates", source.path("updateSite").asText());
    }

    private static JsonNode savedNode(WorkflowManager workflow, Path file, String id) throws Exception {
        workflow.save(file);
        for (JsonNode node : new ObjectMapper().readTree(file.toFile()).path("nodes")) {
            if (node.path("id").asText().equals(id)) {
                return node;
            }
        }
        throw new AssertionError("no node " + id + " in " + file);
    }

    private static void writeFeature(Path product, String id, String bundle, String site) throws Exception {
        Path folder = product.resolve("features").resolve(id + "_1.0.0");
        Files.createDirectories(folder);
        Files.writeString(folder.resolve("feature.xml"), "<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n"
                + "<feature id=\"" + id + "\" version=\"1.0.0\">\n"
                + (site == null ? "" : "  <url><update label=\"x\" url=\"" + site + "\"/></url>\n")
                + "  <plugin id=\"" + bundle + "\" version=\"0.0.0\"/>\n</feature>\n");
    }
}
