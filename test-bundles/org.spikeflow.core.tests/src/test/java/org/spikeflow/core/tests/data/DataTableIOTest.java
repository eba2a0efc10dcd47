package org.spikeflow.core.tests.data;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.spikeflow.core.data.BooleanColumn;
import org.spikeflow.core.data.Column;
import org.spikeflow.core.data.DataTable;
import org.spikeflow.core.data.DataTableBuilder;
import org.spikeflow.core.data.DataTableIO;
import org.spikeflow.core.data.DataTableSpec;
import org.spikeflow.core.data.DataType;
import org.spikeflow.core.data.DoubleColumn;
import org.spikeflow.core.data.IntColumn;
import org.spikeflow.core.data.LongColumn;
import org.spikeflow.core.data.StringColumn;

/** The binary table format: write, memory-map and stream-read round trips. */
class DataTableIOTest {

    @TempDir
    Path dir;

    private static final DataTableSpec SPEC = DataTableSpec.of("Membrane Potential (mV)", DataType.DOUBLE,
            "Neuron", DataType.INT, "Time (µs)", DataType.LONG, "Unit", DataType.STRING, "Spiked?", DataType.BOOLEAN);

    private static final double[] DOUBLES = {-65.0, 0.1, Double.NaN, -0.0, Double.MIN_VALUE, Double.MAX_VALUE,
            Double.NEGATIVE_INFINITY, 1 / 3.0, 123456789.123};
    private static final Integer[] INTS = {Integer.MIN_VALUE, -1, null, 0, Integer.MAX_VALUE, 7, null, 42, 3};
    private static final Long[] LONGS = {Long.MIN_VALUE, null, 0L, 1L << 53, Long.MAX_VALUE, -5L, 6L, null, 9L};
    private static final String[] STRINGS = {"Membrane Potential (mV)", "µV", "", null, "日本語 ✓ 🧠", "a\nb\tc",
            null, "x", ""};
    private static final Boolean[] BOOLEANS = {true, false, null, true, true, false, null, false, true};

    /** Nine rows covering extreme values, missing cells, empty and non-ASCII strings. */
    static DataTable mixedTable() {
        DataTableBuilder builder = new DataTableBuilder(SPEC);
        for (int i = 0; i < DOUBLES.length; i++) {
            builder.appendRow(DOUBLES[i], INTS[i], LONGS[i], STRINGS[i], BOOLEANS[i]);
        }
        return builder.build();
    }

    /** Asserts cell-by-cell equality; doubles bit for bit. */
    static void assertSameContent(DataTable expected, DataTable actual) {
        assertEquals(expected.getSpec(), actual.getSpec());
        assertEquals(expected.getRowCount(), actual.getRowCount());
        for (int c = 0; c < expected.getColumnCount(); c++) {
            Column e = expected.getColumn(c);
            Column a = actual.getColumn(c);
            assertEquals(e.type(), a.type());
            assertEquals(e.size(), a.size());
            for (int row = 0; row < e.size(); row++) {
                String where = "column " + c + " row " + row;
                assertEquals(e.isMissing(row), a.isMissing(row), where);
                if (e instanceof DoubleColumn ed) {
                    assertEquals(Double.doubleToRawLongBits(ed.get(row)),
                            Double.doubleToRawLongBits(((DoubleColumn) a).get(row)), where);
                } else {
                    assertEquals(e.getObject(row), a.getObject(row), where);
                }
            }
        }
    }

    @Test
    void writeThenMapRoundTripsAllTypesBitForBit() throws IOException {
        DataTable table = mixedTable();
        Path file = dir.resolve("table.sft");
        DataTableIO.write(table, file);
        DataTable mapped = DataTableIO.map(file);
        assertSameContent(table, mapped);

        // Spot checks with independently known values.
        DoubleColumn potential = (DoubleColumn) mapped.getColumn("Membrane Potential (mV)");
        assertEquals(Double.doubleToRawLongBits(-0.0), Double.doubleToRawLongBits(potential.get(3)));
        assertEquals(Double.MIN_VALUE, potential.get(4));
        assertTrue(potential.isMissing(2));
        assertEquals(Integer.MIN_VALUE, ((IntColumn) mapped.getColumn("Neuron")).get(0));
        assertTrue(mapped.getColumn("Neuron").isMissing(6));
        assertEquals(Long.MAX_VALUE, ((LongColumn) mapped.getColumn("Time (µs)")).get(4));
        StringColumn unit = (StringColumn) mapped.getColumn("Unit");
        assertEquals("Membrane Potential (mV)", unit.get(0));
        assertEquals("µV", unit.get(1));
        assertEquals("", unit.get(2));
        assertFalse(unit.isMissing(2), "an empty string stays a value");
        assertTrue(unit.isMissing(3));
        assertEquals("日本語 ✓ 🧠", unit.get(4));
        assertEquals("a\nb\tc", unit.get(5));
        assertEquals("", unit.get(8), "an empty string in the last row");
        BooleanColumn spiked = (BooleanColumn) mapped.getColumn("Spiked?");
        assertTrue(spiked.get(0));
        assertTrue(spiked.isMissing(6));
        assertFalse(spiked.get(7));
    }

    @Test
    void mappedNumericColumnsStayOffHeap() throws IOException {
        Path file = dir.resolve("table.sft");
        DataTableIO.write(mixedTable(), file);
        DataTable mapped = DataTableIO.map(file);
        assertTrue(((DoubleColumn) mapped.getColumn(0)).buffer().isDirect());
        assertFalse(((DoubleColumn) mixedTable().getColumn(0)).buffer().isDirect());
    }

    @Test
    void readFromAStreamGivesAHeapCopy() throws IOException {
        DataTable table = mixedTable();
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        DataTableIO.write(table, bytes);
        DataTable read;
        try (InputStream in = new ByteArrayInputStream(bytes.toByteArray())) {
            read = DataTableIO.read(in);
        }
        assertSameContent(table, read);
        assertFalse(((DoubleColumn) read.getColumn(0)).buffer().isDirect(), "read() copies into the heap");
    }

    @Test
    void streamAndFileWritesProduceTheSameBytes() throws IOException {
        Path file = dir.resolve("table.sft");
        DataTableIO.write(mixedTable(), file);
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        DataTableIO.write(mixedTable(), bytes);
        assertArrayEquals(Files.readAllBytes(file), bytes.toByteArray());
    }

    @Test
    void writingDoesNotCloseTheCallersStream() throws IOException {
        boolean[] closed = {false};
        OutputStream out = new ByteArrayOutputStream() {
            @Override
            public void close() {
                closed[0] = true;
            }
        };
        DataTableIO.write(mixedTable(), out);
        assertFalse(closed[0]);
    }

    @Test
    void emptyTableRoundTrips() throws IOException {
        DataTable empty = DataTable.empty(SPEC);
        Path file = dir.resolve("empty.sft");
        DataTableIO.write(empty, file);
        DataTable mapped = DataTableIO.map(file);
        assertEquals(SPEC, mapped.getSpec());
        assertEquals(0, mapped.getRowCount());
    }

    @Test
    void booleanAndMissingMasksSpanningSeveralWordsRoundTrip() throws IOException {
        DataTableSpec spec = DataTableSpec.of("b", DataType.BOOLEAN, "allFalse", DataType.BOOLEAN, "i", DataType.INT,
                "s", DataType.STRING);
        DataTableBuilder builder = new DataTableBuilder(spec);
        for (int i = 0; i < 200; i++) {
            builder.appendRow(i % 7 == 0 ? null : i % 3 == 0, i == 199 ? null : false, i % 64 == 63 ? null : i,
                    i % 5 == 0 ? null : "row " + i);
        }
        DataTable table = builder.build();
        Path file = dir.resolve("bits.sft");
        DataTableIO.write(table, file);
        DataTable mapped = DataTableIO.map(file);
        assertSameContent(table, mapped);
        assertTrue(mapped.getColumn("allFalse").isMissing(199));
        assertEquals(Boolean.FALSE, mapped.getColumn("allFalse").getObject(198));
        assertEquals("row 199", mapped.getColumn("s").getObject(199));
    }

    @Test
    void largeTableRoundTrips() throws IOException {
        int n = 2_000_000;
        double[] doubles = new double[n];
        int[] ints = new int[n];
        long[] longs = new long[n];
        for (int i = 0; i < n; i++) {
            doubles[i] = i * 0.001 - 70.0;
            ints[i] = i ^ 0x5555;
            longs[i] = (long) i * i;
        }
        DataTable table = new DataTable(DataTableSpec.of("Voltage (mV)", DataType.DOUBLE, "Neuron", DataType.INT,
                "Square", DataType.LONG), DoubleColumn.of(doubles), IntColumn.of(ints), LongColumn.of(longs));
        Path file = dir.resolve("large.sft");
        DataTableIO.write(table, file);
        assertTrue(Files.size(file) >= 20L * n, "8 + 4 + 8 bytes per row");
        DataTable mapped = DataTableIO.map(file);
        assertEquals(n, mapped.getRowCount());
        DoubleColumn md = (DoubleColumn) mapped.getColumn(0);
        IntColumn mi = (IntColumn) mapped.getColumn(1);
        LongColumn ml = (LongColumn) mapped.getColumn(2);
        for (int i = 0; i < n; i++) {
            if (Double.doubleToRawLongBits(md.get(i)) != Double.doubleToRawLongBits(doubles[i]) || mi.get(i) != ints[i]
                    || ml.get(i) != longs[i]) {
                throw new AssertionError("row " + i + " differs");
            }
        }
        assertEquals((long) (n - 1) * (n - 1), ml.get(n - 1));
    }

    @Test
    void aFileThatIsNotATableGivesAClearError() throws IOException {
        Path file = dir.resolve("notes.txt");
        Files.writeString(file, "Membrane potential notes, not a table", StandardCharsets.UTF_8);
        IOException e = assertThrows(IOException.class, () -> DataTableIO.map(file));
        assertNotNull(e.getMessage());
        assertTrue(e.getMessage().contains("notes.txt") && e.getMessage().contains("is not a Spikeflow table file"),
                e.getMessage());
    }

    @Test
    void anEmptyOrTooShortFileGivesAClearError() throws IOException {
        for (String content : new String[] {"", "SF"}) {
            Path file = dir.resolve("short.sft");
            Files.writeString(file, content);
            IOException e = assertThrows(IOException.class, () -> DataTableIO.map(file));
            assertNotNull(e.getMessage(), "content '" + content + "'");
            assertTrue(e.getMessage().contains("short.sft"), e.getMessage());
        }
    }

    @Test
    void aTruncatedTableFileGivesAClearError() throws IOException {
        Path file = dir.resolve("cut.sft");
        DataTableIO.write(mixedTable(), file);
        byte[] bytes = Files.readAllBytes(file);
        // Cut inside the column names, inside the double column, inside the strings and inside the last bit mask.
        for (int length : new int[] {30, 120, bytes.length / 2, bytes.length - 20, bytes.length - 1}) {
            Files.write(file, java.util.Arrays.copyOf(bytes, length));
            IOException e = assertThrows(IOException.class, () -> DataTableIO.map(file), "cut at " + length);
            assertTrue(e.getMessage() != null && e.getMessage().contains("cut.sft")
                    && e.getMessage().contains("truncated"), e.getMessage());
        }
    }
}
