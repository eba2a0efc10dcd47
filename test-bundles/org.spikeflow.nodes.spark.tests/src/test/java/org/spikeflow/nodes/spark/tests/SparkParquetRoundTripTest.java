package org.spikeflow.nodes.spark.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.spikeflow.core.data.Column;
import org.spikeflow.core.data.ColumnBuilder;
import org.spikeflow.core.data.DataTable;
import org.spikeflow.core.data.DataTableSpec;
import org.spikeflow.core.data.DataType;
import org.spikeflow.core.io.PathNotAllowedException;
import org.spikeflow.core.port.PortObject;
import org.spikeflow.nodes.spark.internal.context.CreateSparkContextNodeFactory;
import org.spikeflow.nodes.spark.internal.fromtable.TableToSparkNodeFactory;
import org.spikeflow.nodes.spark.internal.parquetreader.ParquetReaderNodeFactory;
import org.spikeflow.nodes.spark.internal.parquetwriter.ParquetWriterNodeFactory;
import org.spikeflow.nodes.spark.internal.totable.SparkToTableNodeFactory;

/** Table to Spark, Parquet Writer, then Parquet Reader and Spark to Table give back the table written. */
class SparkParquetRoundTripTest {

    /** One column of each type; doubles that do not survive a lossy decimal format; strings that need quoting. */
    static DataTable mixedTable(int rows) {
        DataTableSpec spec = DataTableSpec.of("id", DataType.INT, "big", DataType.LONG, "x", DataType.DOUBLE,
                "label", DataType.STRING, "fast", DataType.BOOLEAN);
        ColumnBuilder id = Column.builder(DataType.INT, rows);
        ColumnBuilder big = Column.builder(DataType.LONG, rows);
        ColumnBuilder x = Column.builder(DataType.DOUBLE, rows);
        ColumnBuilder label = Column.builder(DataType.STRING, rows);
        ColumnBuilder fast = Column.builder(DataType.BOOLEAN, rows);
        double[] doubles = {-65.0, 0.1, 1e-300, 12345.678901234567, Math.PI, -0.0625, 6.02214076e23};
        for (int k = 0; k < rows; k++) {
            id.appendObject(k);
            big.appendObject(3_000_000_000L + 7919L * k); // beyond int: Spark must keep it a long
            x.appendObject(doubles[k % doubles.length] * (k + 1));
            label.appendObject("neuron " + k + (k % 3 == 0 ? ", \"tonic\" é" : ""));
            fast.appendObject(k % 2 == 0);
        }
        return new DataTable(spec, List.of(id.build(), big.build(), x.build(), label.build(), fast.build()));
    }

    private static List<String> rows(DataTable table) {
        List<String> rows = new ArrayList<>();
        for (int r = 0; r < table.getRowCount(); r++) {
            StringBuilder row = new StringBuilder();
            for (int c = 0; c < table.getColumnCount(); c++) {
                row.append(c > 0 ? " | " : "").append(table.getColumn(c).getObject(r));
            }
            rows.add(row.toString());
        }
        return rows;
    }

    @Test
    void aTableWrittenAsParquetReadsBackWithTheSameValuesAndTypes(@TempDir Path dir) throws Exception {
        DataTable written = mixedTable(40);
        PortObject context = SparkHarness.one(SparkHarness.node(new CreateSparkContextNodeFactory(),
                "{'master': 'local[2]', 'driverMemory': '1g'}"), dir);
        PortObject frame = SparkHarness.one(SparkHarness.node(new TableToSparkNodeFactory(),
                "{'path': 'mixed.csv'}"), dir, context, written);
        SparkHarness.run(SparkHarness.node(new ParquetWriterNodeFactory(), "{'path': 'mixed.parquet'}"), dir,
                frame);
        Path dataset = dir.resolve("mixed.parquet");
        assertTrue(Files.isDirectory(dataset), "the writer made a Parquet dataset folder");
        try (var files = Files.list(dataset)) {
            assertTrue(files.anyMatch(f -> f.getFileName().toString().endsWith(".parquet")), "with part files");
        }

        PortObject reread = SparkHarness.one(SparkHarness.node(new ParquetReaderNodeFactory(),
                "{'path': 'mixed.parquet'}"), dir, context);
        DataTable read = SparkHarness.table(SparkHarness.node(new SparkToTableNodeFactory(), null), dir, reread);

        assertEquals(written.getSpec(), read.getSpec(), "column names and types");
        // part files may come back in any order: compare as sorted rows (the id column makes each row unique)
        List<String> expected = rows(written);
        List<String> actual = rows(read);
        expected.sort(null);
        actual.sort(null);
        assertEquals(expected, actual);
    }

    @Test
    void fileUrisPassThePathPolicyLikeOtherPaths(@TempDir Path dir, @TempDir Path elsewhere) throws Exception {
        // a shared workflow must not write or read outside its folders by spelling the path as a file: URI
        Path outside = elsewhere.resolve("stolen.parquet");
        PortObject context = SparkHarness.one(SparkHarness.node(new CreateSparkContextNodeFactory(),
                "{'master': 'local[2]'}"), dir);
        PortObject frame = SparkHarness.one(SparkHarness.node(new TableToSparkNodeFactory(),
                "{'path': 'mixed.csv'}"), dir, context, mixedTable(3));
        assertRefusedByThePolicy(assertThrows(Exception.class, () -> SparkHarness.run(SparkHarness.node(
                new ParquetWriterNodeFactory(), "{'path': '" + outside.toUri() + "'}"), dir, frame)));
        assertFalse(Files.exists(outside), "nothing written outside the output folder");
        assertRefusedByThePolicy(assertThrows(Exception.class, () -> SparkHarness.one(SparkHarness.node(
                new ParquetReaderNodeFactory(), "{'path': '" + elsewhere.toUri() + "'}"), dir, context)));
    }

    private static void assertRefusedByThePolicy(Throwable thrown) {
        for (Throwable t = thrown; t != null; t = t.getCause()) {
            if (t instanceof PathNotAllowedException) {
                return;
            }
        }
        throw new AssertionError("expected the path policy to refuse the location, got: " + thrown, thrown);
    }
}
