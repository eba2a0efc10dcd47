package org.spikeflow.engine.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;
import org.spikeflow.core.flowvar.FlowVariable;
import org.spikeflow.engine.Connection;
import org.spikeflow.engine.ExecutionOptions;
import org.spikeflow.engine.WorkflowManager;
import org.spikeflow.engine.tests.nodes.TestRepository;

/** The flow variables a node sees, as editors show them before and after execution. */
class IncomingFlowStackTest {
    @Test
    void aNodeSeesTheWorkflowVariablesAndWhatItsInputsPush() throws Exception {
        WorkflowManager workflow = WorkflowManager.create(TestRepository.withTestNodes());
        workflow.setWorkflowVariable(FlowVariable.ofInt("cycles", 3));
        workflow.addNode("push", "test.readvariable");
        workflow.setNodeSetting("push", "push", "pushed");
        workflow.setNodeSetting("push", "pushValue", "7");
        workflow.addNode("after", "test.record");
        workflow.connect("push", Connection.FLOW_PORT, "after", Connection.FLOW_PORT);

        assertEquals(3, workflow.getIncomingFlowStack("push").find("cycles").orElseThrow().getIntValue());
        assertEquals("7", workflow.getIncomingFlowStack("after").find("pushed").orElseThrow().getValue().toString(),
                "configure already pushes, so a dialog sees the variable before anything ran");
        assertTrue(workflow.executeAll(ExecutionOptions.defaults()).success());
        assertEquals("7", workflow.getIncomingFlowStack("after").find("pushed").orElseThrow().getValue().toString());
        assertEquals(3, workflow.getIncomingFlowStack("after").find("cycles").orElseThrow().getIntValue());
        assertThrows(IllegalArgumentException.class, () -> workflow.getIncomingFlowStack("nope"));
    }
}
