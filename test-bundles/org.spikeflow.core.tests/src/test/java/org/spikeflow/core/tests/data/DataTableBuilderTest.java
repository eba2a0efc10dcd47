package org.spikeflow.core.tests.data;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;
import org.spikeflow.core.data.BooleanColumn;
import org.spikeflow.core.data.Column;
import org.spikeflow.core.data.ColumnBuilder;
import org.spikeflow.core.data.DataTable;
import org.spikeflow.core.data.DataTableBuilder;
import org.spikeflow.core.data.DataTableSpec;
import org.spikeflow.core.data.DataType;
import org.spikeflow.core.data.DoubleColumn;
import org.spikeflow.core.data.IntColumn;
import org.spikeflow.core.data.LongColumn;
import org.spikeflow.core.data.StringColumn;

/** {@link DataTableBuilder} and the column builders. */
class DataTableBuilderTest {

    private static final DataTableSpec SPEC = DataTableSpec.of("Time (ms)", DataType.DOUBLE, "Neuron", DataType.INT,
            "Spike Count", DataType.LONG, "Label", DataType.STRING, "Bursting", DataType.BOOLEAN);

    @Test
    void typedAppends() {
        DataTable table = new DataTableBuilder(SPEC)
                .appendDouble(0, 0.25).appendInt(1, 7).appendLong(2, 5_000_000_000L).appendString(3, "µV")
                .appendBoolean(4, true)
                .appendDouble(0, -65.0).appendInt(1, -1).appendLong(2, -2L).appendString(3, "").appendBoolean(4, false)
                .build();
        assertEquals(2, table.getRowCount());
        assertArrayEquals(new double[] {0.25, -65.0}, ((DoubleColumn) table.getColumn(0)).toArray());
        assertArrayEquals(new int[] {7, -1}, ((IntColumn) table.getColumn(1)).toArray());
        assertArrayEquals(new long[] {5_000_000_000L, -2L}, ((LongColumn) table.getColumn(2)).toArray());
        assertEquals("µV", ((StringColumn) table.getColumn(3)).get(0));
        assertEquals("", ((StringColumn) table.getColumn(3)).get(1));
        assertFalse(table.getColumn(3).isMissing(1), "the empty string is a value, not missing");
        assertTrue(((BooleanColumn) table.getColumn(4)).get(0));
        assertFalse(((BooleanColumn) table.getColumn(4)).get(1));
        for (Column column : table.getColumns()) {
            assertFalse(column.isMissing(0));
            assertFalse(column.isMissing(1));
        }
    }

    @Test
    void typedAppendToAColumnOfAnotherTypeFails() {
        DataTableBuilder builder = new DataTableBuilder(SPEC);
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class, () -> builder.appendInt(0, 3));
        assertEquals("Column 'Time (ms)' (double) cannot take a int value", e.getMessage());
        assertThrows(IllegalArgumentException.class, () -> builder.appendString(1, "x"));
        assertThrows(IllegalArgumentException.class, () -> builder.appendDouble(4, 1.0));
    }

    @Test
    void appendRowConvertsBoxedValuesAndTreatsNullAsMissing() {
        DataTable table = new DataTableBuilder(SPEC)
                .appendRow(1, 2L, 3, 42, "false") // numbers widened/narrowed to the column type, text parsed
                .appendRow(null, null, null, null, null)
                .appendRow("2.5", " 12 ", "-7", 'c', Boolean.TRUE)
                .build();
        assertEquals(3, table.getRowCount());

        DoubleColumn time = (DoubleColumn) table.getColumn(0);
        assertEquals(1.0, time.get(0));
        assertTrue(Double.isNaN(time.get(1)), "missing doubles are NaN");
        assertTrue(time.isMissing(1));
        assertEquals(2.5, time.get(2));

        IntColumn neuron = (IntColumn) table.getColumn(1);
        assertEquals(2, neuron.get(0));
        assertTrue(neuron.isMissing(1));
        assertNull(neuron.getObject(1));
        assertEquals(12, neuron.get(2));
        assertFalse(neuron.isMissing(2));

        LongColumn count = (LongColumn) table.getColumn(2);
        assertEquals(3L, count.get(0));
        assertTrue(count.isMissing(1));
        assertEquals(-7L, count.get(2));

        StringColumn label = (StringColumn) table.getColumn(3);
        assertEquals("42", label.get(0));
        assertNull(label.get(1), "missing strings are null");
        assertTrue(label.isMissing(1));
        assertEquals("c", label.get(2));

        BooleanColumn bursting = (BooleanColumn) table.getColumn(4);
        assertFalse(bursting.get(0));
        assertFalse(bursting.isMissing(0));
        assertTrue(bursting.isMissing(1));
        assertNull(bursting.getObject(1));
        assertTrue(bursting.get(2));
    }

    @Test
    void appendRowWithTheWrongNumberOfValuesFails() {
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
                () -> new DataTableBuilder(SPEC).appendRow(1.0, 2));
        assertEquals("Row has 2 values but the table has 5 columns", e.getMessage());
    }

    @Test
    void appendRowWithUnparsableValuesFails() {
        DataTableSpec spec = DataTableSpec.of("flag", DataType.BOOLEAN, "n", DataType.INT);
        IllegalArgumentException bool = assertThrows(IllegalArgumentException.class,
                () -> new DataTableBuilder(spec).appendRow("yes", 1));
        assertEquals("'yes' is not a boolean (true/false)", bool.getMessage());
        assertThrows(NumberFormatException.class, () -> new DataTableBuilder(spec).appendRow(true, "1.5"));
    }

    @Test
    void appendMissingForEveryType() {
        DataTableBuilder builder = new DataTableBuilder(SPEC);
        for (int c = 0; c < 5; c++) {
            builder.appendMissing(c);
        }
        DataTable table = builder.build();
        for (Column column : table.getColumns()) {
            assertTrue(column.isMissing(0), column.toString());
            assertNull(column.getObject(0));
            assertEquals("", column.format(0));
        }
    }

    @Test
    void buildFailsWhenColumnsReceivedDifferentNumbersOfValues() {
        DataTableBuilder builder = new DataTableBuilder(DataTableSpec.of("a", DataType.DOUBLE, "b", DataType.STRING));
        builder.appendDouble(0, 1.0).appendDouble(0, 2.0).appendString(1, "only one");
        IllegalStateException e = assertThrows(IllegalStateException.class, builder::build);
        assertEquals("Column 'b' received 1 values but column 'a' 2", e.getMessage());
    }

    @Test
    void appendTableConcatenatesAndKeepsMissingValues() {
        DataTable part = new DataTableBuilder(SPEC)
                .appendRow(1.0, 1, 1L, "x", true)
                .appendRow(null, null, null, null, null)
                .build();
        DataTableBuilder builder = new DataTableBuilder(SPEC);
        builder.appendTable(part).appendTable(part).appendRow(9.0, 9, 9L, "z", false);
        assertEquals(5, builder.size());
        DataTable table = builder.build();
        assertEquals(5, table.getRowCount());
        for (int c = 0; c < 5; c++) {
            Column column = table.getColumn(c);
            assertFalse(column.isMissing(0));
            assertTrue(column.isMissing(1), column + " row 1");
            assertFalse(column.isMissing(2));
            assertTrue(column.isMissing(3), column + " row 3");
            assertFalse(column.isMissing(4));
        }
        assertArrayEquals(new int[] {1, 0, 1, 0, 9}, ((IntColumn) table.getColumn(1)).toArray());
        assertEquals("z", ((StringColumn) table.getColumn(3)).get(4));
    }

    @Test
    void appendTableWithOtherColumnTypesFailsNamingBothColumns() {
        DataTableBuilder builder = new DataTableBuilder(
                DataTableSpec.of("Time", DataType.DOUBLE, "Neuron", DataType.INT));
        DataTable other = new DataTableBuilder(DataTableSpec.of("t", DataType.DOUBLE, "Label", DataType.STRING))
                .appendRow(1.0, "x").build();
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class, () -> builder.appendTable(other));
        assertEquals("Column 'Neuron' has type int but the appended table's column 'Label' has type string",
                e.getMessage());

        DataTable narrow = new DataTableBuilder(DataTableSpec.of("t", DataType.DOUBLE)).appendRow(1.0).build();
        IllegalArgumentException count = assertThrows(IllegalArgumentException.class,
                () -> builder.appendTable(narrow));
        assertEquals("Cannot append a table with 1 columns to one with 2", count.getMessage());
    }

    @Test
    void buildersGrowPastTheirInitialCapacityWithoutLosingValues() {
        int n = 1_000_003;
        DataTableBuilder builder = new DataTableBuilder(
                DataTableSpec.of("x", DataType.DOUBLE, "i", DataType.INT, "l", DataType.LONG, "b", DataType.BOOLEAN),
                16);
        for (int i = 0; i < n; i++) {
            builder.appendDouble(0, i * 0.5 - 3.0);
            builder.appendInt(1, -i);
            if (i % 1000 == 999) {
                builder.appendMissing(2);
            } else {
                builder.appendLong(2, i * 3L);
            }
            builder.appendBoolean(3, i % 3 == 0);
        }
        DataTable table = builder.build();
        assertEquals(n, table.getRowCount());
        DoubleColumn x = (DoubleColumn) table.getColumn(0);
        IntColumn ints = (IntColumn) table.getColumn(1);
        LongColumn longs = (LongColumn) table.getColumn(2);
        BooleanColumn bools = (BooleanColumn) table.getColumn(3);
        assertEquals(n, x.size());
        for (int i = 0; i < n; i++) {
            if (x.get(i) != i * 0.5 - 3.0 || ints.get(i) != -i || bools.get(i) != (i % 3 == 0)
                    || longs.isMissing(i) != (i % 1000 == 999) || (!longs.isMissing(i) && longs.get(i) != i * 3L)) {
                throw new AssertionError("row " + i + " changed");
            }
        }
        assertEquals(n * 0.5 - 3.5, x.get(n - 1));
    }

    @Test
    void appendAllGrowsADoubleBuilderPastItsCapacity() {
        double[] values = new double[100_001];
        for (int i = 0; i < values.length; i++) {
            values[i] = Math.sqrt(i);
        }
        ColumnBuilder builder = Column.builder(DataType.DOUBLE, 4);
        builder.appendObject(-1.0);
        builder.appendAll(DoubleColumn.of(values));
        builder.appendAll(DoubleColumn.of(values).slice(10, 20));
        DoubleColumn column = (DoubleColumn) builder.build();
        assertEquals(1 + values.length + 10, column.size());
        assertEquals(-1.0, column.get(0));
        for (int i = 0; i < values.length; i++) {
            if (column.get(i + 1) != values[i]) {
                throw new AssertionError("row " + (i + 1));
            }
        }
        assertEquals(Math.sqrt(19), column.get(column.size() - 1));
    }

    @Test
    void aBuilderStartsAfreshAfterBuild() {
        DataTableBuilder builder = new DataTableBuilder(DataTableSpec.of("n", DataType.INT));
        builder.appendMissing(0).appendInt(0, 5);
        DataTable first = builder.build();
        builder.appendInt(0, 6);
        DataTable second = builder.build();
        assertEquals(2, first.getRowCount());
        assertTrue(first.getColumn(0).isMissing(0));
        assertEquals(1, second.getRowCount());
        assertFalse(second.getColumn(0).isMissing(0), "the missing mask was not carried over");
        assertEquals(6, ((IntColumn) second.getColumn(0)).get(0));
    }

    @Test
    void columnBuildersReportTheirTypes() {
        for (DataType type : DataType.values()) {
            ColumnBuilder builder = Column.builder(type, 0);
            assertEquals(type, builder.type());
            builder.appendMissing();
            Column column = builder.build();
            assertEquals(type, column.type());
            assertEquals(1, column.size());
        }
    }
}
