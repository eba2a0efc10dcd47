package org.spikeflow.core.tests.io;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.spikeflow.core.io.CsvFormat;
import org.spikeflow.core.io.CsvRecords;
import org.spikeflow.core.io.CsvRow;
import org.spikeflow.core.io.CsvWriter;

/** The CSV writer quotes only where a reader needs it, as Commons CSV's minimal quoting did, and reads back. */
class CsvWriterTest {
    @TempDir
    Path temp;

    private static String write(CsvFormat format, List<List<String>> records) throws Exception {
        StringWriter out = new StringWriter();
        CsvWriter csv = new CsvWriter(out, format);
        for (List<String> record : records) {
            csv.record(record);
        }
        csv.flush();
        return out.toString();
    }

    @Test
    void quotesOnlyValuesThatNeedIt() throws Exception {
        assertEquals("Time (ms),a-b,x#,é\n", write(CsvFormat.DEFAULT, List.of(List.of("Time (ms)", "a-b", "x#", "é"))));
        assertEquals("\"a,b\",\"say \"\"hi\"\"\",\"two\nlines\",\"cr\rhere\"\n",
                write(CsvFormat.DEFAULT, List.of(List.of("a,b", "say \"hi\"", "two\nlines", "cr\rhere"))));
        // a first character up to '#' (space, !, ", #) and a last one up to ' ' (space, tab) are quoted
        assertEquals("\" x\",\"!x\",\"#x\",\"x \",\"x\\t\",$x\n".replace("\\t", "\t"),
                write(CsvFormat.DEFAULT, List.of(List.of(" x", "!x", "#x", "x ", "x\t", "$x"))));
    }

    @Test
    void anEmptyFirstValueIsQuotedSoTheRecordIsNoEmptyLine() throws Exception {
        assertEquals("\"\",x,\n\"\"\nx,,\n", write(CsvFormat.DEFAULT, List.of(List.of("", "x", ""), List.of(""),
                List.of("x", "", ""))));
        StringWriter out = new StringWriter();
        new CsvWriter(out, CsvFormat.DEFAULT).value(null).value("a").endRecord();
        assertEquals(",a\n", out.toString(), "null is an empty value, never quoted");
    }

    @Test
    void aLongerDelimiterIsQuotedAroundAsAWhole() throws Exception {
        CsvFormat format = new CsvFormat("||", '"', null, false);
        assertEquals("a|b||\"c||d\"||e\n", write(format, List.of(List.of("a|b", "c||d", "e"))));
    }

    @Test
    void whatIsWrittenReadsBack() throws Exception {
        List<List<String>> records = new ArrayList<>();
        records.add(List.of("name", "note", "n"));
        records.add(List.of("", "\"", " "));
        records.add(List.of("a;b", "x\r\ny", "#"));
        records.add(Arrays.asList("\t", "\"\"", "1.5"));
        for (String delimiter : List.of(",", ";", "\t", "::")) {
            CsvFormat format = new CsvFormat(delimiter, '"', null, false);
            Path file = temp.resolve("back.csv");
            Files.writeString(file, write(format, records));
            List<List<String>> read = new ArrayList<>();
            try (CsvRecords in = CsvRecords.open(file, format, 0)) {
                CsvRow row;
                while ((row = in.next()) != null) {
                    read.add(row.values());
                }
            }
            assertEquals(records, read, "delimiter " + delimiter);
        }
    }

    @Test
    void writingNeedsAQuoteCharacter() {
        assertThrows(IllegalArgumentException.class,
                () -> new CsvWriter(new StringWriter(), new CsvFormat(",", null, null, false)));
    }
}
