package org.spikeflow.base.tests.table;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.spikeflow.base.internal.table.columnexpression.ColumnExpressionNodeFactory;
import org.spikeflow.base.tests.NodeHarness;
import org.spikeflow.core.data.DataTable;
import org.spikeflow.core.data.DataTableBuilder;
import org.spikeflow.core.data.DataTableSpec;
import org.spikeflow.core.data.DataType;
import org.spikeflow.core.data.DoubleColumn;
import org.spikeflow.core.data.StringColumn;
import org.spikeflow.core.flowvar.FlowObjectStack;
import org.spikeflow.core.flowvar.FlowVariable;
import org.spikeflow.core.runtime.Node;
import org.spikeflow.core.port.PortObject;
import org.spikeflow.core.settings.InvalidSettingsException;

class ColumnExpressionNodeTest {
    @TempDir
    Path folder;

    private static DataTable trace() {
        return new DataTableBuilder(DataTableSpec.of("Time (ms)", DataType.DOUBLE, "Membrane Potential (mV)",
                DataType.DOUBLE, "Forecast", DataType.DOUBLE, "Neuron", DataType.STRING))
                .appendRow(0.0, -65.0, -64.5, "RS")
                .appendRow(0.25, -60.0, -61.0, "RS")
                .appendRow(0.5, 30.0, null, "FS")
                .build();
    }

    @Test
    void residualsFromColumnsWithSpacesInTheirNames() throws Exception {
        Node node = NodeHarness.node(new ColumnExpressionNodeFactory(),
                "{'column': 'Residual (mV)', 'expression': '${Membrane Potential (mV)} - $Forecast'}");
        PortObject[] out = NodeHarness.execute(node, folder, trace());
        DataTable table = NodeHarness.table(out, 0);
        assertEquals(List.of("Time (ms)", "Membrane Potential (mV)", "Forecast", "Neuron", "Residual (mV)"),
                table.getSpec().columnNames());
        double[] residual = ((DoubleColumn) table.getColumn("Residual (mV)")).toArray();
        assertEquals(-0.5, residual[0]);
        assertEquals(1.0, residual[1]);
        assertTrue(Double.isNaN(residual[2]), "a missing forecast gives a missing residual");
    }

    @Test
    void flowVariablesAndReplacingAColumn() throws Exception {
        Node node = NodeHarness.node(new ColumnExpressionNodeFactory(),
                "{'column': 'Time (ms)', 'expression': '${Time (ms)} * $scale', 'replace': true}");
        FlowObjectStack stack = FlowObjectStack.of(List.of(FlowVariable.ofDouble("scale", 4)));
        PortObject[] out = node.execute(new PortObject[] {trace()}, stack, NodeHarness.context(folder));
        DataTable table = NodeHarness.table(out, 0);
        assertEquals(4, table.getColumnCount());
        assertArrayEquals(new double[] {0, 1, 2}, ((DoubleColumn) table.getColumn("Time (ms)")).toArray());
    }

    @Test
    void stringResults() throws Exception {
        Node node = NodeHarness.node(new ColumnExpressionNodeFactory(), null);
        node.loadSettings(org.spikeflow.core.settings.SettingsHandler.MAPPER.createObjectNode().put("column", "Label")
                .put("expression", "$Neuron + \" at \" + ${Time (ms)}").put("resultType", "STRING"));
        DataTable table = NodeHarness.table(NodeHarness.execute(node, folder, trace()), 0);
        assertEquals("FS at 0.5", ((StringColumn) table.getColumn("Label")).get(2));
    }

    @Test
    void unknownNamesAndClashesAreConfigureErrors() throws Exception {
        Node unknown = NodeHarness.node(new ColumnExpressionNodeFactory(),
                "{'column': 'x', 'expression': '$nosuch + 1'}");
        InvalidSettingsException error = assertThrows(InvalidSettingsException.class,
                () -> NodeHarness.configure(unknown, trace().getSpec()));
        assertTrue(error.getMessage().contains("'nosuch', which is neither a column"), error.getMessage());

        Node clash = NodeHarness.node(new ColumnExpressionNodeFactory(), "{'column': 'Forecast', 'expression': '1'}");
        error = assertThrows(InvalidSettingsException.class, () -> NodeHarness.configure(clash, trace().getSpec()));
        assertTrue(error.getMessage().contains("already has a column 'Forecast'"), error.getMessage());

        Node syntax = NodeHarness.node(new ColumnExpressionNodeFactory(),
                "{'column': 'x', 'expression': '1 + (2 * )'}");
        error = assertThrows(InvalidSettingsException.class, () -> NodeHarness.configure(syntax, trace().getSpec()));
        assertTrue(error.getMessage().startsWith("Setting 'expression':"), error.getMessage());
    }

    @Test
    void typeErrorsNameTheRow() throws Exception {
        Node node = NodeHarness.node(new ColumnExpressionNodeFactory(),
                "{'column': 'x', 'expression': '$Neuron', 'resultType': 'DOUBLE'}");
        IllegalArgumentException error = assertThrows(IllegalArgumentException.class,
                () -> NodeHarness.execute(node, folder, trace()));
        assertTrue(error.getMessage().startsWith("Row 0:"), error.getMessage());
    }
}
