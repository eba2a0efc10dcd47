package org.spikeflow.base.tests.table;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.spikeflow.base.tests.NodeHarness.context;
import static org.spikeflow.base.tests.NodeHarness.node;

import java.nio.file.Path;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.spikeflow.base.internal.flowvar.create.VariableCreatorNodeFactory;
import org.spikeflow.base.internal.flowvar.expression.VariableExpressionNodeFactory;
import org.spikeflow.base.internal.flowvar.tablerowtovariable.TableRowToVariableNodeFactory;
import org.spikeflow.base.internal.flowvar.variablestotable.VariablesToTableNodeFactory;
import org.spikeflow.base.internal.io.csvreader.CsvReaderNodeFactory;
import org.spikeflow.base.internal.io.csvwriter.CsvWriterNodeFactory;
import org.spikeflow.base.internal.loop.countingstart.CountingLoopStartNodeFactory;
import org.spikeflow.base.internal.loop.end.LoopEndNodeFactory;
import org.spikeflow.base.internal.loop.genericstart.GenericLoopStartNodeFactory;
import org.spikeflow.base.internal.loop.recursiveend.RecursiveLoopEndNodeFactory;
import org.spikeflow.base.internal.loop.recursivestart.RecursiveLoopStartNodeFactory;
import org.spikeflow.base.internal.loop.variableconditionend.VariableConditionLoopEndNodeFactory;
import org.spikeflow.base.internal.table.creator.TableCreatorNodeFactory;
import org.spikeflow.core.data.DataTable;
import org.spikeflow.core.data.DataTableSpec;
import org.spikeflow.core.data.DataType;
import org.spikeflow.core.data.DoubleColumn;
import org.spikeflow.core.data.StringColumn;
import org.spikeflow.core.flowvar.FlowObjectStack;
import org.spikeflow.core.runtime.Node;
import org.spikeflow.core.node.NodeDescription;
import org.spikeflow.core.node.NodeFactory;
import org.spikeflow.core.port.PortObject;
import org.spikeflow.core.port.PortObjectSpec;
import org.spikeflow.core.settings.InvalidSettingsException;

class TableCreatorAndDescriptionsTest {
    @TempDir
    Path folder;

    @Test
    void tableCreatorConvertsValuesToColumnTypes() throws Exception {
        Node node = node(new TableCreatorNodeFactory(), "{'columns': [{'name': 'Time (ms)', 'type': 'double'},"
                + " {'name': 'label', 'type': 'string'}, {'name': 'n', 'type': 'int'}],"
                + " 'rows': [['0.5', 'a', '1'], ['inf', '', ''], [null, null, '-3']]}");
        DataTableSpec expected = DataTableSpec.of("Time (ms)", DataType.DOUBLE, "label", DataType.STRING, "n",
                DataType.INT);
        assertEquals(expected, node.configure(new PortObjectSpec[0], FlowObjectStack.empty())[0]);
        DataTable table = (DataTable) node.execute(new PortObject[0], FlowObjectStack.empty(), context(folder))[0];
        assertEquals(3, table.getRowCount());
        assertEquals(0.5, ((DoubleColumn) table.getColumn(0)).get(0));
        assertEquals(Double.POSITIVE_INFINITY, ((DoubleColumn) table.getColumn(0)).get(1));
        assertTrue(table.getColumn(0).isMissing(2));
        assertEquals("", ((StringColumn) table.getColumn(1)).get(1), "empty text kept in string columns");
        assertNull(((StringColumn) table.getColumn(1)).get(2));
        assertTrue(table.getColumn(2).isMissing(1));
    }

    @Test
    void tableCreatorNamesRowAndColumnOfBadValues() throws Exception {
        Node node = node(new TableCreatorNodeFactory(), "{'columns': [{'name': 'x', 'type': 'double'},"
                + " {'name': 'n', 'type': 'int'}], 'rows': [['1', '2'], ['3', 'four']]}");
        InvalidSettingsException e = assertThrows(InvalidSettingsException.class,
                () -> node.configure(new PortObjectSpec[0], FlowObjectStack.empty()));
        assertEquals("Row 1, column 'n': 'four' is not an int", e.getMessage());

        Node shortRow = node(new TableCreatorNodeFactory(), "{'columns': [{'name': 'x', 'type': 'double'}],"
                + " 'rows': [['1', '2']]}");
        e = assertThrows(InvalidSettingsException.class,
                () -> shortRow.configure(new PortObjectSpec[0], FlowObjectStack.empty()));
        assertEquals("Row 0 of setting 'rows' has 2 values but the table has 1 columns", e.getMessage());

        Node duplicate = node(new TableCreatorNodeFactory(), "{'columns': [{'name': 'x', 'type': 'double'},"
                + " {'name': 'x', 'type': 'int'}]}");
        e = assertThrows(InvalidSettingsException.class,
                () -> duplicate.configure(new PortObjectSpec[0], FlowObjectStack.empty()));
        assertTrue(e.getMessage().contains("Duplicate column name 'x'"), e.getMessage());
    }

    @Test
    void everyNodeHasADescriptionMatchingItsPorts() {
        List<NodeFactory<?>> factories = List.of(new CountingLoopStartNodeFactory(), new GenericLoopStartNodeFactory(),
                new LoopEndNodeFactory(), new VariableConditionLoopEndNodeFactory(),
                new RecursiveLoopStartNodeFactory(), new RecursiveLoopEndNodeFactory(),
                new VariableCreatorNodeFactory(), new TableRowToVariableNodeFactory(),
                new VariableExpressionNodeFactory(), new VariablesToTableNodeFactory(), new TableCreatorNodeFactory(),
                new CsvReaderNodeFactory(), new CsvWriterNodeFactory());
        List<String> expectedIds = List.of("org.spikeflow.base.loop.countingstart",
                "org.spikeflow.base.loop.genericstart",
                "org.spikeflow.base.loop.end", "org.spikeflow.base.loop.variableconditionend",
                "org.spikeflow.base.loop.recursivestart", "org.spikeflow.base.loop.recursiveend",
                "org.spikeflow.base.flowvar.create", "org.spikeflow.base.flowvar.tablerowtovariable",
                "org.spikeflow.base.flowvar.expression", "org.spikeflow.base.flowvar.variablestotable",
                "org.spikeflow.base.table.creator", "org.spikeflow.base.io.csvreader",
                "org.spikeflow.base.io.csvwriter");
        Set<String> names = new HashSet<>();
        for (int i = 0; i < factories.size(); i++) {
            NodeFactory<?> factory = factories.get(i);
            assertEquals(expectedIds.get(i), factory.getId());
            NodeDescription description = factory.getDescription();
            assertTrue(names.add(description.name()), description.name());
            assertFalse(description.shortDescription().isBlank(), factory.getId());
            assertTrue(description.fullDescription().length() > 200, factory.getId());
            assertTrue(description.fullDescription().contains("\n\n"), "paragraphs in " + factory.getId());
            for (var port : description.inPorts()) {
                assertFalse(port.description().isBlank(), factory.getId() + " in port " + port.index());
            }
            for (var port : description.outPorts()) {
                assertFalse(port.description().isBlank(), factory.getId() + " out port " + port.index());
            }
            assertTrue(description.category().startsWith("/"), factory.getId());
        }
    }
}
