package org.spikeflow.base.tests.loop;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.spikeflow.base.tests.NodeHarness.context;
import static org.spikeflow.base.tests.NodeHarness.node;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.spikeflow.base.internal.flowvar.expression.VariableExpressionNodeFactory;
import org.spikeflow.base.internal.loop.countingstart.CountingLoopStartNodeFactory;
import org.spikeflow.base.internal.loop.end.LoopEndNodeFactory;
import org.spikeflow.base.internal.loop.genericstart.GenericLoopStartNodeFactory;
import org.spikeflow.base.internal.loop.recursiveend.RecursiveLoopEndNodeFactory;
import org.spikeflow.base.internal.loop.recursivestart.RecursiveLoopStartNodeFactory;
import org.spikeflow.base.internal.loop.variableconditionend.VariableConditionLoopEndNodeFactory;
import org.spikeflow.core.data.DataTable;
import org.spikeflow.core.data.DataTableBuilder;
import org.spikeflow.core.data.DataTableSpec;
import org.spikeflow.core.data.DataType;
import org.spikeflow.core.data.DoubleColumn;
import org.spikeflow.core.data.IntColumn;
import org.spikeflow.core.flowvar.FlowObjectStack;
import org.spikeflow.core.flowvar.FlowVariable;
import org.spikeflow.core.runtime.Node;
import org.spikeflow.core.port.FlowVariablePortObject;
import org.spikeflow.core.port.FlowVariablePortObjectSpec;
import org.spikeflow.core.port.EmptyPortObject;
import org.spikeflow.core.port.GenericPorts;
import org.spikeflow.core.port.PortObject;
import org.spikeflow.core.port.PortObjectSpec;
import org.spikeflow.core.settings.InvalidSettingsException;

/** Drives loops by hand the way the engine does: start, body, end, and again while the end asks to continue. */
class LoopNodesTest {
    private static final DataTableSpec SPEC = DataTableSpec.of("Time (ms)", DataType.DOUBLE, "V", DataType.DOUBLE);

    @TempDir
    Path folder;

    private static DataTable input() {
        return new DataTableBuilder(SPEC).appendRow(0.0, -65.0).appendRow(0.25, -63.25).build();
    }

    private static Node pair(Node start, Node end) {
        start.setLoopPartner(end);
        end.setLoopPartner(start);
        return end;
    }

    /** Body: a table with the iteration's currentIteration, computed from the flow stack the body sees. */
    private static DataTable bodyTable(FlowObjectStack stack) {
        int iteration = stack.find("currentIteration").orElseThrow().getIntValue();
        return new DataTableBuilder(SPEC).appendRow(iteration * 1.0, iteration * 10.0).build();
    }

    @Test
    void countingLoopConcatenatesEveryIterationWithItsNumber() throws Exception {
        Node start = node(new CountingLoopStartNodeFactory(), "{'loopCount': 3}");
        Node end = pair(start, node(new LoopEndNodeFactory(), null));

        PortObjectSpec[] startSpecs = start.configure(new PortObjectSpec[] {SPEC}, FlowObjectStack.empty());
        assertEquals(SPEC, startSpecs[0]);
        FlowObjectStack configured = start.getOutgoingFlowStack();
        assertEquals(0, configured.find("currentIteration").orElseThrow().getIntValue());
        assertEquals(3, configured.find("maxIterations").orElseThrow().getIntValue());
        PortObjectSpec endSpec = end.configure(new PortObjectSpec[] {SPEC}, configured)[0];
        assertEquals(SPEC.append(new org.spikeflow.core.data.DataColumnSpec("Iteration", DataType.INT)), endSpec);
        assertTrue(end.getOutgoingFlowStack().find("currentIteration").isEmpty(), "loop variables dropped after end");

        PortObject[] result = null;
        int iterations = 0;
        while (result == null) {
            PortObject[] started = start.execute(new PortObject[] {input()}, FlowObjectStack.empty(), context(folder));
            assertEquals(input().getRowCount(), ((DataTable) started[0]).getRowCount(), "input passed through");
            FlowObjectStack body = start.getOutgoingFlowStack();
            assertEquals(iterations, body.find("currentIteration").orElseThrow().getIntValue());
            PortObject[] out = end.execute(new PortObject[] {bodyTable(body)}, body, context(folder));
            iterations++;
            if (!end.isContinueLoopRequested()) {
                result = out;
            }
            assertTrue(iterations <= 3);
        }
        assertEquals(3, iterations);
        DataTable table = (DataTable) result[0];
        assertEquals(List.of("Time (ms)", "V", "Iteration"), table.getSpec().columnNames());
        assertArrayEquals(new int[] {0, 1, 2}, ((IntColumn) table.getColumn("Iteration")).toArray());
        assertArrayEquals(new double[] {0, 10, 20}, ((DoubleColumn) table.getColumn("V")).toArray());

        // Reset (as the engine does for a fresh run) starts counting again.
        start.reset();
        end.reset();
        start.execute(new PortObject[] {input()}, FlowObjectStack.empty(), context(folder));
        assertEquals(0, start.getOutgoingFlowStack().find("currentIteration").orElseThrow().getIntValue());
    }

    @Test
    void countingLoopWithoutInputOutputsAnEmptyTable() throws Exception {
        Node start = node(new CountingLoopStartNodeFactory(), "{'loopCount': 1}");
        PortObject[] out = start.execute(new PortObject[] {null}, FlowObjectStack.empty(), context(folder));
        assertEquals(0, ((DataTable) out[0]).getColumnCount());
        InvalidSettingsException e = assertThrows(InvalidSettingsException.class,
                () -> node(new CountingLoopStartNodeFactory(), "{'loopCount': 0}"));
        assertTrue(e.getMessage().contains("loopCount"), e.getMessage());
    }

    @Test
    void loopEndRejectsChangedColumnsNamingIterationAndColumns() throws Exception {
        Node start = node(new CountingLoopStartNodeFactory(), "{'loopCount': 3}");
        Node end = pair(start, node(new LoopEndNodeFactory(), null));
        start.execute(new PortObject[] {null}, FlowObjectStack.empty(), context(folder));
        end.execute(new PortObject[] {input()}, start.getOutgoingFlowStack(), context(folder));
        start.execute(new PortObject[] {null}, FlowObjectStack.empty(), context(folder));
        DataTable other = new DataTableBuilder(DataTableSpec.of("Time (ms)", DataType.DOUBLE, "I", DataType.INT))
                .appendRow(1.0, 2).build();
        Exception e = assertThrows(IllegalArgumentException.class,
                () -> end.execute(new PortObject[] {other}, start.getOutgoingFlowStack(), context(folder)));
        assertEquals("The table of iteration 1 has other columns than the first iteration's: missing 'V'; new 'I'."
                + " Switch on 'allowChangingSpecs' to concatenate the union of the columns", e.getMessage());
    }

    @Test
    void loopEndCanCollectTheUnionOfChangingColumns() throws Exception {
        Node start = node(new CountingLoopStartNodeFactory(), "{'loopCount': 2}");
        Node end = pair(start, node(new LoopEndNodeFactory(),
                "{'allowChangingSpecs': true, 'iterationColumnName': 'run'}"));
        start.execute(new PortObject[] {null}, FlowObjectStack.empty(), context(folder));
        end.execute(new PortObject[] {input()}, start.getOutgoingFlowStack(), context(folder));
        start.execute(new PortObject[] {null}, FlowObjectStack.empty(), context(folder));
        DataTable other = new DataTableBuilder(DataTableSpec.of("V", DataType.INT, "I", DataType.INT))
                .appendRow(7, 2).build();
        DataTable result = (DataTable) end.execute(new PortObject[] {other}, start.getOutgoingFlowStack(),
                context(folder))[0];
        assertEquals(DataTableSpec.of("Time (ms)", DataType.DOUBLE, "V", DataType.DOUBLE, "I", DataType.INT, "run",
                DataType.INT), result.getSpec());
        assertEquals(3, result.getRowCount());
        assertTrue(result.getColumn("Time (ms)").isMissing(2));
        assertEquals(7.0, ((DoubleColumn) result.getColumn("V")).get(2));
        assertTrue(result.getColumn("I").isMissing(0));
    }

    @Test
    void loopEndRejectsAGenericStartAndAClashingIterationColumn() throws Exception {
        Node start = node(new GenericLoopStartNodeFactory(), null);
        Node end = pair(start, node(new LoopEndNodeFactory(), null));
        start.configure(new PortObjectSpec[] {SPEC}, FlowObjectStack.empty());
        InvalidSettingsException e = assertThrows(InvalidSettingsException.class,
                () -> end.configure(new PortObjectSpec[] {SPEC}, start.getOutgoingFlowStack()));
        assertTrue(e.getMessage().contains("Variable Condition Loop End"), e.getMessage());

        Node counting = node(new CountingLoopStartNodeFactory(), null);
        Node clashing = pair(counting, node(new LoopEndNodeFactory(), "{'iterationColumnName': 'V'}"));
        counting.configure(new PortObjectSpec[] {SPEC}, FlowObjectStack.empty());
        e = assertThrows(InvalidSettingsException.class,
                () -> clashing.configure(new PortObjectSpec[] {SPEC}, counting.getOutgoingFlowStack()));
        assertTrue(e.getMessage().contains("iteration column 'V' clashes"), e.getMessage());
    }

    /** Runs a generic loop whose body computes x = currentIteration * 2 with a Variable Expression node. */
    private List<PortObject[]> runConditionLoop(Node end, int safetyLimit) throws Exception {
        Node start = node(new GenericLoopStartNodeFactory(), null);
        pair(start, end);
        Node body = node(new VariableExpressionNodeFactory(),
                "{'variableName': 'x', 'expression': '$currentIteration * 2', 'resultType': 'INT'}");
        start.configure(new PortObjectSpec[] {null}, FlowObjectStack.empty());
        body.configure(new PortObjectSpec[] {FlowVariablePortObjectSpec.INSTANCE}, start.getOutgoingFlowStack());
        end.configure(new PortObjectSpec[] {SPEC}, body.getOutgoingFlowStack());
        List<PortObject[]> outputs = new ArrayList<>();
        for (int i = 0; i < safetyLimit; i++) {
            start.execute(new PortObject[] {null}, FlowObjectStack.empty(), context(folder));
            body.reset();
            body.execute(new PortObject[] {FlowVariablePortObject.INSTANCE}, start.getOutgoingFlowStack(),
                    context(folder));
            FlowObjectStack bodyStack = body.getOutgoingFlowStack();
            PortObject[] out = end.execute(new PortObject[] {bodyTable(bodyStack)}, bodyStack, context(folder));
            if (!end.isContinueLoopRequested()) {
                outputs.add(out);
                return outputs;
            }
        }
        throw new AssertionError("loop did not stop within " + safetyLimit + " iterations");
    }

    @Test
    void variableConditionLoopEndStopsWhenTheConditionHolds() throws Exception {
        Node end = node(new VariableConditionLoopEndNodeFactory(),
                "{'variable': 'x', 'operator': 'GE', 'value': '6'}");
        PortObject[] out = runConditionLoop(end, 50).get(0);
        DataTable collected = (DataTable) out[0];
        assertArrayEquals(new int[] {0, 1, 2, 3}, ((IntColumn) collected.getColumn("Iteration")).toArray());
        DataTable values = (DataTable) out[1];
        assertEquals(DataTableSpec.of("x", DataType.INT, "Iteration", DataType.INT), values.getSpec());
        assertArrayEquals(new int[] {0, 2, 4, 6}, ((IntColumn) values.getColumn("x")).toArray());
        assertNull(end.getWarningMessage());
        assertTrue(end.getOutgoingFlowStack().find("x").isEmpty(), "body variables dropped after the loop");

        end.reset();
        Node excluding = node(new VariableConditionLoopEndNodeFactory(),
                "{'variable': 'x', 'operator': 'EQ', 'value': '4.0', 'includeLastIteration': false,"
                        + " 'addIterationColumn': false}");
        out = runConditionLoop(excluding, 50).get(0);
        collected = (DataTable) out[0];
        assertEquals(SPEC, collected.getSpec());
        assertArrayEquals(new double[] {0, 10}, ((DoubleColumn) collected.getColumn("V")).toArray());
        assertEquals(3, ((DataTable) out[1]).getRowCount());
    }

    @Test
    void variableConditionLoopEndStopsAtTheGuardWithAWarning() throws Exception {
        Node end = node(new VariableConditionLoopEndNodeFactory(),
                "{'variable': 'x', 'operator': 'LT', 'value': '-1', 'maxIterations': 5}");
        PortObject[] out = runConditionLoop(end, 50).get(0);
        assertEquals(5, ((DataTable) out[0]).getRowCount());
        String warning = end.getWarningMessage();
        assertTrue(warning != null && warning.contains("x < -1 never held in 5 iterations"), warning);
        assertTrue(warning.contains("'maxIterations' = 5"), warning);
    }

    @Test
    void variableConditionLoopEndAlsoStopsWhenACountingStartIsDone() throws Exception {
        Node start = node(new CountingLoopStartNodeFactory(), "{'loopCount': 2}");
        Node end = pair(start, node(new VariableConditionLoopEndNodeFactory(),
                "{'variable': 'currentIteration', 'operator': 'EQ', 'value': '100'}"));
        start.execute(new PortObject[] {null}, FlowObjectStack.empty(), context(folder));
        end.execute(new PortObject[] {input()}, start.getOutgoingFlowStack(), context(folder));
        assertTrue(end.isContinueLoopRequested());
        start.execute(new PortObject[] {null}, FlowObjectStack.empty(), context(folder));
        PortObject[] out = end.execute(new PortObject[] {input()}, start.getOutgoingFlowStack(), context(folder));
        assertFalse(end.isContinueLoopRequested());
        assertEquals(4, ((DataTable) out[0]).getRowCount());
        assertNull(end.getWarningMessage());
    }

    @Test
    void variableConditionLoopEndChecksTheValueAgainstTheVariableType() throws Exception {
        Node start = node(new CountingLoopStartNodeFactory(), null);
        Node end = pair(start, node(new VariableConditionLoopEndNodeFactory(),
                "{'variable': 'currentIteration', 'value': 'ten'}"));
        start.configure(new PortObjectSpec[] {SPEC}, FlowObjectStack.empty());
        InvalidSettingsException e = assertThrows(InvalidSettingsException.class,
                () -> end.configure(new PortObjectSpec[] {SPEC}, start.getOutgoingFlowStack()));
        assertTrue(e.getMessage().contains("'ten', which is not a number"), e.getMessage());

        Node unknown = pair(start, node(new VariableConditionLoopEndNodeFactory(), "{'variable': 'nope'}"));
        e = assertThrows(InvalidSettingsException.class,
                () -> unknown.configure(new PortObjectSpec[] {SPEC}, start.getOutgoingFlowStack()));
        assertTrue(e.getMessage().contains("'nope' is not available"), e.getMessage());
        assertTrue(e.getMessage().contains("currentIteration"), e.getMessage());
    }

    @Test
    void recursiveLoopFeedsTablesBackUntilTooFewRows() throws Exception {
        Node start = node(new RecursiveLoopStartNodeFactory(), null);
        Node end = pair(start, node(new RecursiveLoopEndNodeFactory(), "{'minimumRows': 2}"));
        DataTable initial = new DataTableBuilder(SPEC).appendRow(0.0, 1.0).appendRow(1.0, 2.0).appendRow(2.0, 3.0)
                .appendRow(3.0, 4.0).build();
        assertEquals(SPEC, start.configure(new PortObjectSpec[] {SPEC, null}, FlowObjectStack.empty())[0]);
        end.configure(new PortObjectSpec[] {SPEC, SPEC, null}, start.getOutgoingFlowStack());

        List<Integer> sizes = new ArrayList<>();
        PortObject[] result = null;
        while (result == null) {
            DataTable current = (DataTable) start.execute(new PortObject[] {initial, null}, FlowObjectStack.empty(),
                    context(folder))[0];
            sizes.add(current.getRowCount());
            DataTable next = current.slice(1, current.getRowCount()); // the body drops the first row
            PortObject[] out = end.execute(new PortObject[] {current, next, null}, start.getOutgoingFlowStack(),
                    context(folder));
            if (!end.isContinueLoopRequested()) {
                result = out;
            }
        }
        assertEquals(List.of(4, 3, 2), sizes);
        DataTable collected = (DataTable) result[0];
        assertEquals(9, collected.getRowCount());
        assertArrayEquals(new int[] {0, 0, 0, 0, 1, 1, 1, 2, 2},
                ((IntColumn) collected.getColumn("Iteration")).toArray());
        DataTable last = (DataTable) result[1];
        assertArrayEquals(new double[] {4.0}, ((DoubleColumn) last.getColumn("V")).toArray());
    }

    @Test
    void recursiveLoopStopsAtMaxIterationsOrEndVariable() throws Exception {
        Node start = node(new RecursiveLoopStartNodeFactory(), null);
        Node end = pair(start, node(new RecursiveLoopEndNodeFactory(),
                "{'maxIterations': 3, 'addIterationColumn': false}"));
        int iterations = 0;
        do {
            DataTable current = (DataTable) start.execute(new PortObject[] {input(), null}, FlowObjectStack.empty(),
                    context(folder))[0];
            end.execute(new PortObject[] {current, current, null}, start.getOutgoingFlowStack(), context(folder));
            iterations++;
        } while (end.isContinueLoopRequested());
        assertEquals(3, iterations);
        assertNull(end.getWarningMessage());

        Node start2 = node(new RecursiveLoopStartNodeFactory(), null);
        Node end2 = pair(start2, node(new RecursiveLoopEndNodeFactory(), "{'endLoopVariable': 'done'}"));
        start2.execute(new PortObject[] {input(), null}, FlowObjectStack.empty(), context(folder));
        FlowObjectStack stack = start2.getOutgoingFlowStack().push(FlowVariable.ofBoolean("done", true));
        end2.execute(new PortObject[] {input(), input(), null}, stack, context(folder));
        assertFalse(end2.isContinueLoopRequested());
    }

    @Test
    void recursiveLoopEndRequiresTheStartsColumns() throws Exception {
        Node start = node(new RecursiveLoopStartNodeFactory(), null);
        Node end = pair(start, node(new RecursiveLoopEndNodeFactory(), null));
        start.configure(new PortObjectSpec[] {SPEC, null}, FlowObjectStack.empty());
        DataTableSpec wrong = DataTableSpec.of("Time (ms)", DataType.DOUBLE);
        InvalidSettingsException e = assertThrows(InvalidSettingsException.class,
                () -> end.configure(new PortObjectSpec[] {SPEC, wrong, null}, start.getOutgoingFlowStack()));
        assertEquals("The table fed back (input 1) lacks column 'V' of the Recursive Loop Start's input; it has"
                + " [Time (ms)]", e.getMessage());
    }

    @Test
    void recursiveLoopCarriesAnObjectFromEachIterationToTheNext() throws Exception {
        Node start = node(new RecursiveLoopStartNodeFactory(), null);
        Node end = pair(start, node(new RecursiveLoopEndNodeFactory(), "{'maxIterations': 3}"));
        List<String> seen = new ArrayList<>();
        PortObject[] result;
        do {
            PortObject[] out = start.execute(new PortObject[] {input(), null}, FlowObjectStack.empty(),
                    context(folder));
            seen.add(out[1].summary());
            // the body "trains further": the object of the next iteration is a table with one more row
            int rows = out[1] instanceof DataTable previous ? previous.getRowCount() : 0;
            DataTableBuilder model = new DataTableBuilder(SPEC);
            for (int r = 0; r <= rows; r++) {
                model.appendRow((double) r, (double) r);
            }
            result = end.execute(new PortObject[] {input(), input(), model.build()}, start.getOutgoingFlowStack(),
                    context(folder));
        } while (end.isContinueLoopRequested());
        assertEquals(List.of("nothing (empty)", "1 rows, 2 columns", "2 rows, 2 columns"), seen);
        assertEquals(3, ((DataTable) result[2]).getRowCount(), "the last object fed back");
    }

    @Test
    void anEmptyObjectIsNoConnectionForOptionalInputsAndAnErrorForRequiredOnes() throws Exception {
        Node start = node(new RecursiveLoopStartNodeFactory(), null);
        pair(start, node(new RecursiveLoopEndNodeFactory(), null));
        PortObject empty = start.execute(new PortObject[] {input(), null}, FlowObjectStack.empty(),
                context(folder))[1];
        assertSame(EmptyPortObject.INSTANCE, empty);
        // a required table input receiving the empty object
        Node required = node(new RecursiveLoopStartNodeFactory(), null);
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
                () -> required.execute(new PortObject[] {empty, null}, FlowObjectStack.empty(), context(folder)));
        assertTrue(e.getMessage().contains("received nothing"), e.getMessage());
        assertTrue(DataTable.TYPE.accepts(GenericPorts.ANY), "a generic output may feed a typed input");
        assertTrue(GenericPorts.ANY.accepts(DataTable.TYPE), "a generic input takes any output");
    }
}
