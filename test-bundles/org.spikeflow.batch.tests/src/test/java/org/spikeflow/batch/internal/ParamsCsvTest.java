package org.spikeflow.batch.internal;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;

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
}
