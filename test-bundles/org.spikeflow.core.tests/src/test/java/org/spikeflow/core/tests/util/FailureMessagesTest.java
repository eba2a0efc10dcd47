package org.spikeflow.core.tests.util;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.StringReader;
import java.io.UncheckedIOException;
import java.nio.file.AccessDeniedException;
import java.nio.file.FileSystemException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.stream.Stream;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.spikeflow.core.io.AtomicFiles;
import org.spikeflow.core.io.LineLengthLimitReader;
import org.spikeflow.core.util.FailureMessages;
import org.spikeflow.core.util.JsonMessages;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;

/** Issue 11: failures in the user's words, with the user's file, without library internals. */
class FailureMessagesTest {
    @TempDir
    Path folder;

    @Test
    void ioFailuresSayWhatFailedAndWhere() {
        assertEquals("permission denied: /data/out.csv",
                FailureMessages.describeIo(new AccessDeniedException("/data/out.csv")));
        assertEquals("disk full (no space left on device): /data/out.csv",
                FailureMessages.describeIo(new FileSystemException("/data/out.csv", null, "No space left on device")));
        assertEquals("disk full (no space left on device)",
                FailureMessages.describeIo(new IOException("No space left on device")));
        assertEquals("permission denied: /data/out.csv", FailureMessages.describe(
                new UncheckedIOException(new AccessDeniedException("/data/out.csv"))));
        assertEquals("already exists: /data/out.csv (setting 'ifExists' is FAIL)", FailureMessages.describeIo(
                new java.nio.file.FileAlreadyExistsException("/data/out.csv", null, "setting 'ifExists' is FAIL")));
        assertTrue(FailureMessages.describe(new OutOfMemoryError("Java heap space")).startsWith("out of memory"));
        assertTrue(FailureMessages.describe(new StackOverflowError()).contains("nested too deeply"));
        assertEquals("plain message", FailureMessages.describe(new IllegalStateException("plain message")));
    }

    /** A failure on the hidden temporary file is reported for the user's file. */
    @Test
    void atomicWritesNameTheTargetNotTheTemporaryFile() throws IOException {
        Path target = folder.resolve("results.csv");
        FileSystemException e = assertThrows(FileSystemException.class, () -> AtomicFiles.write(target, out -> {
            Path temp;
            try (Stream<Path> files = Files.list(folder)) {
                temp = files.filter(f -> f.getFileName().toString().endsWith(".tmp")).findFirst().orElseThrow();
            }
            // what the file system reports when the disk fills up while writing the temporary file
            throw new FileSystemException(temp.toString(), null, "No space left on device");
        }));
        assertEquals(target.toString(), e.getFile());
        String message = FailureMessages.describeIo(e);
        assertEquals("disk full (no space left on device): " + target, message);
        assertFalse(message.contains(".tmp"), message);
        try (Stream<Path> files = Files.list(folder)) {
            assertEquals(0, files.count(), "the temporary file is removed");
        }
    }

    @Test
    void jacksonInternalsAreTranslated() {
        JsonProcessingException nan = assertThrows(JsonProcessingException.class,
                () -> new ObjectMapper().readTree("{\"x\": NaN}"));
        String message = JsonMessages.describe(nan);
        assertTrue(message.contains("'NaN' is not a JSON number"), message);
        assertFalse(message.contains("JsonReadFeature"), message);
        JsonProcessingException comment = assertThrows(JsonProcessingException.class,
                () -> new ObjectMapper().readTree("{/* c */ \"x\": 1}"));
        assertEquals("comments are not allowed in JSON", JsonMessages.describe(comment));
        JsonProcessingException deep = assertThrows(JsonProcessingException.class,
                () -> new ObjectMapper().readTree("[".repeat(2000) + "]".repeat(2000)));
        assertEquals("the JSON is nested too deeply (more than 1000 levels of arrays and objects)",
                JsonMessages.describe(deep));
        assertEquals("String value length (20000001) exceeds the maximum allowed (20000000)", JsonMessages.clean(
                "String value length (20000001) exceeds the maximum allowed (20000000, from "
                        + "`StreamReadConstraints.getMaxStringLength()`)"));
        assertEquals("Cannot deserialize value of type `int` from String \"x\"", JsonMessages.clean(
                "Cannot deserialize value of type `int` from String \"x\" (through reference chain: "
                        + "org.spikeflow.base.internal.table.creator.TableCreatorNodeSettings[\"rows\"]->java.util"
                        + ".ArrayList[0])"));
    }

    private static char[] readChars(java.io.Reader reader, int n) throws IOException {
        char[] chars = new char[n];
        for (int i = 0; i < n; i++) {
            chars[i] = (char) reader.read();
        }
        return chars;
    }

    @Test
    void linesLongerThanTheLimitFailWithTheirNumber() throws IOException {
        // read character by character (a BufferedReader would hit the long line while filling its buffer)
        try (var reader = new LineLengthLimitReader(new StringReader("h\r\nshort\rlonger line\n"), 5, 8)) {
            assertEquals("h\r\nshort\rlonger l", new String(readChars(reader, 17))); // 8 characters of line 3
            LineLengthLimitReader.LineTooLongException e = assertThrows(
                    LineLengthLimitReader.LineTooLongException.class, reader::read);
            assertEquals(3, e.line());
            assertEquals("line 3 is longer than 8 characters", e.getMessage());
        }
        try (var reader = new java.io.BufferedReader(new LineLengthLimitReader(
                new StringReader("h\r\nshort\rlonger\n"), 5, 8))) {
            assertEquals("h", reader.readLine());
            assertEquals("short", reader.readLine());
            assertEquals("longer", reader.readLine());
        }
        var header = assertThrows(LineLengthLimitReader.LineTooLongException.class, () -> new java.io.BufferedReader(
                new LineLengthLimitReader(new StringReader("a".repeat(100)), 10, 1000)).readLine());
        assertEquals(1, header.line());
    }
}
