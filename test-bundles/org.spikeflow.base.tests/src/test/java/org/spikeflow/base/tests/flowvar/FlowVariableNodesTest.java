package org.spikeflow.base.tests.flowvar;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.spikeflow.base.tests.NodeHarness.context;
import static org.spikeflow.base.tests.NodeHarness.node;

import java.nio.file.Path;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.spikeflow.base.internal.flowvar.create.VariableCreatorNodeFactory;
import org.spikeflow.base.internal.flowvar.expression.VariableExpressionNodeFactory;
import org.spikeflow.base.internal.flowvar.tablerowtovariable.TableRowToVariableNodeFactory;
import org.spikeflow.base.internal.flowvar.variablestotable.VariablesToTableNodeFactory;
import org.spikeflow.core.data.BooleanColumn;
import org.spikeflow.core.data.DataTable;
import org.spikeflow.core.data.DataTableBuilder;
import org.spikeflow.core.data.DataTableSpec;
import org.spikeflow.core.data.DataType;
import org.spikeflow.core.data.DoubleColumn;
import org.spikeflow.core.data.IntColumn;
import org.spikeflow.core.data.StringColumn;
import org.spikeflow.core.flowvar.FlowObjectStack;
import org.spikeflow.core.flowvar.FlowVariable;
import org.spikeflow.core.flowvar.FlowVariableType;
import org.spikeflow.core.runtime.Node;
import org.spikeflow.core.port.FlowVariablePortObject;
import org.spikeflow.core.port.PortObject;
import org.spikeflow.core.port.PortObjectSpec;
import org.spikeflow.core.settings.InvalidSettingsException;
import org.spikeflow.core.settings.SettingsHandler;

class FlowVariableNodesTest {
    @TempDir
    Path folder;

    private static final DataTableSpec MIXED = DataTableSpec.of("d", DataType.DOUBLE, "i", DataType.INT, "big",
            DataType.LONG, "small", DataType.LONG, "s", DataType.STRING, "b", DataType.BOOLEAN);

    private static DataTable mixed() {
        return new DataTableBuilder(MIXED)
                .appendRow(1.5, 1, 5_000_000_000L, 7L, "first", true)
                .appendRow(-2.25, 2, 6_000_000_000L, 8L, "last", false)
                .build();
    }

    private Map<String, FlowVariable> run(Node node, PortObject input) throws Exception {
        node.execute(new PortObject[] {input}, FlowObjectStack.empty(), context(folder));
        return node.getOutgoingFlowStack().getVariables();
    }

    @Test
    void variableCreatorCreatesTypedVariables() throws Exception {
        Node node = node(new VariableCreatorNodeFactory(), "{'variables': [{'name': 'count', 'type': 'int', 'value':"
                + " '42'}, {'name': 'rate', 'type': 'double', 'value': '1e-3'}, {'name': 'label', 'type': 'string',"
                + " 'value': ' RS '}, {'name': 'on', 'type': 'boolean', 'value': 'TRUE'}]}");
        node.configure(new PortObjectSpec[] {null}, FlowObjectStack.empty());
        assertEquals(4, node.getOutgoingFlowStack().getVariables().size(), "pushed at configure");
        Map<String, FlowVariable> variables = run(node, null);
        assertEquals(42, variables.get("count").getIntValue());
        assertEquals(0.001, variables.get("rate").getDoubleValue());
        assertEquals(" RS ", variables.get("label").getStringValue());
        assertTrue(variables.get("on").getBooleanValue());
    }

    @Test
    void variableCreatorNamesTheVariableWithABadValue() throws Exception {
        Node node = node(new VariableCreatorNodeFactory(),
                "{'variables': [{'name': 'ok', 'type': 'int', 'value': '1'}, {'name': 'count', 'type': 'int',"
                        + " 'value': '4.5'}]}");
        InvalidSettingsException e = assertThrows(InvalidSettingsException.class,
                () -> node.configure(new PortObjectSpec[] {null}, FlowObjectStack.empty()));
        assertEquals("Variable 'count' is int but its value '4.5' is not an int", e.getMessage());

        Node badType = node(new VariableCreatorNodeFactory(), "{'variables': [{'name': 'x', 'type': 'float',"
                + " 'value': '1'}]}");
        e = assertThrows(InvalidSettingsException.class,
                () -> badType.configure(new PortObjectSpec[] {null}, FlowObjectStack.empty()));
        assertTrue(e.getMessage().contains("Variable 'x' has type 'float'"), e.getMessage());

        Node twice = node(new VariableCreatorNodeFactory(), "{'variables': [{'name': 'x', 'type': 'int', 'value':"
                + " '1'}, {'name': 'x', 'type': 'int', 'value': '2'}]}");
        e = assertThrows(InvalidSettingsException.class,
                () -> twice.configure(new PortObjectSpec[] {null}, FlowObjectStack.empty()));
        assertTrue(e.getMessage().contains("defined twice"), e.getMessage());
    }

    @Test
    void tableRowToVariableConvertsEachTypeAndCountsNegativeRowsFromTheEnd() throws Exception {
        Node node = node(new TableRowToVariableNodeFactory(), "{'row': -1, 'prefix': 'fit_'}");
        node.configure(new PortObjectSpec[] {MIXED}, FlowObjectStack.empty());
        Map<String, FlowVariable> placeholders = node.getOutgoingFlowStack().getVariables();
        assertEquals(List.of("fit_d", "fit_i", "fit_big", "fit_small", "fit_s", "fit_b"),
                List.copyOf(placeholders.keySet()));
        assertEquals(0.0, placeholders.get("fit_d").getDoubleValue());
        assertEquals("", placeholders.get("fit_s").getStringValue());

        Map<String, FlowVariable> variables = run(node, mixed());
        assertEquals(FlowVariable.ofDouble("fit_d", -2.25).toString(), variables.get("fit_d").toString());
        assertEquals(2, variables.get("fit_i").getIntValue());
        assertEquals(FlowVariableType.DOUBLE, variables.get("fit_big").getType(), "long too big for an int");
        assertEquals(6.0e9, variables.get("fit_big").getDoubleValue());
        assertEquals(FlowVariableType.INT, variables.get("fit_small").getType());
        assertEquals(8, variables.get("fit_small").getIntValue());
        assertEquals("last", variables.get("fit_s").getStringValue());
        assertEquals(false, variables.get("fit_b").getBooleanValue());

        Node first = node(new TableRowToVariableNodeFactory(), "{'columns': ['s', 'd']}");
        variables = run(first, mixed());
        assertEquals("first", variables.get("s").getStringValue());
        assertEquals(1.5, variables.get("d").getDoubleValue());
        assertEquals(2, variables.size());
    }

    @Test
    void tableRowToVariableReportsBadRowsColumnsAndMissingCells() throws Exception {
        Node outOfRange = node(new TableRowToVariableNodeFactory(), "{'row': -3}");
        Exception e = assertThrows(InvalidSettingsException.class, () -> run(outOfRange, mixed()));
        assertEquals("Setting 'row' is -3 but the input table has 2 rows (valid: 0 to 1, or -1 to -2 counting from"
                + " the end)", e.getMessage());

        Node unknownColumn = node(new TableRowToVariableNodeFactory(), "{'columns': ['nope']}");
        e = assertThrows(InvalidSettingsException.class,
                () -> unknownColumn.configure(new PortObjectSpec[] {MIXED}, FlowObjectStack.empty()));
        assertTrue(e.getMessage().contains("no column 'nope'"), e.getMessage());

        DataTable withMissing = new DataTableBuilder(DataTableSpec.of("a", DataType.DOUBLE, "b", DataType.INT))
                .appendRow(null, 1).build();
        Node failing = node(new TableRowToVariableNodeFactory(), null);
        e = assertThrows(InvalidSettingsException.class, () -> run(failing, withMissing));
        assertTrue(e.getMessage().startsWith("Column 'a' has a missing value in row 0"), e.getMessage());
        Node skipping = node(new TableRowToVariableNodeFactory(), "{'missingValue': 'SKIP'}");
        Map<String, FlowVariable> variables = run(skipping, withMissing);
        assertEquals(List.of("b"), List.copyOf(variables.keySet()));
    }

    @Test
    void variableExpressionComputesTypedResults() throws Exception {
        FlowObjectStack stack = FlowObjectStack.of(List.of(FlowVariable.ofInt("i", 3),
                FlowVariable.ofDouble("base amplitude", 50.0)));
        String[][] cases = {
                {"AUTO", "${base amplitude} + 10 * $i", "a (double) = 80.0"},
                {"INT", "round($i / 2)", "a (int) = 2"},
                {"DOUBLE", "$i", "a (double) = 3.0"},
                {"BOOLEAN", "$i >= 3", "a (boolean) = true"},
                {"STRING", "'run_' + $i", "a (string) = run_3"},
                {"STRING", "$i * 2", "a (string) = 6"},
        };
        for (String[] c : cases) {
            Node node = node(new VariableExpressionNodeFactory(), null);
            node.loadSettings(SettingsHandler.MAPPER.createObjectNode().put("variableName", "a")
                    .put("expression", c[1]).put("resultType", c[0]));
            node.execute(new PortObject[] {null}, stack, context(folder));
            assertEquals(c[2], node.getOutgoingFlowStack().find("a").orElseThrow().toString(), c[1]);
        }
    }

    @Test
    void variableExpressionReportsErrorsAtConfigure() throws Exception {
        FlowObjectStack stack = FlowObjectStack.of(List.of(FlowVariable.ofInt("i", 3)));
        Node syntax = node(new VariableExpressionNodeFactory(), "{'variableName': 'a', 'expression': '1 + (2 * )'}");
        Exception e = assertThrows(InvalidSettingsException.class,
                () -> syntax.configure(new PortObjectSpec[] {null}, stack));
        assertTrue(e.getMessage().startsWith("Setting 'expression': Unexpected ')'"), e.getMessage());
        assertTrue(e.getMessage().contains("at position 10"), e.getMessage());

        Node unknown = node(new VariableExpressionNodeFactory(), "{'variableName': 'a', 'expression': '$j + 1'}");
        e = assertThrows(InvalidSettingsException.class, () -> unknown.configure(new PortObjectSpec[] {null}, stack));
        assertTrue(e.getMessage().contains("Unknown variable 'j'; available variables: i"), e.getMessage());

        Node notInt = node(new VariableExpressionNodeFactory(),
                "{'variableName': 'a', 'expression': '$i / 2', 'resultType': 'INT'}");
        e = assertThrows(InvalidSettingsException.class, () -> notInt.configure(new PortObjectSpec[] {null}, stack));
        assertTrue(e.getMessage().contains("1.5, which is not an int"), e.getMessage());

        Node notBoolean = node(new VariableExpressionNodeFactory(),
                "{'variableName': 'a', 'expression': '$i', 'resultType': 'BOOLEAN'}");
        e = assertThrows(InvalidSettingsException.class,
                () -> notBoolean.configure(new PortObjectSpec[] {null}, stack));
        assertTrue(e.getMessage().contains("gives the number 3 but setting 'resultType' is BOOLEAN"), e.getMessage());
    }

    @Test
    void variablesToTableWritesOneRowInStackOrder() throws Exception {
        FlowObjectStack stack = FlowObjectStack.of(List.of(FlowVariable.ofInt("n", 4), FlowVariable.ofDouble("x", 0.5),
                FlowVariable.ofString("s", "a"), FlowVariable.ofBoolean("b", true)));
        Node all = node(new VariablesToTableNodeFactory(), null);
        PortObjectSpec spec = all.configure(new PortObjectSpec[] {null}, stack)[0];
        assertEquals(DataTableSpec.of("n", DataType.INT, "x", DataType.DOUBLE, "s", DataType.STRING, "b",
                DataType.BOOLEAN), spec);
        DataTable table = (DataTable) all.execute(new PortObject[] {FlowVariablePortObject.INSTANCE}, stack,
                context(folder))[0];
        assertEquals(1, table.getRowCount());
        assertEquals(4, ((IntColumn) table.getColumn("n")).get(0));
        assertEquals(0.5, ((DoubleColumn) table.getColumn("x")).get(0));
        assertEquals("a", ((StringColumn) table.getColumn("s")).get(0));
        assertTrue(((BooleanColumn) table.getColumn("b")).get(0));

        Node chosen = node(new VariablesToTableNodeFactory(), "{'variables': ['s', 'n']}");
        table = (DataTable) chosen.execute(new PortObject[] {null}, stack, context(folder))[0];
        assertEquals(List.of("s", "n"), table.getSpec().columnNames());

        Node unknown = node(new VariablesToTableNodeFactory(), "{'variables': ['zzz']}");
        Exception e = assertThrows(InvalidSettingsException.class,
                () -> unknown.configure(new PortObjectSpec[] {null}, stack));
        assertTrue(e.getMessage().contains("'zzz', which is not available here; available: [n, x, s, b]"),
                e.getMessage());
    }
}
