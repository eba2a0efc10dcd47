package org.spikeflow.core.tests.data;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;

import org.junit.jupiter.api.Test;
import org.spikeflow.core.data.BooleanColumn;
import org.spikeflow.core.data.Column;
import org.spikeflow.core.data.DataColumnSpec;
import org.spikeflow.core.data.DataTable;
import org.spikeflow.core.data.DataTableSpec;
import org.spikeflow.core.data.DataType;
import org.spikeflow.core.data.DoubleColumn;
import org.spikeflow.core.data.IntColumn;
import org.spikeflow.core.data.LongColumn;
import org.spikeflow.core.data.StringColumn;

/** {@link DataTableSpec}, {@link DataTable} and the column classes: validation, lookup, slicing, conversion. */
class DataTableTest {

    private static final DataTableSpec SPEC = DataTableSpec.of("Time (ms)", DataType.DOUBLE, "Neuron", DataType.INT,
            "Spike Count", DataType.LONG, "Label", DataType.STRING, "Bursting", DataType.BOOLEAN);

    /** Five rows; row 2 is missing in every column. */
    private static DataTable fiveRows() {
        return new DataTable(SPEC,
                DoubleColumn.of(0.0, 0.5, Double.NaN, 1.5, 2.0),
                intColumn(new Integer[] {1, 2, null, 4, 5}),
                longColumn(new Long[] {10L, 20L, null, 40L, 50L}),
                StringColumn.of("a", "b", null, "d", "e"),
                booleanColumn(new Boolean[] {true, false, null, false, true}));
    }

    static IntColumn intColumn(Integer[] values) {
        var builder = new IntColumn.Builder(values.length);
        for (Integer v : values) {
            builder.appendObject(v);
        }
        return builder.build();
    }

    static LongColumn longColumn(Long[] values) {
        var builder = new LongColumn.Builder(values.length);
        for (Long v : values) {
            builder.appendObject(v);
        }
        return builder.build();
    }

    static BooleanColumn booleanColumn(Boolean[] values) {
        var builder = new BooleanColumn.Builder(values.length);
        for (Boolean v : values) {
            builder.appendObject(v);
        }
        return builder.build();
    }

    // ---- specs ----

    @Test
    void specKeepsNamesTypesAndOrder() {
        assertEquals(5, SPEC.getNumColumns());
        assertEquals(List.of("Time (ms)", "Neuron", "Spike Count", "Label", "Bursting"), SPEC.columnNames());
        assertEquals(new DataColumnSpec("Spike Count", DataType.LONG), SPEC.getColumnSpec(2));
        assertEquals(3, SPEC.findColumnIndex("Label"));
        assertEquals(-1, SPEC.findColumnIndex("label"), "lookup is case-sensitive");
        assertTrue(SPEC.containsColumn("Time (ms)"));
        assertFalse(SPEC.containsColumn("Time"));
        assertEquals(DataTableSpec.of("Time (ms)", DataType.DOUBLE, "Neuron", DataType.INT, "Spike Count",
                DataType.LONG, "Label", DataType.STRING, "Bursting", DataType.BOOLEAN), SPEC);
        assertEquals(SPEC.hashCode(), new DataTableSpec(SPEC.getColumns()).hashCode());
        assertFalse(SPEC.equals(DataTableSpec.of("Time (ms)", DataType.DOUBLE)));
    }

    @Test
    void duplicateColumnNamesAreRejected() {
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
                () -> DataTableSpec.of("Time", DataType.DOUBLE, "Voltage", DataType.DOUBLE, "Time", DataType.INT));
        assertEquals("Duplicate column name 'Time'", e.getMessage());
        IllegalArgumentException append = assertThrows(IllegalArgumentException.class,
                () -> SPEC.append(new DataColumnSpec("Neuron", DataType.STRING)));
        assertEquals("Duplicate column name 'Neuron'", append.getMessage());
    }

    @Test
    void emptyColumnNamesAndOddPairsAreRejected() {
        IllegalArgumentException empty = assertThrows(IllegalArgumentException.class,
                () -> new DataColumnSpec("", DataType.INT));
        assertEquals("Column names must not be empty", empty.getMessage());
        IllegalArgumentException odd = assertThrows(IllegalArgumentException.class,
                () -> DataTableSpec.of("Time", DataType.DOUBLE, "Voltage"));
        assertEquals("Expected name/type pairs", odd.getMessage());
    }

    @Test
    void requireColumnListsTheColumnsWhenOneIsMissing() {
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
                () -> SPEC.requireColumn("Voltage", "input table 'Simulation'"));
        assertEquals("The input table 'Simulation' has no column 'Voltage'; its columns are 'Time (ms)', 'Neuron', "
                + "'Spike Count', 'Label', 'Bursting'", e.getMessage());
    }

    @Test
    void requireColumnChecksTheType() throws Exception {
        assertEquals(1, SPEC.requireColumn("Neuron", "input table", DataType.INT, DataType.LONG));
        assertEquals(0, SPEC.requireColumn("Time (ms)", "input table"), "no accepted types means any type");
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
                () -> SPEC.requireColumn("Label", "input table", DataType.DOUBLE, DataType.INT));
        assertEquals("Column 'Label' of the input table has type string but must be one of [double, int]",
                e.getMessage());
    }

    @Test
    void dataTypeLabels() {
        assertEquals(DataType.DOUBLE, DataType.fromLabel(" Double "));
        assertEquals(DataType.BOOLEAN, DataType.fromLabel("boolean"));
        assertTrue(DataType.LONG.isNumeric());
        assertFalse(DataType.STRING.isNumeric());
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class, () -> DataType.fromLabel("float"));
        assertEquals("Unknown column type 'float'; expected one of double, int, long, string, boolean", e.getMessage());
    }

    // ---- table construction ----

    @Test
    void tableRejectsWrongColumnCount() {
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
                () -> new DataTable(DataTableSpec.of("a", DataType.DOUBLE, "b", DataType.INT), DoubleColumn.of(1.0)));
        assertEquals("Spec has 2 columns, got 1", e.getMessage());
    }

    @Test
    void tableRejectsWrongColumnType() {
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
                () -> new DataTable(DataTableSpec.of("Voltage", DataType.DOUBLE), IntColumn.of(1, 2)));
        assertEquals("Column 'Voltage' (double) was given int data", e.getMessage());
    }

    @Test
    void tableRejectsColumnsOfDifferentLengths() {
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
                () -> new DataTable(DataTableSpec.of("a", DataType.DOUBLE, "b", DataType.STRING),
                        DoubleColumn.of(1, 2, 3), StringColumn.of("x", "y")));
        assertEquals("Column 'b' has 2 rows but column 'a' has 3", e.getMessage());
    }

    @Test
    void tableGivesAccessToTypedValuesAndMissingCells() {
        DataTable table = fiveRows();
        assertEquals(5, table.getRowCount());
        assertEquals(5, table.getColumnCount());
        assertEquals(SPEC, table.getSpec());
        assertEquals("5 rows, 5 columns", table.summary());

        DoubleColumn time = (DoubleColumn) table.getColumn("Time (ms)");
        assertEquals(1.5, time.get(3));
        assertTrue(time.isMissing(2));
        assertNull(time.getObject(2));
        assertEquals("", time.format(2));
        assertEquals("1.5", time.format(3));

        IntColumn neuron = (IntColumn) table.getColumn(1);
        assertEquals(4, neuron.get(3));
        assertTrue(neuron.isMissing(2));
        assertFalse(neuron.isMissing(3));
        assertNull(neuron.getObject(2));
        assertEquals(4, neuron.getObject(3));
        assertEquals("", neuron.format(2));

        LongColumn count = (LongColumn) table.getColumn(2);
        assertEquals(50L, count.get(4));
        assertTrue(count.isMissing(2));
        assertEquals("40", count.format(3));

        StringColumn label = (StringColumn) table.getColumn(3);
        assertEquals("d", label.get(3));
        assertTrue(label.isMissing(2));
        assertEquals("", label.format(2));

        BooleanColumn bursting = (BooleanColumn) table.getColumn(4);
        assertTrue(bursting.get(0));
        assertFalse(bursting.get(1));
        assertTrue(bursting.isMissing(2));
        assertNull(bursting.getObject(2));
        assertEquals(Boolean.TRUE, bursting.getObject(4));
        assertEquals("false", bursting.format(3));
        assertThrows(IndexOutOfBoundsException.class, () -> bursting.get(5));
    }

    @Test
    void columnsWithoutMissingValuesHaveNoMask() {
        assertNull(IntColumn.of(1, 2, 3).missingMask());
        assertNull(LongColumn.of(1L).missingMask());
        assertNull(BooleanColumn.of(true, false).missingMask());
        assertEquals(2, intColumn(new Integer[] {1, 2, null}).missingMask().nextSetBit(0));
    }

    @Test
    void getColumnByUnknownNameNamesIt() {
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
                () -> fiveRows().getColumn("Voltage"));
        assertTrue(e.getMessage().startsWith("The table has no column 'Voltage'; its columns are 'Time (ms)', "),
                e.getMessage());
    }

    @Test
    void emptyTable() {
        DataTable empty = DataTable.empty(SPEC);
        assertEquals(0, empty.getRowCount());
        assertEquals(SPEC, empty.getSpec());
        for (Column column : empty.getColumns()) {
            assertEquals(0, column.size());
        }
    }

    // ---- slice / withColumn / conversion ----

    @Test
    void sliceKeepsValuesAndShiftsMissingFlags() {
        DataTable slice = fiveRows().slice(1, 4);
        assertEquals(3, slice.getRowCount());
        assertEquals(SPEC, slice.getSpec());
        assertArrayEquals(new double[] {0.5, Double.NaN, 1.5}, ((DoubleColumn) slice.getColumn(0)).toArray());
        IntColumn neuron = (IntColumn) slice.getColumn(1);
        assertEquals(2, neuron.get(0));
        assertTrue(neuron.isMissing(1));
        assertFalse(neuron.isMissing(0));
        assertEquals(4, neuron.get(2));
        LongColumn count = (LongColumn) slice.getColumn(2);
        assertEquals(List.of(20L, "", 40L), List.of(count.get(0), count.format(1), count.get(2)));
        StringColumn label = (StringColumn) slice.getColumn(3);
        assertEquals("b", label.get(0));
        assertNull(label.get(1));
        assertEquals("d", label.get(2));
        BooleanColumn bursting = (BooleanColumn) slice.getColumn(4);
        assertFalse(bursting.get(0));
        assertTrue(bursting.isMissing(1));
        assertFalse(bursting.isMissing(2));
        assertFalse(bursting.get(2));

        // A slice of a slice indexes from its own start.
        DataTable inner = slice.slice(2, 3);
        assertEquals(1.5, ((DoubleColumn) inner.getColumn(0)).get(0));
        assertEquals(4, ((IntColumn) inner.getColumn(1)).get(0));
        assertEquals(0, fiveRows().slice(3, 3).getRowCount());
    }

    @Test
    void sliceOutOfRangeFails() {
        IndexOutOfBoundsException e = assertThrows(IndexOutOfBoundsException.class, () -> fiveRows().slice(2, 9));
        assertEquals("Rows [2, 9) of a column with 5 rows", e.getMessage());
        assertThrows(IndexOutOfBoundsException.class, () -> fiveRows().slice(3, 2));
        assertThrows(IndexOutOfBoundsException.class, () -> fiveRows().slice(-1, 2));
    }

    @Test
    void withColumnAppendsAndLeavesTheOriginalAlone() {
        DataTable table = fiveRows();
        DataTable wider = table.withColumn(new DataColumnSpec("Voltage (mV)", DataType.DOUBLE),
                DoubleColumn.of(-65, -64, -63, -62, -61));
        assertEquals(6, wider.getColumnCount());
        assertEquals("Voltage (mV)", wider.getSpec().getColumnSpec(5).name());
        assertEquals(-62.0, wider.getDoubleColumn("Voltage (mV)").get(3));
        assertSame(table.getColumn(0), wider.getColumn(0), "columns are shared, not copied");
        assertEquals(5, table.getColumnCount());

        assertThrows(IllegalArgumentException.class,
                () -> table.withColumn(new DataColumnSpec("Label", DataType.DOUBLE), DoubleColumn.of(1, 2, 3, 4, 5)));
        IllegalArgumentException shorter = assertThrows(IllegalArgumentException.class,
                () -> table.withColumn(new DataColumnSpec("Voltage", DataType.DOUBLE), DoubleColumn.of(1, 2)));
        assertEquals("Column 'Voltage' has 2 rows but column 'Time (ms)' has 5", shorter.getMessage());
    }

    @Test
    void getDoubleColumnConvertsIntAndLongAndKeepsMissingAsNaN() {
        DataTable table = fiveRows();
        assertSame(table.getColumn(0), table.getDoubleColumn("Time (ms)"));
        assertArrayEquals(new double[] {1, 2, Double.NaN, 4, 5}, table.getDoubleColumn("Neuron").toArray());
        assertArrayEquals(new double[] {10, 20, Double.NaN, 40, 50}, table.getDoubleColumn("Spike Count").toArray());

        DataTable big = new DataTable(DataTableSpec.of("n", DataType.LONG, "i", DataType.INT),
                LongColumn.of(1L << 40, -(1L << 52)), IntColumn.of(Integer.MAX_VALUE, Integer.MIN_VALUE));
        assertArrayEquals(new double[] {1099511627776.0, -4503599627370496.0}, big.getDoubleColumn("n").toArray());
        assertArrayEquals(new double[] {2147483647.0, -2147483648.0}, big.getDoubleColumn("i").toArray());

        IllegalArgumentException e = assertThrows(IllegalArgumentException.class, () -> table.getDoubleColumn("Label"));
        assertEquals("Column 'Label' has type string, not numeric", e.getMessage());
        assertThrows(IllegalArgumentException.class, () -> table.getDoubleColumn("Bursting"));
    }

    @Test
    void estimatedSizeInBytesCountsRawCellData() {
        DataTable table = new DataTable(SPEC, DoubleColumn.of(new double[10]), IntColumn.of(new int[10]),
                LongColumn.of(new long[10]), StringColumn.of(new String[10]), BooleanColumn.of(new boolean[10]));
        // 10 doubles (80) + 10 ints (40) + 10 longs (80) + 10 strings at 40 bytes (400) + 10 bits (10 / 8 + 1 = 2)
        assertEquals(602, table.estimatedSizeInBytes());
        DataTable doubles = new DataTable(DataTableSpec.of("x", DataType.DOUBLE), DoubleColumn.of(new double[1000]));
        assertEquals(8000, doubles.estimatedSizeInBytes());
    }

    @Test
    void doubleColumnCopiesAndBuffers() {
        DoubleColumn column = DoubleColumn.of(new double[] {1, 2, 3, 4, 99}, 4);
        assertEquals(4, column.size());
        double[] target = new double[5];
        column.copyTo(1, target, 2, 3);
        assertArrayEquals(new double[] {0, 0, 2, 3, 4}, target);
        assertEquals(4, column.buffer().remaining());
        assertTrue(column.buffer().isReadOnly());
        assertFalse(column.buffer().isDirect());
    }
}
