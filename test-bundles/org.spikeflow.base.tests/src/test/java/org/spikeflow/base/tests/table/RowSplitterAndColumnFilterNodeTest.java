package org.spikeflow.base.tests.table;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.spikeflow.base.internal.table.columnfilter.ColumnFilterNodeFactory;
import org.spikeflow.base.internal.table.rowsplitter.RowSplitterNodeFactory;
import org.spikeflow.base.tests.NodeHarness;
import org.spikeflow.core.data.DataTable;
import org.spikeflow.core.data.DataTableBuilder;
import org.spikeflow.core.data.DataTableSpec;
import org.spikeflow.core.data.DataType;
import org.spikeflow.core.data.DoubleColumn;
import org.spikeflow.core.data.StringColumn;
import org.spikeflow.core.runtime.Node;
import org.spikeflow.core.settings.InvalidSettingsException;

class RowSplitterAndColumnFilterNodeTest {
    @TempDir
    Path folder;

    /** Two series of 5 samples each, interleaved by neuron block. */
    private static DataTable twoSeries() {
        DataTableBuilder b = new DataTableBuilder(DataTableSpec.of("Time (ms)", DataType.DOUBLE,
                "Membrane Potential (mV)", DataType.DOUBLE, "Neuron", DataType.STRING));
        for (String neuron : new String[] {"RS", "FS"}) {
            for (int i = 0; i < 5; i++) {
                b.appendRow(i * 0.25, (neuron.equals("RS") ? -70.0 : -60.0) + i, neuron);
            }
        }
        return b.build();
    }

    @Test
    void rowNumbersCountWithinEachGroup() throws Exception {
        Node node = NodeHarness.node(new RowSplitterNodeFactory(),
                "{'firstRow': 0, 'lastRow': 2, 'groupColumn': 'Neuron'}");
        var out = NodeHarness.execute(node, folder, twoSeries());
        DataTable context = NodeHarness.table(out, 0);
        DataTable rest = NodeHarness.table(out, 1);
        assertArrayEquals(new double[] {-70, -69, -68, -60, -59, -58},
                ((DoubleColumn) context.getColumn("Membrane Potential (mV)")).toArray());
        assertArrayEquals(new double[] {0.75, 1.0, 0.75, 1.0}, ((DoubleColumn) rest.getColumn("Time (ms)")).toArray());
        assertEquals("FS", ((StringColumn) rest.getColumn("Neuron")).get(3));
        assertEquals(twoSeries().getSpec(), context.getSpec());
    }

    @Test
    void rowNumbersOverTheWholeTableAndOpenEnd() throws Exception {
        Node node = NodeHarness.node(new RowSplitterNodeFactory(), "{'firstRow': 7}");
        var out = NodeHarness.execute(node, folder, twoSeries());
        assertEquals(3, NodeHarness.table(out, 0).getRowCount());
        assertEquals(7, NodeHarness.table(out, 1).getRowCount());
    }

    @Test
    void valueRangeIsInclusive() throws Exception {
        Node node = NodeHarness.node(new RowSplitterNodeFactory(),
                "{'criterion': 'VALUE_RANGE', 'column': 'Time (ms)', 'minimum': 0.25, 'maximum': 0.5}");
        var out = NodeHarness.execute(node, folder, twoSeries());
        assertArrayEquals(new double[] {-69, -68, -59, -58},
                ((DoubleColumn) NodeHarness.table(out, 0).getColumn("Membrane Potential (mV)")).toArray());
        assertEquals(6, NodeHarness.table(out, 1).getRowCount());
    }

    @Test
    void badSettingsNameTheProblem() throws Exception {
        Node noColumn = NodeHarness.node(new RowSplitterNodeFactory(),
                "{'criterion': 'VALUE_RANGE', 'column': 'Voltage', 'minimum': 0, 'maximum': 1}");
        InvalidSettingsException e = assertThrows(InvalidSettingsException.class,
                () -> NodeHarness.configure(noColumn, twoSeries().getSpec()));
        assertTrue(e.getMessage().contains("'Voltage'"), e.getMessage());
        Node textColumn = NodeHarness.node(new RowSplitterNodeFactory(),
                "{'criterion': 'VALUE_RANGE', 'column': 'Neuron', 'minimum': 0, 'maximum': 1}");
        e = assertThrows(InvalidSettingsException.class,
                () -> NodeHarness.configure(textColumn, twoSeries().getSpec()));
        assertTrue(e.getMessage().contains("Column 'Neuron'"), e.getMessage());
        Node reversedRange = NodeHarness.node(new RowSplitterNodeFactory(), "{'firstRow': 5, 'lastRow': 2}");
        Exception reversed = assertThrows(InvalidSettingsException.class,
                () -> NodeHarness.configure(reversedRange, twoSeries().getSpec()));
        assertTrue(String.valueOf(reversed.getMessage()).contains("'lastRow' (2) is before 'firstRow' (5)"),
                reversed.getMessage());
    }

    @Test
    void columnFilterIncludeReordersAndExcludeKeepsInputOrder() throws Exception {
        Node include = NodeHarness.node(new ColumnFilterNodeFactory(),
                "{'columns': ['Neuron', 'Membrane Potential (mV)']}");
        DataTable kept = NodeHarness.table(NodeHarness.execute(include, folder, twoSeries()), 0);
        assertEquals(List.of("Neuron", "Membrane Potential (mV)"), kept.getSpec().columnNames());
        assertEquals(-66.0, ((DoubleColumn) kept.getColumn("Membrane Potential (mV)")).get(4));

        Node exclude = NodeHarness.node(new ColumnFilterNodeFactory(),
                "{'mode': 'EXCLUDE', 'columns': ['Time (ms)', 'Nothing'], 'failOnMissing': false}");
        DataTable rest = NodeHarness.table(NodeHarness.execute(exclude, folder, twoSeries()), 0);
        assertEquals(List.of("Membrane Potential (mV)", "Neuron"), rest.getSpec().columnNames());
        assertEquals(10, rest.getRowCount());
    }

    @Test
    void columnFilterMissingColumnIsAConfigureError() throws Exception {
        Node node = NodeHarness.node(new ColumnFilterNodeFactory(), "{'columns': ['timestamp']}");
        InvalidSettingsException e = assertThrows(InvalidSettingsException.class,
                () -> NodeHarness.configure(node, twoSeries().getSpec()));
        assertTrue(e.getMessage().contains("no column 'timestamp'"), e.getMessage());
    }

    @Test
    void columnFilterPatternKeepsMatchingColumnsInInputOrder() throws Exception {
        Node node = NodeHarness.node(new ColumnFilterNodeFactory(), "{'mode': 'PATTERN', 'pattern': 'Neuron|Time.*'}");
        DataTable kept = NodeHarness.table(NodeHarness.execute(node, folder, twoSeries()), 0);
        assertEquals(List.of("Time (ms)", "Neuron"), kept.getSpec().columnNames());
        Node none = NodeHarness.node(new ColumnFilterNodeFactory(), "{'mode': 'PATTERN', 'pattern': '.*-corrected'}");
        InvalidSettingsException e = assertThrows(InvalidSettingsException.class,
                () -> NodeHarness.configure(none, twoSeries().getSpec()));
        assertTrue(e.getMessage().contains("no column matches"), e.getMessage());
        Node broken = NodeHarness.node(new ColumnFilterNodeFactory(), "{'mode': 'PATTERN', 'pattern': 'Time(('}");
        e = assertThrows(InvalidSettingsException.class, () -> NodeHarness.configure(broken, twoSeries().getSpec()));
        assertTrue(e.getMessage().contains("not a valid regular expression"), e.getMessage());
    }
}
