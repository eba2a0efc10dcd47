package org.spikeflow.core.tests.io;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;

import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVRecord;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.spikeflow.core.io.CsvRecords;

/** The shared CSV reading path: byte order mark, skipped lines, line numbers, and errors that say where. */
class CsvRecordsTest {
    @TempDir
    Path temp;

    @Test
    void recordsComeWithTheirLineInTheFile() throws Exception {
        Path file = temp.resolve("t.csv");
        Files.writeString(file, "\uFEFF# a comment line\nx,y\n1,\"two\nlines\"\n3,4\n");
        try (CsvRecords records = CsvRecords.open(file, CSVFormat.DEFAULT, 1)) {
            CSVRecord header = records.next();
            assertEquals("x", header.get(0), "the byte order mark is not part of the first name");
            assertEquals(2, records.line());
            assertEquals("two\nlines", records.next().get(1));
            assertEquals(4, records.line());
            assertEquals("4", records.next().get(1));
            assertEquals(5, records.line());
            assertNull(records.next());
            assertEquals(Files.size(file), records.bytesRead());
        }
    }

    @Test
    void malformedContentNamesFileAndLine() throws Exception {
        Path file = temp.resolve("bad.csv");
        Files.writeString(file, "x,y\n1,2\n3,\"4\"x\n");
        try (CsvRecords records = CsvRecords.open(file, CSVFormat.DEFAULT, 0)) {
            records.next();
            records.next();
            CsvRecords.MalformedCsvException bad = assertThrows(CsvRecords.MalformedCsvException.class,
                    records::next);
            assertTrue(bad.getMessage().startsWith("Cannot parse " + file + " near line 3"), bad.getMessage());
        }
        Path endless = temp.resolve("endless.csv");
        Files.writeString(endless, "x\n" + "1".repeat(200) + "\n");
        // the limit may strike while opening (read-ahead) or while reading: either way before the heap fills
        CsvRecords.MalformedCsvException e = assertThrows(CsvRecords.MalformedCsvException.class, () -> {
            try (CsvRecords records = CsvRecords.open(endless, CSVFormat.DEFAULT, 0, 100, 100)) {
                while (records.next() != null) {
                    continue;
                }
            }
        });
        assertEquals("Cannot read " + endless + ": line 2 is longer than 100 characters", e.getMessage());
    }

    @Test
    void aPartOfTheFileIsReadWithTheLinesOfTheWholeFile() throws Exception {
        Path file = temp.resolve("parts.csv");
        String head = "x,y\r\n1,2\n\n";
        String part = "3,4\r5,6\r\n";
        Files.writeString(file, head + part + "7,8\n");
        long from = head.length();
        long to = from + part.length();
        try (CsvRecords records = CsvRecords.open(file, CSVFormat.DEFAULT, from, to, 3, 100)) {
            assertEquals("3", records.next().get(0));
            assertEquals(4, records.line(), "line 4 of the file: three lines before the part");
            assertEquals("6", records.next().get(1));
            assertEquals(5, records.line());
            assertNull(records.next(), "the part ends before 7,8");
            assertEquals(part.length(), records.bytesRead());
        }
        Files.writeString(file, head + "3," + "9".repeat(200) + "\n");
        try (CsvRecords records = CsvRecords.open(file, CSVFormat.DEFAULT, from, Files.size(file), 3, 100)) {
            CsvRecords.MalformedCsvException e = assertThrows(CsvRecords.MalformedCsvException.class, records::next);
            assertTrue(e.getMessage().contains("line 4 is longer than 100 characters"), e.getMessage());
        }
    }
}
