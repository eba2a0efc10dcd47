package org.spikeflow.spark.job;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.Comparator;
import java.util.List;
import java.util.stream.Stream;

import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.SaveMode;
import org.apache.spark.sql.SparkSession;
import org.spikeflow.spark.SparkSink;

/**
 * Writes a result. Parquet: a dataset folder written by the executors. CSV: the executors write part files into a
 * temporary folder beside the target; the driver joins them in partition order under one header into a temporary file
 * and renames it over the target, so a failed or cancelled job leaves no partial file.
 */
final class Sinks {
    private Sinks() {
    }

    static long write(SparkSession spark, Dataset<Row> frame, SparkSink sink, JobProgress progress)
            throws IOException {
        if (sink.path == null || sink.path.isBlank()) {
            throw new IllegalArgumentException("no output path");
        }
        Path target = Path.of(sink.path).toAbsolutePath();
        if (!sink.overwrite && Files.exists(target)) {
            throw new IllegalArgumentException(target + " exists and overwriting is off");
        }
        Files.createDirectories(target.getParent());
        Dataset<Row> limited = sink.limit > 0 ? frame.limit((int) Math.min(Integer.MAX_VALUE, sink.limit)) : frame;
        long before = progress.recordsWritten();
        switch (sink.kind) {
            case SparkSink.PARQUET -> limited.write().mode(SaveMode.Overwrite).parquet(target.toString());
            case SparkSink.CSV -> writeCsv(limited, target);
            default -> throw new IllegalArgumentException("output kind must be parquet or csv, not '" + sink.kind
                    + "'");
        }
        return progress.recordsWritten() - before;
    }

    private static void writeCsv(Dataset<Row> frame, Path target) throws IOException {
        Path parts = Files.createTempDirectory(target.getParent(), "." + target.getFileName() + ".parts-");
        Path joined = parts.resolveSibling("." + target.getFileName() + ".tmp-" + System.nanoTime());
        try {
            // ignoreLeading/TrailingWhiteSpace off and no quotes for plain numbers: the local writer's format
            frame.write().mode(SaveMode.Overwrite).option("header", "false").option("quoteAll", "false")
                    .option("ignoreLeadingWhiteSpace", "false").option("ignoreTrailingWhiteSpace", "false")
                    .csv(parts.resolve("out").toString());
            List<Path> files;
            try (Stream<Path> list = Files.list(parts.resolve("out"))) {
                files = list.filter(p -> p.getFileName().toString().startsWith("part-")).sorted().toList();
            }
            try (OutputStream out = Files.newOutputStream(joined)) {
                out.write((String.join(",", frame.columns()) + "\n").getBytes(StandardCharsets.UTF_8));
                for (Path file : files) {
                    Files.copy(file, out);
                }
            }
            Files.move(joined, target, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
        } finally {
            Files.deleteIfExists(joined);
            try (Stream<Path> walk = Files.walk(parts)) {
                walk.sorted(Comparator.reverseOrder()).forEach(p -> p.toFile().delete());
            }
        }
    }
}
