package org.spikeflow.dl.tests;

import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.spikeflow.dl.ResidualModel;

/**
 * Issue 11: a model file that unpacks to far more than a model needs (a zip bomb) fails clearly instead of exhausting
 * the heap, and a truncated file names itself. No DJL is needed: the zip is checked before the network is built.
 */
class ModelFileLimitsTest {
    @TempDir
    Path folder;

    private static byte[] zip(String entry, byte[] content) throws IOException {
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        try (ZipOutputStream zip = new ZipOutputStream(bytes)) {
            zip.putNextEntry(new ZipEntry(entry));
            zip.write(content);
            zip.closeEntry();
        }
        return bytes.toByteArray();
    }

    @Test
    void anEntryThatUnpacksToMoreThanAModelNeedsIsRefused() throws IOException {
        Path bomb = folder.resolve("bomb.zip");
        // 17 MB of zeros compress to a few kilobytes
        Files.write(bomb, zip("model.json", new byte[17 << 20]));
        assertTrue(Files.size(bomb) < 1 << 20);
        IOException e = assertThrows(IOException.class, () -> ResidualModel.load(bomb));
        assertTrue(e.getMessage().contains(bomb.toString()), e.getMessage());
        assertTrue(e.getMessage().contains("model.json unpacks to more than 16 MB"), e.getMessage());
    }

    @Test
    void aTruncatedModelFileNamesTheFile() throws IOException {
        byte[] noise = new byte[200_000];
        new java.util.Random(1).nextBytes(noise); // incompressible: the deflate stream is long
        byte[] whole = zip("parameters.djl", noise);
        Path truncated = folder.resolve("truncated-model.zip");
        Files.write(truncated, Arrays.copyOf(whole, whole.length / 2));
        IOException e = assertThrows(IOException.class, () -> ResidualModel.load(truncated));
        assertTrue(e.getMessage().contains(truncated.toString()), e.getMessage());
        assertTrue(e.getMessage().contains("truncated or damaged"), e.getMessage());
    }
}
