package org.spikeflow.engine.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.spikeflow.core.data.DataTable;
import org.spikeflow.core.data.DoubleColumn;
import org.spikeflow.engine.Connection;
import org.spikeflow.engine.ExecutionOptions;
import org.spikeflow.engine.ExecutionResult;
import org.spikeflow.engine.NodeState;
import org.spikeflow.engine.WorkflowException;
import org.spikeflow.engine.WorkflowManager;
import org.spikeflow.engine.tests.nodes.FailNodeFactory;
import org.spikeflow.engine.tests.nodes.RecordNodeFactory;
import org.spikeflow.engine.tests.nodes.TestLog;
import org.spikeflow.engine.tests.nodes.TestRepository;
import org.spikeflow.engine.tests.nodes.WaitForCancelNodeFactory;

/** Order, parallel branches, failure propagation, cancel, reset and connection checks of the engine. */
class WorkflowExecutionTest {
    private WorkflowManager workflow;

    @BeforeEach
    void setUp() {
        TestLog.clear();
        workflow = WorkflowManager.create(TestRepository.withTestNodes());
    }

    private void record(String id, String label) throws Exception {
        workflow.addNode(id, RecordNodeFactory.ID);
        workflow.setNodeSetting(id, "label", label);
    }

    @Test
    void executesInDependencyOrderAndPassesData() throws Exception {
        // a -> b -> d, a -> c -> d (diamond); d adds from both inputs' order
        record("a", "a");
        record("b", "b");
        record("c", "c");
        record("d", "d");
        workflow.setNodeSetting("b", "add", "10");
        workflow.setNodeSetting("d", "add", "100");
        workflow.connect("a", 0, "b", 0);
        workflow.connect("a", 0, "c", 0);
        workflow.connect("b", 0, "d", 0);
        workflow.connect("c", 0, "d", 1);

        ExecutionResult result = workflow.executeAll(ExecutionOptions.defaults().withThreads(1));

        assertTrue(result.success(), result.toString());
        assertEquals(4, result.executions());
        List<String> events = TestLog.events();
        assertTrue(events.indexOf("end a") < events.indexOf("start b"));
        assertTrue(events.indexOf("end a") < events.indexOf("start c"));
        assertTrue(events.indexOf("end b") < events.indexOf("start d"));
        assertTrue(events.indexOf("end c") < events.indexOf("start d"));
        DataTable out = (DataTable) workflow.getNode("d").getOutput(0);
        // 1 (source) + 10 (b) + 100 (d)
        assertEquals(111.0, ((DoubleColumn) out.getColumn("x")).get(0));
        workflow.getNodes().forEach(n -> assertEquals(NodeState.EXECUTED, n.getState(), n.toString()));
    }

    @Test
    void independentBranchesRunInParallel() throws Exception {
        record("left", "left");
        record("right", "right");
        workflow.setNodeSetting("left", "rendezvous", "pair");
        workflow.setNodeSetting("right", "rendezvous", "pair");

        ExecutionResult result = workflow.executeAll(ExecutionOptions.defaults().withThreads(2));

        assertTrue(result.success(), result.toString());
        // Each node waits at the rendezvous for the other: both can only meet if they ran at the same time.
        assertTrue(TestLog.events().contains("met left"), TestLog.events().toString());
        assertTrue(TestLog.events().contains("met right"), TestLog.events().toString());
    }

    @Test
    void oneThreadRunsBranchesOneAfterTheOther() throws Exception {
        record("left", "left");
        record("right", "right");
        workflow.setNodeSetting("left", "rendezvous", "pair1");
        workflow.setNodeSetting("right", "rendezvous", "pair1");
        workflow.setNodeSetting("right", "label", "right");

        ExecutionResult result = workflow.executeAll(ExecutionOptions.defaults().withThreads(1));

        assertTrue(result.success());
        // The first node waited in vain (5 s) because the pool had no second thread.
        assertTrue(TestLog.events().contains("alone left") || TestLog.events().contains("alone right"),
                TestLog.events().toString());
    }

    @Test
    void failureStopsDownstreamButNotIndependentBranches() throws Exception {
        record("source", "source");
        workflow.addNode("broken", FailNodeFactory.ID);
        workflow.setNodeSetting("broken", "message", "the sensor table is empty");
        record("after", "after");
        record("independent", "independent");
        workflow.connect("source", 0, "broken", 0);
        workflow.connect("broken", 0, "after", 0);

        ExecutionResult result = workflow.executeAll(ExecutionOptions.defaults());

        assertFalse(result.success());
        assertEquals(1, result.failures().size());
        assertEquals("broken", result.failures().get(0).nodeId());
        assertEquals("Fail (test)", result.failures().get(0).nodeName());
        assertEquals("the sensor table is empty", result.failures().get(0).message());
        assertEquals(NodeState.FAILED, workflow.getNode("broken").getState());
        assertFalse(TestLog.events().contains("start after"));
        assertEquals(List.of("after"), result.notExecuted().stream().map(m -> m.nodeId()).toList());
        assertTrue(result.notExecuted().get(0).message().contains("upstream node 'broken' (Fail (test)) failed"));
        assertEquals(NodeState.EXECUTED, workflow.getNode("independent").getState());
    }

    @Test
    void cancelStopsARunningNodeCleanly() throws Exception {
        workflow.addNode("slow", WaitForCancelNodeFactory.ID);
        record("after", "after");
        workflow.connect("slow", 0, "after", 0);
        CompletableFuture<ExecutionResult> running = CompletableFuture.supplyAsync(
                () -> workflow.executeAll(ExecutionOptions.defaults()));
        assertTrue(TestLog.latch("started", 1).await(10, TimeUnit.SECONDS));
        workflow.cancel();
        ExecutionResult result = running.get(10, TimeUnit.SECONDS);

        assertTrue(result.canceled());
        assertFalse(result.success());
        assertTrue(result.failures().isEmpty(), "a cancelled node is not a failure");
        assertEquals(NodeState.CONFIGURED, workflow.getNode("slow").getState());
        assertFalse(TestLog.events().contains("never cancelled"));
        assertFalse(TestLog.events().contains("start after"));
        assertFalse(workflow.isExecuting());
    }

    @Test
    void resetResetsDownstreamOnly() throws Exception {
        record("a", "a");
        record("b", "b");
        record("c", "c");
        workflow.connect("a", 0, "b", 0);
        workflow.connect("b", 0, "c", 0);
        assertTrue(workflow.executeAll(ExecutionOptions.defaults()).success());

        workflow.resetNode("b");

        assertEquals(NodeState.EXECUTED, workflow.getNode("a").getState());
        assertEquals(NodeState.CONFIGURED, workflow.getNode("b").getState());
        assertEquals(NodeState.CONFIGURED, workflow.getNode("c").getState());
        assertNull(workflow.getNode("c").getOutput(0));
        TestLog.clear();
        assertTrue(workflow.executeAll(ExecutionOptions.defaults()).success());
        assertFalse(TestLog.events().contains("start a"), "executed nodes are not run again");
        assertTrue(TestLog.events().contains("start b"));
    }

    @Test
    void executeUpToRunsOnlyWhatTheNodeNeeds() throws Exception {
        record("a", "a");
        record("b", "b");
        record("other", "other");
        workflow.connect("a", 0, "b", 0);

        assertTrue(workflow.executeUpTo("b", ExecutionOptions.defaults()).success());

        assertEquals(NodeState.EXECUTED, workflow.getNode("b").getState());
        assertEquals(NodeState.CONFIGURED, workflow.getNode("other").getState());
    }

    @Test
    void connectionsAreChecked() throws Exception {
        record("a", "a");
        record("b", "b");
        workflow.addNode("slow", WaitForCancelNodeFactory.ID);
        workflow.connect("a", 0, "b", 0);

        WorkflowException cycle = assertThrows(WorkflowException.class, () -> workflow.connect("b", 0, "a", 0));
        assertTrue(cycle.getMessage().contains("cycle"), cycle.getMessage());
        WorkflowException occupied = assertThrows(WorkflowException.class, () -> workflow.connect("slow", 0, "b", 0));
        assertTrue(occupied.getMessage().contains("already connected to a:0"), occupied.getMessage());
        WorkflowException noPort = assertThrows(WorkflowException.class, () -> workflow.connect("a", 3, "b", 1));
        assertTrue(noPort.getMessage().contains("has no output port 3"), noPort.getMessage());
        WorkflowException noInput = assertThrows(WorkflowException.class, () -> workflow.connect("b", 0, "slow", 0));
        assertTrue(noInput.getMessage().contains("has no input port 0"), noInput.getMessage());
        WorkflowException flowToData = assertThrows(WorkflowException.class,
                () -> workflow.connect("a", Connection.FLOW_PORT, "b", 1));
        assertTrue(flowToData.getMessage().contains("flow-variable port connects only"), flowToData.getMessage());
    }

    @Test
    void missingRequiredInputIsAConfigureErrorNamingTheNode() throws Exception {
        // The base bundle's CSV Writer needs a table input.
        workflow.addNode("writer", "org.spikeflow.base.io.csvwriter");

        var errors = workflow.configureAll();

        assertEquals(1, errors.size());
        assertEquals("writer", errors.get(0).nodeId());
        assertTrue(errors.get(0).toString().contains("node 'writer' (CSV Writer)"), errors.get(0).toString());
        assertTrue(errors.get(0).message().contains("Input port 0"), errors.get(0).message());
        assertTrue(errors.get(0).message().contains("is not connected"), errors.get(0).message());
    }

    @Test
    void invalidSettingIsRejectedWithItsName() throws Exception {
        record("a", "a");
        var error = assertThrows(org.spikeflow.core.settings.InvalidSettingsException.class,
                () -> workflow.setNodeSetting("a", "add", "5000"));
        assertTrue(error.getMessage().contains("'add'"), error.getMessage());
        assertTrue(error.getMessage().contains("between -1000 and 1000"), error.getMessage());
    }
}
