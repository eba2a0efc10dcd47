package org.spikeflow.engine.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.spikeflow.core.data.DataTable;
import org.spikeflow.core.data.DoubleColumn;
import org.spikeflow.core.data.StringColumn;
import org.spikeflow.core.flowvar.FlowVariable;
import org.spikeflow.engine.Connection;
import org.spikeflow.engine.ExecutionOptions;
import org.spikeflow.engine.ExecutionResult;
import org.spikeflow.engine.WorkflowManager;
import org.spikeflow.engine.tests.nodes.ReadVariableNodeFactory;
import org.spikeflow.engine.tests.nodes.TestLog;
import org.spikeflow.engine.tests.nodes.TestRepository;

/** Variables travel along connections like KNIME's flow stack; workflow variables can be overridden. */
class FlowVariableScopingTest {
    private WorkflowManager workflow;

    @BeforeEach
    void setUp() {
        TestLog.clear();
        workflow = WorkflowManager.create(TestRepository.withTestNodes());
    }

    private void reader(String id, String variable) throws Exception {
        workflow.addNode(id, ReadVariableNodeFactory.ID);
        workflow.setNodeSetting(id, "variable", variable);
    }

    private void pusher(String id, String name, String value) throws Exception {
        workflow.addNode(id, ReadVariableNodeFactory.ID);
        workflow.setNodeSetting(id, "push", name);
        workflow.setNodeSetting(id, "pushValue", value);
    }

    private String seen(String id) {
        return ((StringColumn) ((DataTable) workflow.getNode(id).getOutput(0)).getColumn("value")).get(0);
    }

    private double number(String id) {
        return ((DoubleColumn) ((DataTable) workflow.getNode(id).getOutput(0)).getColumn("number")).get(0);
    }

    @Test
    void variablesAreScopedAlongConnections() throws Exception {
        pusher("red", "color", "red");
        pusher("blue", "color", "blue");
        reader("afterRed", "color");
        reader("afterBlue", "color");
        reader("merge", "color");
        reader("elsewhere", "color");
        workflow.connect("red", 0, "afterRed", 0);
        workflow.connect("blue", 0, "afterBlue", 0);
        workflow.connect("red", 0, "merge", 0);
        workflow.connect("blue", 0, "merge", 1);

        ExecutionResult result = workflow.executeAll(ExecutionOptions.defaults());

        assertTrue(result.success(), result.toString());
        assertEquals("red", seen("afterRed"));
        assertEquals("blue", seen("afterBlue"));
        assertEquals("red", seen("merge"), "the first input's variables take precedence");
        assertEquals("<absent>", seen("elsewhere"), "a variable is not visible outside the branch that pushed it");
    }

    @Test
    void flowVariablePortsPassVariablesWithoutData() throws Exception {
        pusher("source", "mode", "fast");
        reader("consumer", "mode");
        workflow.connect("source", Connection.FLOW_PORT, "consumer", Connection.FLOW_PORT);

        assertTrue(workflow.executeAll(ExecutionOptions.defaults()).success());
        assertEquals("fast", seen("consumer"));
    }

    @Test
    void settingsFollowVariablesAndCommandLineOverrides() throws Exception {
        workflow.setWorkflowVariable(FlowVariable.ofInt("threshold", 5));
        reader("n1", "threshold");
        workflow.setVariableSetting("n1", "number", "threshold");

        assertTrue(workflow.executeAll(ExecutionOptions.defaults()).success());
        assertEquals(5.0, number("n1"), "an int variable controls a double setting");
        assertEquals("5", seen("n1"));

        // What `--var threshold=7` does: redefine the workflow variable; the workflow resets.
        workflow.setWorkflowVariable(FlowVariable.ofInt("threshold", 7));
        assertTrue(workflow.executeAll(ExecutionOptions.defaults()).success());
        assertEquals(7.0, number("n1"));
    }

    @Test
    void variableValueOutOfBoundsFailsAtConfigureNamingSettingAndVariable() throws Exception {
        workflow.setWorkflowVariable(FlowVariable.ofDouble("threshold", 250));
        reader("n1", "threshold");
        workflow.setVariableSetting("n1", "number", "threshold");

        var errors = workflow.configureAll();

        assertEquals(1, errors.size());
        assertTrue(errors.get(0).message().contains("'number'"), errors.get(0).message());
        assertTrue(errors.get(0).message().contains("threshold"), errors.get(0).message());
    }

    @Test
    void missingVariableFailsAtConfigure() throws Exception {
        reader("n1", "x");
        workflow.setVariableSetting("n1", "number", "doesNotExist");

        var errors = workflow.configureAll();

        assertEquals(1, errors.size());
        assertTrue(errors.get(0).message().contains("flow variable 'doesNotExist'"), errors.get(0).message());
    }
}
