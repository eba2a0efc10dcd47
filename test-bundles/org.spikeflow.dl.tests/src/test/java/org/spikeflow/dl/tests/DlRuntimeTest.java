package org.spikeflow.dl.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.util.stream.Stream;

import org.junit.jupiter.api.Test;
import org.spikeflow.dl.DlRuntime;

/** The PyTorch engine loads inside Equinox, offline, with natives extracted into the configured cache. */
class DlRuntimeTest {

    @Test
    void pytorchLoadsOfflineFromTheEmbeddedNatives() throws Exception {
        // The context class loader of a test thread is not this bundle's: DlRuntime must switch it itself.
        ClassLoader before = Thread.currentThread().getContextClassLoader();
        String engine = DlRuntime.load(1);
        assertEquals("PyTorch 2.7.1", engine);
        assertSame(before, Thread.currentThread().getContextClassLoader(), "context class loader restored");
        assertEquals("true", System.getProperty("ai.djl.offline"));
        assertEquals(1, DlRuntime.threads());
        assertEquals(DlTestSupport.expectedCache(), DlRuntime.cacheDirectory());
        try (Stream<java.nio.file.Path> files = Files.walk(DlRuntime.cacheDirectory())) {
            assertTrue(files.anyMatch(p -> p.getFileName().toString().startsWith("libtorch_cpu")),
                    "libtorch_cpu extracted under " + DlRuntime.cacheDirectory());
        }
    }

    @Test
    void threadCountMustBePositive() {
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class, () -> DlRuntime.load(0));
        assertTrue(e.getMessage().contains("at least 1"), e.getMessage());
    }

    @Test
    void cacheFolderCannotChangeOnceLoaded() {
        DlRuntime.load(1);
        IllegalStateException e = assertThrows(IllegalStateException.class,
                () -> DlRuntime.setCacheDirectory(DlRuntime.cacheDirectory().resolve("elsewhere")));
        assertTrue(e.getMessage().contains("restart"), e.getMessage());
    }
}
