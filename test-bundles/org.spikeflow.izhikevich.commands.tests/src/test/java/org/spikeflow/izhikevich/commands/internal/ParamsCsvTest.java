package org.spikeflow.izhikevich.commands.internal;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.SplittableRandom;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The parameter table of {@code simulate --params}, read through the shared CSV reader. */
class ParamsCsvTest {
    @TempDir
    Path temp;

    private Path write(String content) throws Exception {
        Path file = temp.resolve("p.csv");
        Files.writeString(file, content);
        return file;
    }

    @Test
    void fieldsArePlainOrQuotedAndColumnsInAnyOrder() throws Exception {
        Path file = write("\uFEFFI, \"a\" ,b,note,c,d\n"
                + "10, 0.02 ,\"0.2\",\"say \"\"x\"\", y\",-65,8\n"
                + "\n"
                + "\"5\",0.1,0.25,,-50,2\n");
        ParamsCsv.Table table = ParamsCsv.open(file).read();
        assertEquals(2, table.rows());
        assertArrayEquals(new double[] {0.02, 0.1}, table.a());
        assertArrayEquals(new double[] {0.2, 0.25}, table.b());
        assertArrayEquals(new double[] {-65, -50}, table.c());
        assertArrayEquals(new double[] {8, 2}, table.d());
        assertArrayEquals(new double[] {10, 5}, table.current());
    }

    @Test
    void badCellsNameFileLineAndColumn() throws Exception {
        Path file = write("a,b,c,d,I\n0.02,0.2,-65,8,10\n\n0.02,0.2,-65,eight,10\n");
        ParamsCsv.ParamsException e = assertThrows(ParamsCsv.ParamsException.class,
                () -> ParamsCsv.open(file).read());
        assertTrue(e.getMessage().startsWith(file + " line 4, column 'd' (column 4): 'eight' is not a number"),
                e.getMessage());
        Path ragged = write("a,b,c,d,I\n0.02,0.2,-65,8\n");
        e = assertThrows(ParamsCsv.ParamsException.class, () -> ParamsCsv.open(ragged).read());
        assertEquals(ragged + " line 2: 4 fields but the header has 5 columns", e.getMessage());
        Path unclosed = write("a,b,c,d,I\n0.02,0.2,-65,8,\"10\n");
        e = assertThrows(ParamsCsv.ParamsException.class, () -> ParamsCsv.open(unclosed).read());
        assertTrue(e.getMessage().contains(unclosed.toString()) && e.getMessage().contains("line"), e.getMessage());
    }

    @Test
    void theLineOfARowCountsBlankLines() throws Exception {
        ParamsCsv params = ParamsCsv.open(write("a,b,c,d,I\n\n0.02,0.2,-65,8,10\n  \n0.02,0.2,-65,8,10\n"));
        assertEquals(3, params.lineOfRow(0));
        assertEquals(5, params.lineOfRow(1));
    }

    /** Issue 11: rows are counted as the reader splits lines. */
    private long rows(String content) throws Exception {
        Path file = temp.resolve("p.csv");
        Files.writeString(file, content);
        return ParamsCsv.open(file).maxRows();
    }

    @Test
    void rowsAreCountedAtLfCrAndCrlfWithoutBlankLines() throws Exception {
        String header = "a,b,c,d,I";
        String row = "0.02,0.2,-65,8,10";
        assertEquals(2, rows(header + "\n" + row + "\n" + row + "\n"));
        assertEquals(2, rows(header + "\r" + row + "\r" + row + "\r"), "old Mac line endings");
        assertEquals(2, rows(header + "\r\n" + row + "\r\n" + row), "Windows, no final line break");
        assertEquals(2, rows(header + "\n\n" + row + "\n  \t\n\r\n" + row + "\n\n\n"), "blank lines are no neurons");
        Path file = temp.resolve("cr.csv");
        Files.writeString(file, header + "\r" + row + "\r\r" + row.replace("-65", "-50") + "\r");
        ParamsCsv.Table table = ParamsCsv.open(file).read();
        assertEquals(2, table.rows());
        assertEquals(-50, table.c()[1]);
    }

    /**
     * A file of several parts ({@link ParamsCsv#MIN_PART_BYTES} each) read on several threads gives the values written,
     * row by row, as one thread does; blank lines and CRLF line ends included, and a bad cell near the end is reported
     * with its line in the whole file.
     */
    @Test
    void partsReadOnSeveralThreadsGiveTheRowsOfTheFile() throws Exception {
        int rows = 60_000;
        SplittableRandom random = new SplittableRandom(15);
        double[][] written = new double[5][rows];
        StringBuilder csv = new StringBuilder("i,a,b,c,d,I\r\n");
        int line = 1;
        int badLine = -1;
        for (int r = 0; r < rows; r++) {
            if (r % 997 == 0) {
                csv.append("\r\n"); // a blank line
                line++;
            }
            csv.append(r);
            for (int c = 0; c < 5; c++) {
                written[c][r] = -70 + 100 * random.nextDouble();
                csv.append(',').append(written[c][r]);
            }
            csv.append(r % 2 == 0 ? "\n" : "\r\n");
            line++;
            if (r == rows - 3) {
                badLine = line;
            }
        }
        Path file = write(csv.toString());
        assertTrue(Files.size(file) > 2 * ParamsCsv.MIN_PART_BYTES, "the file has several parts");
        ParamsCsv params = ParamsCsv.open(file);
        assertTrue(params.layout().partStarts().length > 2, "parts: " + params.layout().partStarts().length);
        ParamsCsv.Table parallel = params.read(4);
        ParamsCsv.Table sequential = params.read(1);
        assertEquals(rows, parallel.rows());
        assertArrayEquals(written[0], parallel.a());
        assertArrayEquals(written[1], parallel.b());
        assertArrayEquals(written[2], parallel.c());
        assertArrayEquals(written[3], parallel.d());
        assertArrayEquals(written[4], parallel.current());
        assertArrayEquals(sequential.current(), parallel.current());

        String[] lines = csv.toString().split("\r?\n", -1);
        String bad = lines[badLine - 1];
        String broken = bad.substring(0, bad.lastIndexOf(',')) + ",ten";
        Files.writeString(file, csv.toString().replace(bad, broken));
        for (int threads : new int[] {1, 4}) {
            ParamsCsv.ParamsException e = assertThrows(ParamsCsv.ParamsException.class,
                    () -> ParamsCsv.open(file).read(threads));
            assertEquals(file + " line " + badLine + ", column 'I' (column 6): 'ten' is not a number", e.getMessage(),
                    threads + " threads");
        }
    }

    @Test
    void aFileWithQuotesIsReadInOnePart() throws Exception {
        StringBuilder csv = new StringBuilder("\"a\",b,c,d,I\n");
        while (csv.length() < 3 * ParamsCsv.MIN_PART_BYTES) {
            csv.append("0.02,0.2,-65,8,10\n");
        }
        ParamsCsv params = ParamsCsv.open(write(csv.toString()));
        assertTrue(params.layout().quoted());
        ParamsCsv.Table table = params.read(4);
        assertEquals(params.maxRows(), table.rows());
        assertEquals(-65, table.c()[table.rows() - 1]);
    }
}
