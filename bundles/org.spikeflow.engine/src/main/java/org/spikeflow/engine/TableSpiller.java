package org.spikeflow.engine;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Comparator;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.stream.Stream;

import org.spikeflow.core.data.DataTable;
import org.spikeflow.core.data.DataTableIO;

/**
 * Moves executed nodes' large tables out of the heap: writes them to a private temporary folder and maps them back, so
 * they cost page cache instead of heap. The folder is deleted when the workflow closes (or the JVM exits).
 */
final class TableSpiller implements AutoCloseable {
    private final Path folder;
    private final AtomicInteger count = new AtomicInteger();

    public TableSpiller() throws IOException {
        folder = Files.createTempDirectory("spikeflow-tables-");
        folder.toFile().deleteOnExit();
    }

    public DataTable spill(DataTable table) throws IOException {
        Path file = folder.resolve("table-" + count.incrementAndGet() + ".sft");
        DataTableIO.write(table, file);
        file.toFile().deleteOnExit();
        return DataTableIO.map(file);
    }

    @Override
    public void close() {
        try (Stream<Path> files = Files.walk(folder)) {
            files.sorted(Comparator.reverseOrder()).forEach(path -> path.toFile().delete());
        } catch (IOException e) {
            // Best effort: deleteOnExit removes what is left.
        }
    }
}
