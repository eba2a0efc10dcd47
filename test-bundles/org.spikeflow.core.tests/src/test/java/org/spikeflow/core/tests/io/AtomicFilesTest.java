package org.spikeflow.core.tests.io;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.spikeflow.core.io.AtomicFiles;

/** {@link AtomicFiles}: all-or-nothing writes. */
class AtomicFilesTest {

    @TempDir
    Path dir;

    private List<String> folderContent(Path folder) throws IOException {
        try (Stream<Path> files = Files.list(folder)) {
            return files.map(p -> p.getFileName().toString()).sorted().toList();
        }
    }

    @Test
    void writesTheContent() throws IOException {
        Path file = dir.resolve("result.json");
        AtomicFiles.writeString(file, "{\"unit\": \"µV\"}");
        assertEquals("{\"unit\": \"µV\"}", Files.readString(file, StandardCharsets.UTF_8));
        AtomicFiles.write(file, out -> out.write(new byte[] {1, 2, 3}));
        assertEquals(List.of((byte) 1, (byte) 2, (byte) 3), toList(Files.readAllBytes(file)), "replaced");
        assertEquals(List.of("result.json"), folderContent(dir));
    }

    @Test
    void largeContentIsWrittenCompletely() throws IOException {
        Path file = dir.resolve("big.bin");
        byte[] block = new byte[100_000];
        for (int i = 0; i < block.length; i++) {
            block[i] = (byte) i;
        }
        AtomicFiles.write(file, out -> {
            for (int i = 0; i < 30; i++) {
                out.write(block);
            }
        });
        assertEquals(3_000_000, Files.size(file));
    }

    @Test
    void aFailingWriterLeavesTheOldContentAndNoTemporaryFile() throws IOException {
        Path file = dir.resolve("workflow.spikeflow.json");
        Files.writeString(file, "old content");
        IOException e = assertThrows(IOException.class, () -> AtomicFiles.write(file, out -> {
            out.write("new content, partly written".getBytes(StandardCharsets.UTF_8));
            out.write(new byte[200_000]); // past the buffer, so bytes reach the temporary file
            out.flush();
            throw new IOException("disk full");
        }));
        assertEquals("disk full", e.getMessage());
        assertEquals("old content", Files.readString(file));
        assertEquals(List.of("workflow.spikeflow.json"), folderContent(dir));
    }

    @Test
    void aRuntimeExceptionAlsoLeavesNoTrace() throws IOException {
        Path file = dir.resolve("new.txt");
        assertThrows(UncheckedIOException.class, () -> AtomicFiles.write(file, out -> {
            out.write('x');
            throw new UncheckedIOException(new IOException("serialiser failed"));
        }));
        assertFalse(Files.exists(file), "a file that did not exist still does not");
        assertEquals(List.of(), folderContent(dir));
    }

    @Test
    void missingParentFoldersAreCreated() throws IOException {
        Path file = dir.resolve("a/b/c/out.csv");
        AtomicFiles.writeString(file, "x,y\n1,2\n");
        assertEquals("x,y\n1,2\n", Files.readString(file));
        assertEquals(List.of("out.csv"), folderContent(dir.resolve("a/b/c")));
    }

    private static List<Byte> toList(byte[] bytes) {
        Byte[] boxed = new Byte[bytes.length];
        for (int i = 0; i < bytes.length; i++) {
            boxed[i] = bytes[i];
        }
        return List.of(boxed);
    }

    @Test
    void theFileGetsTheUsersDefaultPermissionsNotOwnerOnly() throws IOException {
        Path file = dir.resolve("shared.csv"); // Spikeflow builds for linux: POSIX permissions exist
        AtomicFiles.writeString(file, "a,b\n");
        Path reference = Files.createFile(dir.resolve("reference.csv")); // permissions from the umask
        assertEquals(Files.getPosixFilePermissions(reference), Files.getPosixFilePermissions(file));
    }

    /** What the shutdown hook does when the JVM exits in the middle of a write (e.g. a second Ctrl-C). */
    @Test
    void temporaryFilesOfWritesInProgressCanBeDeleted() throws Exception {
        Path file = dir.resolve("trace.csv");
        Files.writeString(file, "old content");
        java.util.concurrent.CountDownLatch writing = new java.util.concurrent.CountDownLatch(1);
        java.util.concurrent.CountDownLatch goOn = new java.util.concurrent.CountDownLatch(1);
        java.util.concurrent.CompletableFuture<Void> write = java.util.concurrent.CompletableFuture.runAsync(() -> {
            try {
                AtomicFiles.write(file, out -> {
                    out.write("half of it".getBytes(StandardCharsets.UTF_8));
                    out.flush();
                    writing.countDown();
                    try {
                        goOn.await();
                    } catch (InterruptedException e) {
                        throw new IOException(e);
                    }
                });
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        });
        writing.await();
        assertEquals(1, folderContent(dir).stream().filter(name -> name.endsWith(".tmp")).count(), "writing");

        assertEquals(1, AtomicFiles.deleteTemporaryFiles());

        assertEquals(List.of("trace.csv"), folderContent(dir));
        goOn.countDown();
        java.util.concurrent.ExecutionException failed = assertThrows(java.util.concurrent.ExecutionException.class,
                write::get);
        assertFalse(failed.getCause() == null, "the interrupted write fails");
        assertEquals("old content", Files.readString(file), "the target is untouched");
        assertEquals(List.of("trace.csv"), folderContent(dir));
    }
}
