package org.spikeflow.engine.tests;

import java.nio.file.Files;
import java.nio.file.Path;

/** Fixture folders live beside the tests in the source tree (KNIME style). */
final class Fixtures {
    private Fixtures() {
    }

    static Path folder(String name) {
        String base = System.getProperty("spikeflow.test.basedir");
        Path root = base != null ? Path.of(base) : Path.of("").toAbsolutePath();
        Path folder = root.resolve("src/test/java/org/spikeflow/engine/tests/fixtures").resolve(name);
        if (!Files.isDirectory(folder)) {
            throw new IllegalStateException("Fixture folder " + folder + " is missing");
        }
        return folder;
    }

    static Path file(String folder, String file) {
        return folder(folder).resolve(file);
    }
}
