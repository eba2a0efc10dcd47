package org.spikeflow.engine.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;
import org.spikeflow.core.data.DataTable;
import org.spikeflow.core.data.DoubleColumn;
import org.spikeflow.core.data.IntColumn;
import org.spikeflow.engine.ExecutionOptions;
import org.spikeflow.engine.WorkflowManager;
import org.spikeflow.engine.tests.nodes.BigTableNodeFactory;
import org.spikeflow.engine.tests.nodes.RecordNodeFactory;
import org.spikeflow.engine.tests.nodes.TestRepository;

/** Large outputs move out of the heap into memory-mapped files and stay readable by downstream nodes. */
class SpillTest {

    @Test
    void largeTablesAreSpilledOffHeap() throws Exception {
        int rows = 3_000_000;
        try (WorkflowManager workflow = WorkflowManager.create(TestRepository.withTestNodes())) {
            workflow.addNode("big", BigTableNodeFactory.ID);
            workflow.setNodeSetting("big", "rows", Integer.toString(rows));
            workflow.addNode("plus", RecordNodeFactory.ID);
            workflow.setNodeSetting("plus", "add", "1");
            workflow.connect("big", 0, "plus", 0);

            // 3M rows x (4 + 8) bytes = 36 MB: above a 1 MB threshold.
            assertTrue(workflow.executeAll(ExecutionOptions.defaults().withSpillThreshold(1 << 20)).success());

            DataTable spilled = (DataTable) workflow.getNode("big").getOutput(0);
            assertEquals(rows, spilled.getRowCount());
            assertTrue(((DoubleColumn) spilled.getColumn("sqrt")).buffer().isDirect(), "the column lives off-heap");
            IntColumn index = (IntColumn) spilled.getColumn("i");
            DoubleColumn roots = (DoubleColumn) spilled.getColumn("sqrt");
            for (int i : new int[] {0, 1, 2, 999_999, rows - 1}) {
                assertEquals(i, index.get(i));
                assertEquals(Math.sqrt(i), roots.get(i));
            }
            DataTable plus = (DataTable) workflow.getNode("plus").getOutput(0);
            assertEquals(Math.sqrt(rows - 1) + 1, ((DoubleColumn) plus.getColumn("sqrt")).get(rows - 1));
        }
    }

    @Test
    void smallTablesStayOnTheHeap() throws Exception {
        try (WorkflowManager workflow = WorkflowManager.create(TestRepository.withTestNodes())) {
            workflow.addNode("small", BigTableNodeFactory.ID);
            assertTrue(workflow.executeAll(ExecutionOptions.defaults()).success());
            DataTable table = (DataTable) workflow.getNode("small").getOutput(0);
            assertFalse(((DoubleColumn) table.getColumn("sqrt")).buffer().isDirect());
        }
    }
}
