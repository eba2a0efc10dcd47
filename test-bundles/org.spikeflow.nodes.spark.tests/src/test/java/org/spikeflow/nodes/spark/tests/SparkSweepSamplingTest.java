package org.spikeflow.nodes.spark.tests;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.spikeflow.core.data.DataTable;
import org.spikeflow.core.port.PortObject;
import org.spikeflow.nodes.spark.internal.context.CreateSparkContextNodeFactory;
import org.spikeflow.nodes.spark.internal.sweep.SparkParameterSweepNodeFactory;
import org.spikeflow.nodes.spark.internal.totable.SparkToTableNodeFactory;

/**
 * Random and Latin hypercube sweeps generated on Spark, checked against their definitions. They are not compared with
 * the local Parameter Sweep Generator's rows: that node draws one sequential stream per dimension (a Fisher-Yates
 * shuffle for the strata), which a cluster cannot compute row by row without collecting the table, so the Spark node
 * derives each row from (seed, row index) instead. Same definition, different draws.
 */
class SparkSweepSamplingTest {

    private static DataTable sweep(Path dir, String master, String settings) throws Exception {
        PortObject context = SparkHarness.one(SparkHarness.node(new CreateSparkContextNodeFactory(),
                "{'master': '" + master + "', 'driverMemory': '1g'}"), dir);
        PortObject frame = SparkHarness.one(SparkHarness.node(new SparkParameterSweepNodeFactory(), settings), dir,
                context);
        return SparkHarness.table(SparkHarness.node(new SparkToTableNodeFactory(), null), dir, frame);
    }

    private static double[] column(DataTable table, String name) {
        double[] values = new double[table.getRowCount()];
        for (int r = 0; r < values.length; r++) {
            values[r] = ((Number) table.getColumn(name).getObject(r)).doubleValue();
        }
        return values;
    }

    private static void assertIndexColumn(DataTable table, int rows) {
        assertEquals(List.of("i", "a", "b", "c", "d", "I"), table.getSpec().columnNames());
        assertEquals(rows, table.getRowCount());
        for (int r = 0; r < rows; r++) {
            assertEquals((long) r, table.getColumn("i").getObject(r), "rows in index order");
        }
    }

    private static void assertWithin(double[] values, double low, double high, String name) {
        for (double v : values) {
            assertTrue(v >= low && v < high, name + " = " + v + " outside [" + low + ", " + high + ")");
        }
    }

    private static void assertConstant(double[] values, double expected, String name) {
        for (double v : values) {
            assertEquals(expected, v, 0, name + " keeps its baseline");
        }
    }

    @Test
    void randomSweepsAreSeededReproducibleOnAnyPartitioningAndWithinBounds(@TempDir Path dir) throws Exception {
        int n = 500;
        String settings = "{'mode': 'random', 'samples': " + n + ", 'seed': 7, 'd': 6, 'axes': ["
                + "{'parameter': 'a', 'low': 0.02, 'high': 0.1}, {'parameter': 'I', 'low': 0, 'high': 20}]}";
        DataTable twoCores = sweep(dir, "local[2]", settings);
        DataTable oneCore = sweep(dir, "local[1]", settings);

        assertIndexColumn(twoCores, n);
        double[] a = column(twoCores, "a");
        double[] current = column(twoCores, "I");
        assertWithin(a, 0.02, 0.1, "a");
        assertWithin(current, 0, 20, "I");
        assertConstant(column(twoCores, "b"), 0.2, "b");
        assertConstant(column(twoCores, "c"), -65, "c");
        assertConstant(column(twoCores, "d"), 6, "d");
        // uniform on [0, 20): mean 10, standard error 20 / sqrt(12 n) = 0.26; five of them
        double mean = Arrays.stream(current).average().orElseThrow();
        assertEquals(10, mean, 5 * 20 / Math.sqrt(12.0 * n), "mean of I");
        assertEquals(n, Arrays.stream(current).distinct().count(), "continuous draws do not repeat");

        // another run, another number of partitions: the same rows, bit for bit
        assertIndexColumn(oneCore, n);
        assertArrayEquals(a, column(oneCore, "a"));
        assertArrayEquals(current, column(oneCore, "I"));
    }

    @Test
    void latinHypercubeSweepsHaveOneSamplePerStratumOnEveryAxis(@TempDir Path dir) throws Exception {
        int n = 300;
        double[][] bounds = {{0.02, 0.1}, {-65, -50}, {0, 15}};
        String[] names = {"a", "c", "I"};
        DataTable table = sweep(dir, "local[2]", "{'mode': 'latinHypercube', 'samples': " + n + ", 'seed': 11,"
                + " 'axes': [{'parameter': 'a', 'low': 0.02, 'high': 0.1}, {'parameter': 'c', 'low': -65,"
                + " 'high': -50}, {'parameter': 'I', 'low': 0, 'high': 15}]}");

        assertIndexColumn(table, n);
        assertConstant(column(table, "b"), 0.2, "b");
        assertConstant(column(table, "d"), 8, "d");
        int[][] strata = new int[names.length][n];
        int[] everyStratum = new int[n];
        Arrays.setAll(everyStratum, k -> k);
        for (int k = 0; k < names.length; k++) {
            double low = bounds[k][0];
            double high = bounds[k][1];
            double[] values = column(table, names[k]);
            assertWithin(values, low, high, names[k]);
            for (int r = 0; r < n; r++) {
                strata[k][r] = (int) Math.floor((values[r] - low) / (high - low) * n);
            }
            int[] sorted = strata[k].clone();
            Arrays.sort(sorted);
            assertArrayEquals(everyStratum, sorted, names[k] + ": each of the " + n + " strata exactly once");
        }
        // the axes are permuted independently: not the diagonal, not in row order
        assertNotEquals(Arrays.toString(strata[0]), Arrays.toString(strata[1]));
        assertNotEquals(Arrays.toString(strata[0]), Arrays.toString(strata[2]));
        assertNotEquals(Arrays.toString(everyStratum), Arrays.toString(strata[0]));
    }
}
