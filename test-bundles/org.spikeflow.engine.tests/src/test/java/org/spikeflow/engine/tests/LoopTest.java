package org.spikeflow.engine.tests;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.spikeflow.core.data.Column;
import org.spikeflow.core.data.DataTable;
import org.spikeflow.core.data.DoubleColumn;
import org.spikeflow.core.data.IntColumn;
import org.spikeflow.core.data.StringColumn;
import org.spikeflow.core.flowvar.FlowVariable;
import org.spikeflow.engine.ExecutionOptions;
import org.spikeflow.engine.ExecutionResult;
import org.spikeflow.engine.NodeState;
import org.spikeflow.engine.WorkflowManager;
import org.spikeflow.engine.tests.nodes.RecordNodeFactory;
import org.spikeflow.engine.tests.nodes.TestLog;
import org.spikeflow.engine.tests.nodes.TestRepository;

/** Every loop node of the platform, run through the engine from fixture workflows. */
class LoopTest {

    @BeforeEach
    void clearLog() {
        TestLog.clear();
    }

    private static WorkflowManager load(String name) throws Exception {
        return WorkflowManager.load(Fixtures.file(name, name + ".spikeflow.json"), TestRepository.withTestNodes());
    }

    private static int[] ints(Column column) {
        return ((IntColumn) column).toArray();
    }

    @Test
    void countingLoopConcatenatesEveryIteration() throws Exception {
        WorkflowManager workflow = load("counting-loop");

        ExecutionResult result = workflow.executeAll(ExecutionOptions.defaults());

        assertTrue(result.success(), result.toString());
        DataTable out = (DataTable) workflow.getNode("end").getOutput(0);
        assertEquals(List.of("Neuron", "I (pA)", "Iteration"), out.getSpec().columnNames());
        assertEquals(6, out.getRowCount());
        assertArrayEquals(new int[] {0, 0, 1, 1, 2, 2}, ints(out.getColumn("Iteration")));
        assertEquals("FS", ((StringColumn) out.getColumn("Neuron")).get(5));
        assertEquals(12.5, ((DoubleColumn) out.getColumn("I (pA)")).get(5));
        assertEquals(3, workflow.getNode("start").getExecutionCount());
        assertEquals(1, workflow.getNode("table").getExecutionCount(), "nodes before the loop run once");
        // currentIteration and maxIterations stay inside the loop
        assertTrue(workflow.getNode("end").getOutgoingFlowStack().find("currentIteration").isEmpty());
    }

    @Test
    void loopCountFollowsTheWorkflowVariable() throws Exception {
        WorkflowManager workflow = load("counting-loop");
        workflow.setWorkflowVariable(FlowVariable.ofInt("cycles", 5)); // what --var cycles=5 does

        assertTrue(workflow.executeAll(ExecutionOptions.defaults()).success());

        DataTable out = (DataTable) workflow.getNode("end").getOutput(0);
        assertEquals(10, out.getRowCount());
        assertEquals(4, ints(out.getColumn("Iteration"))[9]);
    }

    @Test
    void nestedLoopsRunTheInnerLoopForEveryOuterIteration() throws Exception {
        WorkflowManager workflow = load("nested-loops");

        ExecutionResult result = workflow.executeAll(ExecutionOptions.defaults());

        assertTrue(result.success(), result.toString());
        DataTable out = (DataTable) workflow.getNode("outerEnd").getOutput(0);
        assertEquals(List.of("outer", "currentIteration", "Inner", "Iteration"), out.getSpec().columnNames());
        assertArrayEquals(new int[] {0, 0, 1, 1, 2, 2}, ints(out.getColumn("outer")));
        assertArrayEquals(new int[] {0, 1, 0, 1, 0, 1}, ints(out.getColumn("currentIteration")));
        assertArrayEquals(new int[] {0, 1, 0, 1, 0, 1}, ints(out.getColumn("Inner")));
        assertArrayEquals(new int[] {0, 0, 1, 1, 2, 2}, ints(out.getColumn("Iteration")));
    }

    @Test
    void recursiveLoopFeedsTheEndTableBackToTheStart() throws Exception {
        WorkflowManager workflow = load("recursive-loop");

        ExecutionResult result = workflow.executeAll(ExecutionOptions.defaults());

        assertTrue(result.success(), result.toString());
        DataTable collected = (DataTable) workflow.getNode("end").getOutput(0);
        assertArrayEquals(new double[] {2, 4, 8, 16}, ((DoubleColumn) collected.getColumn("x")).toArray());
        assertArrayEquals(new int[] {0, 1, 2, 3}, ints(collected.getColumn("Iteration")));
        DataTable last = (DataTable) workflow.getNode("end").getOutput(1);
        assertArrayEquals(new double[] {16}, ((DoubleColumn) last.getColumn("x")).toArray());
    }

    @Test
    void variableConditionLoopStopsWhenTheConditionHolds() throws Exception {
        WorkflowManager workflow = load("condition-loop");

        ExecutionResult result = workflow.executeAll(ExecutionOptions.defaults());

        assertTrue(result.success(), result.toString());
        assertTrue(result.warnings().isEmpty(), result.warnings().toString());
        DataTable out = (DataTable) workflow.getNode("end").getOutput(0);
        // value = iteration^2: 0, 1, 4, 9, 16 -> 16 >= 10 stops after iteration 4, which is included
        assertArrayEquals(new int[] {0, 1, 4, 9, 16}, ints(out.getColumn("value")));
        assertArrayEquals(new int[] {0, 1, 2, 3, 4}, ints(out.getColumn("Iteration")));
    }

    @Test
    void variableConditionLoopGuardStopsWithAWarning() throws Exception {
        WorkflowManager workflow = load("condition-loop");
        workflow.setNodeSetting("end", "maxIterations", "3");

        ExecutionResult result = workflow.executeAll(ExecutionOptions.defaults());

        assertTrue(result.success(), result.toString());
        assertEquals(1, result.warnings().size());
        assertEquals("end", result.warnings().get(0).nodeId());
        DataTable out = (DataTable) workflow.getNode("end").getOutput(0);
        assertEquals(3, out.getRowCount());
    }

    @Test
    void tableRowLoopRunsOncePerRowWithTheRowAsVariables() throws Exception {
        WorkflowManager workflow = load("counting-loop");
        workflow.removeNode("start");
        workflow.addNode("rows", "org.spikeflow.base.loop.tablerowstart");
        workflow.addNode("record", "org.spikeflow.base.flowvar.variablestotable");
        workflow.setNodeSettings("record", org.spikeflow.core.settings.SettingsHandler.MAPPER.readTree(
                "{\"variables\": [\"Neuron\", \"I (pA)\", \"currentIteration\", \"maxIterations\"]}"));
        workflow.connect("table", 0, "rows", 0);
        workflow.connect("rows", 0, "record", 0);
        workflow.connect("record", 0, "end", 0);

        ExecutionResult result = workflow.executeAll(ExecutionOptions.defaults());

        assertTrue(result.success(), result.toString());
        DataTable out = (DataTable) workflow.getNode("end").getOutput(0);
        assertEquals(2, out.getRowCount());
        assertEquals("RS", ((StringColumn) out.getColumn("Neuron")).get(0));
        assertEquals("FS", ((StringColumn) out.getColumn("Neuron")).get(1));
        assertArrayEquals(new double[] {10, 12.5}, ((DoubleColumn) out.getColumn("I (pA)")).toArray());
        assertArrayEquals(new int[] {0, 1}, ints(out.getColumn("currentIteration")));
        assertArrayEquals(new int[] {2, 2}, ints(out.getColumn("maxIterations")));
    }

    @Test
    void danglingBranchesInsideTheBodyRunEveryIteration() throws Exception {
        WorkflowManager workflow = WorkflowManager.create(TestRepository.withTestNodes());
        workflow.addNode("start", "org.spikeflow.base.loop.countingstart");
        workflow.setNodeSetting("start", "loopCount", "4");
        workflow.addNode("side", RecordNodeFactory.ID);
        workflow.setNodeSetting("side", "label", "side");
        workflow.addNode("end", "org.spikeflow.base.loop.end");
        workflow.connect("start", 0, "side", 0);
        workflow.connect("start", 0, "end", 0);

        assertTrue(workflow.executeAll(ExecutionOptions.defaults()).success());

        assertEquals(4, TestLog.events().stream().filter("start side"::equals).count());
    }

    @Test
    void resettingABodyNodeResetsTheWholeLoop() throws Exception {
        WorkflowManager workflow = load("nested-loops");
        assertTrue(workflow.executeAll(ExecutionOptions.defaults()).success());

        workflow.resetNode("record");

        for (String id : List.of("outer", "remember", "inner", "record", "innerEnd", "outerEnd")) {
            assertEquals(NodeState.CONFIGURED, workflow.getNode(id).getState(), id);
        }
        assertTrue(workflow.executeAll(ExecutionOptions.defaults()).success());
        assertEquals(6, ((DataTable) workflow.getNode("outerEnd").getOutput(0)).getRowCount(),
                "a re-run starts the loops from iteration 0");
    }

    @Test
    void aLoopEndWithoutStartFailsAtConfigure() throws Exception {
        WorkflowManager workflow = WorkflowManager.create(TestRepository.withTestNodes());
        workflow.addNode("source", RecordNodeFactory.ID);
        workflow.addNode("end", "org.spikeflow.base.loop.end");
        workflow.connect("source", 0, "end", 0);

        var errors = workflow.configureAll();

        assertEquals(1, errors.size());
        assertTrue(errors.get(0).toString().contains("node 'end' (Loop End)"), errors.get(0).toString());
        assertTrue(errors.get(0).message().contains("not inside a loop"), errors.get(0).message());
    }
}
