package org.spikeflow.engine.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.spikeflow.engine.ExecutionOptions;
import org.spikeflow.engine.NodeContainer;
import org.spikeflow.engine.NodeRepository;
import org.spikeflow.engine.NodeState;
import org.spikeflow.engine.WorkflowLoadException;
import org.spikeflow.engine.WorkflowManager;
import org.spikeflow.engine.tests.nodes.TestRepository;

/** A node whose bundle is not installed: editors open the workflow with a placeholder, runs refuse it. */
class MissingNodeTest {
    private final NodeRepository repository = TestRepository.withTestNodes();
    private final Path fixture = Fixtures.file("missing", "missing-node.spikeflow.json");

    @Test
    void loadingForARunFailsNamingTheBundle() {
        WorkflowLoadException e = assertThrows(WorkflowLoadException.class,
                () -> WorkflowManager.load(fixture, repository));
        assertTrue(e.getMessage().contains("Unknown node type 'org.example.nodes.ghost.transformer' (node 'ghost'):"
                + " it is provided by bundle 'org.example.nodes.ghost', which is not installed"), e.getMessage());
    }

    @Test
    void editorsOpenItWithAPlaceholderThatSavesBackByteIdentically(@TempDir Path temp) throws Exception {
        WorkflowManager workflow = WorkflowManager.loadForEditing(fixture, repository);
        NodeContainer ghost = workflow.getNode("ghost");
        assertTrue(ghost.isMissing());
        assertTrue(ghost.getMissingReason().contains("bundle 'org.example.nodes.ghost'"), ghost.getMissingReason());
        assertFalse(workflow.getNode("source").isMissing());
        assertNull(workflow.getNode("source").getMissingReason());
        assertEquals(1, ghost.getNode().getInPortTypes().length, "ports as the connections use them");
        assertEquals(2, ghost.getNode().getOutPortTypes().length);
        assertEquals(NodeState.IDLE, ghost.getState());
        assertEquals(NodeState.IDLE, workflow.getNode("n3").getState(), "downstream of a missing node");

        Path saved = temp.resolve("saved.spikeflow.json");
        workflow.save(saved);
        assertEquals(Files.readString(fixture), Files.readString(saved));

        // It never executes; the rest of the graph does what it can.
        assertFalse(workflow.executeAll(ExecutionOptions.defaults()).success());
        assertEquals(NodeState.EXECUTED, workflow.getNode("source").getState());
        assertEquals(NodeState.IDLE, ghost.getState());
    }

    @Test
    void aRemovedMissingNodeCanBePutBackWithItsFactory(@TempDir Path temp) throws Exception {
        WorkflowManager workflow = WorkflowManager.loadForEditing(fixture, repository);
        NodeContainer ghost = workflow.getNode("ghost");
        var factory = ghost.getNode().getFactory();
        workflow.removeNode("ghost");
        assertTrue(workflow.findNode("ghost").isEmpty());
        NodeContainer back = workflow.addNode("ghost", factory);
        assertTrue(back.isMissing());
        workflow.connect("source", 0, "ghost", 0);
        workflow.connect("ghost", 1, "n3", 0);
        workflow.setPosition("ghost", new org.spikeflow.engine.NodePosition(200, 100));
        Path saved = temp.resolve("restored.spikeflow.json");
        workflow.save(saved);
        // The node moved to the end of the node list; its entry is unchanged.
        String text = Files.readString(saved);
        assertTrue(text.contains("\"factor\": 0.5"), text);
        assertTrue(text.contains("\"factor\": \"threshold\""), text);
    }
}
