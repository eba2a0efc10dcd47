package org.spikeflow.base.tests.io;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.spikeflow.base.tests.NodeHarness.configure;
import static org.spikeflow.base.tests.NodeHarness.execute;
import static org.spikeflow.base.tests.NodeHarness.node;
import static org.spikeflow.base.tests.NodeHarness.table;

import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.spikeflow.base.internal.io.csvreader.CsvReaderNodeFactory;
import org.spikeflow.base.internal.io.csvwriter.CsvWriterNodeFactory;
import org.spikeflow.base.tests.NodeHarness;
import org.spikeflow.core.data.BooleanColumn;
import org.spikeflow.core.data.DataTable;
import org.spikeflow.core.data.DataTableBuilder;
import org.spikeflow.core.data.DataTableSpec;
import org.spikeflow.core.data.DataType;
import org.spikeflow.core.data.DoubleColumn;
import org.spikeflow.core.data.IntColumn;
import org.spikeflow.core.data.LongColumn;
import org.spikeflow.core.data.StringColumn;
import org.spikeflow.core.flowvar.FlowObjectStack;
import org.spikeflow.core.runtime.Node;
import org.spikeflow.core.port.PortObjectSpec;
import org.spikeflow.core.settings.InvalidSettingsException;

class CsvReaderWriterTest {
    @TempDir
    Path folder;

    private DataTable read(String path, String extraSettings) throws Exception {
        Node reader = node(new CsvReaderNodeFactory(), "{'path': '" + path + "'" + extraSettings + "}");
        return table(execute(reader, folder), 0);
    }

    private DataTable readText(String content, String extraSettings) throws Exception {
        Files.writeString(folder.resolve("in.csv"), content, StandardCharsets.UTF_8);
        return read("in.csv", extraSettings);
    }

    private void copySeed() throws Exception {
        try (InputStream in = getClass().getResourceAsStream("Regular_Spiking_RS.csv")) {
            Files.copy(in, folder.resolve("Regular_Spiking_RS.csv"));
        }
    }

    @Test
    void readsTheSeedSimulationOutput() throws Exception {
        copySeed();
        DataTable table = read("Regular_Spiking_RS.csv", "");
        assertEquals(DataTableSpec.of("Time (ms)", DataType.DOUBLE, "Membrane Potential (mV)", DataType.DOUBLE),
                table.getSpec());
        assertEquals(800, table.getRowCount());
        DoubleColumn time = (DoubleColumn) table.getColumn("Time (ms)");
        DoubleColumn potential = (DoubleColumn) table.getColumn("Membrane Potential (mV)");
        assertEquals(0.0, time.get(0));
        assertEquals(-65.0, potential.get(0));
        assertEquals(0.2503128911138924, time.get(1));
        assertEquals(-63.25, potential.get(1));
        List<String> lines = Files.readAllLines(folder.resolve("Regular_Spiking_RS.csv"));
        String[] last = lines.get(lines.size() - 1).split(",");
        assertEquals(Double.parseDouble(last[0]), time.get(799));
        assertEquals(Double.parseDouble(last[1]), potential.get(799));
    }

    @Test
    void knowsTheSpecAtConfigureWhenTheWorkflowFolderIsKnown() throws Exception {
        copySeed();
        Node reader = node(new CsvReaderNodeFactory(), "{'path': 'Regular_Spiking_RS.csv'}");
        assertNull(configure(reader)[0], "relative path without a workflow folder: unknown spec");
        reader.setWorkflowDirectory(folder);
        PortObjectSpec spec = configure(reader)[0];
        assertEquals(DataTableSpec.of("Time (ms)", DataType.DOUBLE, "Membrane Potential (mV)", DataType.DOUBLE), spec);

        Node missing = node(new CsvReaderNodeFactory(), "{'path': 'nope.csv'}");
        missing.setWorkflowDirectory(folder);
        InvalidSettingsException e = assertThrows(InvalidSettingsException.class, () -> configure(missing));
        assertTrue(e.getMessage().contains("nope.csv does not exist"), e.getMessage());
    }

    @Test
    void roundTripsNamesAndDoublesBitExactly() throws Exception {
        copySeed();
        DataTable original = read("Regular_Spiking_RS.csv", "");
        // Add awkward doubles: shortest representations, extremes, negative zero, infinities.
        double[] awkward = {0.1, 1.0 / 3, -0.0, Double.MIN_VALUE, Double.MAX_VALUE, 1e-300, 123456789.123456789,
                Double.POSITIVE_INFINITY, Double.NEGATIVE_INFINITY, Math.PI};
        DataTableSpec spec = DataTableSpec.of("Time (ms)", DataType.DOUBLE, "Membrane Potential (mV)", DataType.DOUBLE,
                "label, with \"quotes\"", DataType.STRING);
        DataTableBuilder builder = new DataTableBuilder(spec);
        builder.appendTable(new DataTable(original.getSpec().append(new org.spikeflow.core.data.DataColumnSpec(
                "label, with \"quotes\"", DataType.STRING)), original.getColumn(0), original.getColumn(1),
                StringColumn.of(new String[original.getRowCount()])));
        for (double value : awkward) {
            builder.appendRow(value, -value, "line1\nline2, \"x\"");
        }
        DataTable written = builder.build();

        Node writer = node(new CsvWriterNodeFactory(), "{'path': 'out/round trip.csv'}");
        List<Path> files = new ArrayList<>();
        writer.execute(new org.spikeflow.core.port.PortObject[] {written}, FlowObjectStack.empty(),
                NodeHarness.context(folder, files));
        Path file = folder.resolve("out/round trip.csv");
        assertEquals(List.of(file), files);
        assertTrue(Files.readAllLines(file).get(0).startsWith("Time (ms),Membrane Potential (mV),"),
                "header written as is");

        DataTable read = read("out/round trip.csv", "");
        assertEquals(spec, read.getSpec());
        assertEquals(written.getRowCount(), read.getRowCount());
        for (int c = 0; c < 2; c++) {
            DoubleColumn expected = (DoubleColumn) written.getColumn(c);
            DoubleColumn actual = (DoubleColumn) read.getColumn(c);
            for (int r = 0; r < expected.size(); r++) {
                assertEquals(Double.doubleToLongBits(expected.get(r)), Double.doubleToLongBits(actual.get(r)),
                        "row " + r + " column " + c);
            }
        }
        StringColumn labels = (StringColumn) read.getColumn(2);
        assertNull(labels.get(0), "missing string written as empty field reads back as missing");
        assertEquals("line1\nline2, \"x\"", labels.get(written.getRowCount() - 1));
    }

    @Test
    void infersTypesAndTreatsEmptyCellsAsMissing() throws Exception {
        DataTable table = readText("""
                i,l,d,b,s,empty,py
                1,3000000000,1.5,TRUE,a,,nan
                -2,,2,false,,,inf
                ,4,NaN,,c,,-inf
                """, "");
        assertEquals(DataTableSpec.of("i", DataType.INT, "l", DataType.LONG, "d", DataType.DOUBLE, "b",
                DataType.BOOLEAN, "s", DataType.STRING, "empty", DataType.STRING, "py", DataType.DOUBLE),
                table.getSpec());
        IntColumn ints = (IntColumn) table.getColumn("i");
        assertEquals(1, ints.get(0));
        assertEquals(-2, ints.get(1));
        assertTrue(ints.isMissing(2));
        LongColumn longs = (LongColumn) table.getColumn("l");
        assertEquals(3_000_000_000L, longs.get(0));
        assertTrue(longs.isMissing(1));
        DoubleColumn doubles = (DoubleColumn) table.getColumn("d");
        assertEquals(1.5, doubles.get(0));
        assertEquals(2.0, doubles.get(1));
        assertTrue(doubles.isMissing(2));
        BooleanColumn booleans = (BooleanColumn) table.getColumn("b");
        assertTrue(booleans.get(0));
        assertFalse(booleans.get(1));
        assertTrue(booleans.isMissing(2));
        StringColumn strings = (StringColumn) table.getColumn("s");
        assertEquals("a", strings.get(0));
        assertNull(strings.get(1));
        assertTrue(table.getColumn("empty").isMissing(0));
        DoubleColumn python = (DoubleColumn) table.getColumn("py");
        assertEquals(Double.POSITIVE_INFINITY, python.get(1));
        assertEquals(Double.NEGATIVE_INFINITY, python.get(2));
    }

    @Test
    void mixedColumnsFallBackToWiderTypes() throws Exception {
        DataTable table = readText("a,b,c,d\n1,1,true,1d\n2.5,x,1,0x10\n", "");
        assertEquals(DataTableSpec.of("a", DataType.DOUBLE, "b", DataType.STRING, "c", DataType.STRING, "d",
                DataType.STRING), table.getSpec());
        assertEquals("0x10", ((StringColumn) table.getColumn("d")).get(1), "no Java hex or suffix numbers");
    }

    @Test
    void forcesColumnTypes() throws Exception {
        DataTable table = readText("id,value\n007,1\n008,2\n", ", 'columnTypes': {'id': 'string', 'value': 'double'}");
        assertEquals(DataTableSpec.of("id", DataType.STRING, "value", DataType.DOUBLE), table.getSpec());
        assertEquals("007", ((StringColumn) table.getColumn("id")).get(0));

        Exception e = assertThrows(Exception.class, () -> readText("id,value\n1,2\n3,x\n",
                ", 'columnTypes': {'value': 'int'}"));
        assertTrue(e.getMessage().contains("Line 3 of"), e.getMessage());
        assertTrue(e.getMessage().contains("column 'value': 'x' is not an int"), e.getMessage());

        e = assertThrows(InvalidSettingsException.class, () -> readText("a\n1\n", ", 'columnTypes': {'b': 'int'}"));
        assertTrue(e.getMessage().contains("names column [b]"), e.getMessage());
    }

    @Test
    void handlesQuotedFieldsWithDelimitersQuotesAndLineBreaks() throws Exception {
        DataTable table = readText("name,comment,n\n\"Smith, J.\",\"said \"\"hi\"\"\nand left\",1\nplain,,2\n", "");
        assertEquals(2, table.getRowCount());
        StringColumn names = (StringColumn) table.getColumn("name");
        StringColumn comments = (StringColumn) table.getColumn("comment");
        assertEquals("Smith, J.", names.get(0));
        assertEquals("said \"hi\"\nand left", comments.get(0));
        assertNull(comments.get(1));
        assertEquals(2, ((IntColumn) table.getColumn("n")).get(1));
    }

    @Test
    void reportsTheLineOfARowWithTheWrongNumberOfValues() throws Exception {
        Exception e = assertThrows(Exception.class, () -> readText("a,b\n1,2\n3,4\n5\n6,7\n", ""));
        assertTrue(e.getMessage().startsWith("Line 4 of "), e.getMessage());
        assertTrue(e.getMessage().contains("has 1 value but the header has 2 columns"), e.getMessage());
    }

    @Test
    void reportsAnUnterminatedQuoteWithItsLine() throws Exception {
        Exception e = assertThrows(Exception.class, () -> readText("a,b\n1,2\n3,\"open\n5,6\n", ""));
        assertTrue(e.getMessage().contains("Cannot parse"), e.getMessage());
        assertTrue(e.getMessage().contains("in.csv"), e.getMessage());
        assertTrue(e.getMessage().contains("line 3"), e.getMessage());
    }

    @Test
    void honoursBomDelimiterCommentsSkippedLinesAndMissingHeader() throws Exception {
        DataTable table = readText("\uFEFFTime (ms);V\n0.5;1\n", ", 'delimiter': ';'");
        assertEquals(List.of("Time (ms)", "V"), table.getSpec().columnNames());

        table = readText("# generated\nignored line\n# comment\n1\t2\n\n3\t4\n",
                ", 'delimiter': '\\\\t', 'hasHeader': false, 'commentPrefix': '#', 'skipLines': 2");
        assertEquals(List.of("Column 1", "Column 2"), table.getSpec().columnNames());
        assertArrayEquals(new int[] {1, 3}, ((IntColumn) table.getColumn(0)).toArray());

        table = readText("\uFEFFx,y\n", ", 'hasHeader': false");
        assertEquals("x", ((StringColumn) table.getColumn(0)).get(0), "BOM stripped without header too");

        table = readText("x,y\n", "");
        assertEquals(0, table.getRowCount());
        assertEquals(List.of("x", "y"), table.getSpec().columnNames());

        Exception e = assertThrows(Exception.class, () -> readText("x,x\n1,2\n", ""));
        assertTrue(e.getMessage().contains("Column name 'x' appears twice"), e.getMessage());
        e = assertThrows(Exception.class, () -> readText("", ""));
        assertTrue(e.getMessage().contains("is empty"), e.getMessage());
    }

    @Test
    void writerQuotesOnlyWhereNeededAndHonoursIfExists() throws Exception {
        DataTable table = new DataTableBuilder(DataTableSpec.of("Time (ms)", DataType.DOUBLE, "text", DataType.STRING,
                "n", DataType.INT)).appendRow(1.0, "a,b", 3).appendRow(null, " padded", null).appendRow(2.5, "plain", 4)
                .build();
        Node writer = node(new CsvWriterNodeFactory(), "{'path': 'o.csv'}");
        execute(writer, folder, table);
        // An empty first field is quoted ("") so that a row never reads as an empty line (as Commons CSV did).
        assertEquals("Time (ms),text,n\n1.0,\"a,b\",3\n\"\",\" padded\",\n2.5,plain,4\n",
                Files.readString(folder.resolve("o.csv")));

        Node failing = node(new CsvWriterNodeFactory(), "{'path': 'o.csv', 'ifExists': 'FAIL'}");
        Exception e = assertThrows(Exception.class, () -> execute(failing, folder, table));
        assertTrue(e.getMessage().contains("ifExists"), e.getMessage());

        Node noFolders = node(new CsvWriterNodeFactory(), "{'path': 'sub/o.csv', 'createParentDirectories': false,"
                + " 'writeHeader': false, 'delimiter': ';'}");
        assertThrows(Exception.class, () -> execute(noFolders, folder, table));
        Files.createDirectories(folder.resolve("sub"));
        execute(noFolders, folder, table);
        assertEquals("1.0;a,b;3\n\"\";\" padded\";\n2.5;plain;4\n", Files.readString(folder.resolve("sub/o.csv")));
        try (var files = Files.list(folder.resolve("sub"))) {
            assertEquals(1, files.count(), "no temporary files left behind");
        }
    }

    @Test
    void readsAMillionRowsWithoutTrouble() throws Exception {
        Path file = folder.resolve("big.csv");
        try (var out = Files.newBufferedWriter(file)) {
            out.write("t,v,k\n");
            for (int i = 0; i < 1_000_000; i++) {
                out.write(i * 0.025 + "," + Math.sin(i) + "," + (i % 7) + "\n");
            }
        }
        DataTable table = read("big.csv", "");
        assertEquals(1_000_000, table.getRowCount());
        assertEquals(Math.sin(999_999), ((DoubleColumn) table.getColumn("v")).get(999_999));
        assertEquals(DataType.INT, table.getSpec().getColumnSpec(2).type());
    }

    /** Issue 11: a file without line breaks fails clearly instead of filling the heap with one header line. */
    @Test
    void anEndlessHeaderLineIsRefused() throws Exception {
        Exception e = assertThrows(Exception.class, () -> readText("column,".repeat(200_000), ""));
        assertTrue(e.getMessage().contains("in.csv") && e.getMessage().contains("line 1 is longer than 1048576"
                + " characters"), e.getMessage());
        Exception cell = assertThrows(Exception.class, () -> readText("n\n1\n" + "x".repeat(5000) + "\n",
                ", 'columnTypes': {'n': 'int'}"));
        assertTrue(cell.getMessage().length() < 600, "echoes at most 200 characters of the cell: "
                + cell.getMessage().length());
        assertTrue(cell.getMessage().contains("(5000 characters)"), cell.getMessage());
    }
}
