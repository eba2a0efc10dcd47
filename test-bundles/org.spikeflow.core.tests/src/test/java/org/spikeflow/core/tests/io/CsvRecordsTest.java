package org.spikeflow.core.tests.io;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.spikeflow.core.io.CsvFormat;
import org.spikeflow.core.io.CsvRecords;
import org.spikeflow.core.io.CsvRow;

/** The shared CSV reading path: byte order mark, skipped lines, line numbers, and errors that say where. */
class CsvRecordsTest {
    @TempDir
    Path temp;

    @Test
    void recordsComeWithTheirLineInTheFile() throws Exception {
        Path file = temp.resolve("t.csv");
        Files.writeString(file, "\uFEFF# a comment line\nx,y\n1,\"two\nlines\"\n3,4\n");
        try (CsvRecords records = CsvRecords.open(file, CsvFormat.DEFAULT, 1)) {
            CsvRow header = records.next();
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
        try (CsvRecords records = CsvRecords.open(file, CsvFormat.DEFAULT, 0)) {
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
            try (CsvRecords records = CsvRecords.open(endless, CsvFormat.DEFAULT, 0, 100, 100)) {
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
        try (CsvRecords records = CsvRecords.open(file, CsvFormat.DEFAULT, from, to, 3, 100)) {
            assertEquals("3", records.next().get(0));
            assertEquals(4, records.line(), "line 4 of the file: three lines before the part");
            assertEquals("6", records.next().get(1));
            assertEquals(5, records.line());
            assertNull(records.next(), "the part ends before 7,8");
            assertEquals(part.length(), records.bytesRead());
        }
        Files.writeString(file, head + "3," + "9".repeat(200) + "\n");
        try (CsvRecords records = CsvRecords.open(file, CsvFormat.DEFAULT, from, Files.size(file), 3, 100)) {
            CsvRecords.MalformedCsvException e = assertThrows(CsvRecords.MalformedCsvException.class, records::next);
            assertTrue(e.getMessage().contains("line 4 is longer than 100 characters"), e.getMessage());
        }
    }

    private List<CsvRow> readAll(String content, CsvFormat format, int skipLines) throws Exception {
        Path file = temp.resolve("all.csv");
        Files.writeString(file, content);
        List<CsvRow> rows = new ArrayList<>();
        try (CsvRecords records = CsvRecords.open(file, format, skipLines)) {
            CsvRow row;
            while ((row = records.next()) != null) {
                assertEquals(row.lastLine(), records.line(), "line() is where the last record ends");
                rows.add(row);
            }
        }
        return rows;
    }

    private static List<List<String>> values(List<CsvRow> rows) {
        return rows.stream().map(CsvRow::values).toList();
    }

    @Test
    void quotedValuesHoldDelimitersQuotesAndLineBreaks() throws Exception {
        List<CsvRow> rows = readAll("name,note\r\n\"Smith, J.\",\"said \"\"hi\"\"\r\nand left\"\r\n\"\",x\r\n"
                + "a\"b,\"\"\"\"\n", CsvFormat.DEFAULT, 0);
        assertEquals(List.of(List.of("name", "note"), List.of("Smith, J.", "said \"hi\"\r\nand left"), List.of("", "x"),
                List.of("a\"b", "\"")), values(rows));
        assertEquals(List.of(1L, 2L, 4L, 5L), rows.stream().map(CsvRow::firstLine).toList());
        assertEquals(List.of(1L, 3L, 4L, 5L), rows.stream().map(CsvRow::lastLine).toList(),
                "CR LF inside a quoted value is one line break");
    }

    @Test
    void emptyLinesAndCommentsAreSkippedBlankLinesAndRaggedRowsAreNot() throws Exception {
        CsvFormat format = new CsvFormat(";", '"', '#', false);
        List<CsvRow> rows = readAll("# about\na;b\n\n#x;y\n1;2;3\n  \n4\n\"#not a comment\";5\n", format, 0);
        assertEquals(List.of(List.of("a", "b"), List.of("1", "2", "3"), List.of("  "), List.of("4"),
                List.of("#not a comment", "5")), values(rows));
        assertEquals(List.of(2L, 5L, 6L, 7L, 8L), rows.stream().map(CsvRow::firstLine).toList());
        assertEquals(List.of(List.of("a,b", "#c")), values(readAll("a,b;#c\n", format, 0)),
                "a comment marker later on the line is text");
    }

    @Test
    void withoutQuoteCharacterQuotesAreText() throws Exception {
        CsvFormat format = new CsvFormat("\t", null, null, false);
        assertEquals(List.of(List.of("\"a", "b\""), List.of("\"\"", "c")),
                values(readAll("\"a\tb\"\n\"\"\tc", format, 0)));
    }

    @Test
    void aDelimiterMayBeLongerThanOneCharacter() throws Exception {
        CsvFormat format = new CsvFormat("||", '"', null, false);
        assertEquals(List.of(List.of("a", "b|c", ""), List.of("x||y", "z")),
                values(readAll("a||b|c||\n\"x||y\"||z\n", format, 0)));
    }

    @Test
    void byteOrderMarkSkippedLinesAndTheLastLineWithoutBreak() throws Exception {
        List<CsvRow> rows = readAll("\uFEFFskip me, \"unclosed\ntoo\nx,y\r1,2", CsvFormat.DEFAULT, 2);
        assertEquals(List.of(List.of("x", "y"), List.of("1", "2")), values(rows));
        assertEquals(List.of(3L, 4L), rows.stream().map(CsvRow::firstLine).toList(),
                "skipped lines are raw lines: a quote in them opens nothing");
        assertEquals(List.of(List.of("\uFEFFx")), values(readAll("\uFEFF\uFEFFx", CsvFormat.DEFAULT, 0)),
                "only the first byte order mark is skipped");
        assertEquals(List.of(), values(readAll("", CsvFormat.DEFAULT, 0)));
        assertEquals(List.of(), values(readAll("\n\r\n\n", CsvFormat.DEFAULT, 0)));
        assertEquals(List.of(List.of("a", "")), values(readAll("a,", CsvFormat.DEFAULT, 0)));
    }

    @Test
    void spacesAroundQuotesAreIgnoredOnlyWhenAsked() throws Exception {
        String text = "x, \"a\" ,\"b\"\t\n";
        assertEquals(List.of(List.of("x", "a", "b")),
                values(readAll(text, new CsvFormat(",", '"', null, true), 0)));
        Path file = temp.resolve("spaces.csv");
        Files.writeString(file, "x\n\"a\" ,b\n");
        try (CsvRecords records = CsvRecords.open(file, CsvFormat.DEFAULT, 0)) {
            records.next();
            CsvRecords.MalformedCsvException e = assertThrows(CsvRecords.MalformedCsvException.class,
                    records::next);
            assertTrue(e.getMessage().startsWith("Cannot parse " + file + " near line 2: "), e.getMessage());
        }
        assertEquals(List.of(List.of(" \"a\"", "b")), values(readAll(" \"a\",b\n", CsvFormat.DEFAULT, 0)),
                "a quote after a space is text");
    }

    @Test
    void anUnclosedQuoteNamesTheLineWhereItsRecordStarts() throws Exception {
        for (String end : new String[] {"", "\n", "\r", "\r\n", "\"\""}) {
            for (CsvFormat format : List.of(CsvFormat.DEFAULT, new CsvFormat(";;", '"', null, false),
                    new CsvFormat(",", '"', null, true))) {
                Path file = temp.resolve("unclosed.csv");
                Files.writeString(file, "a,b\n1,2\n3,\"open\n5,6".replace(",", format.delimiter()) + end);
                try (CsvRecords records = CsvRecords.open(file, format, 0)) {
                    records.next();
                    records.next();
                    CsvRecords.MalformedCsvException e = assertThrows(CsvRecords.MalformedCsvException.class,
                            records::next, format + " " + end);
                    assertEquals("Cannot parse " + file + " near line 3: a quoted value of the record that starts"
                            + " on this line is not closed before the end of the file", e.getMessage());
                }
            }
        }
        assertEquals(List.of(List.of("x\n")), values(readAll("\"x\n\"", CsvFormat.DEFAULT, 0)),
                "a quoted value may end with a line break");
    }

    @Test
    void formatsThatCannotWorkAreRefused() {
        assertEquals("The delimiter cannot be empty",
                assertThrows(IllegalArgumentException.class, () -> new CsvFormat("", '"', null, false)).getMessage());
        assertEquals("The quoteCharacter cannot be a line break",
                assertThrows(IllegalArgumentException.class, () -> new CsvFormat(",", '\n', null, false))
                        .getMessage());
        assertEquals("The comment start marker character cannot be a line break",
                assertThrows(IllegalArgumentException.class, () -> new CsvFormat(",", null, '\r', false))
                        .getMessage());
        assertEquals("The quoteChar character and the delimiter cannot be the same (';')",
                assertThrows(IllegalArgumentException.class, () -> new CsvFormat("a;", ';', null, false))
                        .getMessage());
        assertThrows(IllegalArgumentException.class, () -> new CsvFormat(",", '"', '"', false));
        assertThrows(IllegalArgumentException.class, () -> new CsvFormat("\r\n", '"', null, false));
    }
}
