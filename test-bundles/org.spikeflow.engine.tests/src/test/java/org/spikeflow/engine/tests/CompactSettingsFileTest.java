package org.spikeflow.engine.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.spikeflow.engine.NodeRepository;
import org.spikeflow.engine.WorkflowManager;
import org.spikeflow.engine.tests.nodes.TestRepository;

import com.fasterxml.jackson.databind.node.JsonNodeFactory;

/**
 * Hand-written files (only some settings listed, positions in any order) are saved back as written while their nodes
 * are unchanged.
 */
class CompactSettingsFileTest {
    private final NodeRepository repository = TestRepository.withTestNodes();
    private final Path fixture = Fixtures.file("compact", "compact.spikeflow.json");

    @Test
    void unchangedNodesKeepTheirWrittenSettings(@TempDir Path temp) throws Exception {
        WorkflowManager workflow = WorkflowManager.load(fixture, repository);
        Path saved = temp.resolve("saved.spikeflow.json");
        workflow.save(saved);
        assertEquals(Files.readString(fixture), Files.readString(saved));
    }

    @Test
    void aChangedNodeIsWrittenInFullAndChangingItBackRestoresTheShortForm(@TempDir Path temp) throws Exception {
        WorkflowManager workflow = WorkflowManager.load(fixture, repository);
        workflow.setNodeSetting("n2", "add", "2.5");
        String changed = workflow.toJson();
        assertTrue(changed.contains("\"label\": \"second\",\n        \"rendezvous\": \"\",\n        \"add\": 2.5"),
                changed);
        assertTrue(changed.contains("\"settings\": {\n        \"label\": \"source\"\n      }"), "source untouched");
        workflow.setNodeSettings("n2", JsonNodeFactory.instance.objectNode().put("label", "second").put("add", 1.5));
        assertEquals(Files.readString(fixture), workflow.toJson());
    }
}
