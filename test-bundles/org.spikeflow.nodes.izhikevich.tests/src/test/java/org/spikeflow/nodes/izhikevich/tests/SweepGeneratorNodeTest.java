package org.spikeflow.nodes.izhikevich.tests;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.spikeflow.testing.NodeTesting.doubles;
import static org.spikeflow.nodes.izhikevich.tests.Harness.sweep;

import java.util.ArrayList;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.spikeflow.core.data.DataTable;
import org.spikeflow.core.data.DataTableSpec;
import org.spikeflow.core.data.DoubleColumn;
import org.spikeflow.core.data.IntColumn;
import org.spikeflow.core.data.StringColumn;
import org.spikeflow.core.flowvar.FlowObjectStack;
import org.spikeflow.core.runtime.Node;
import org.spikeflow.core.port.PortObjectSpec;
import org.spikeflow.core.settings.InvalidSettingsException;
import org.spikeflow.nodes.izhikevich.internal.sweep.SweepGenerator;
import org.spikeflow.testing.NodeTesting;

/** The Parameter Sweep Generator through {@link Node}: the seed's study, grids, sampling, sizes. */
class SweepGeneratorNodeTest {

    static DataTable generate(String settings) throws Exception {
        Node node = sweep(settings);
        return Harness.run(node, FlowObjectStack.empty(), Harness.context(1))[0];
    }

    static String[] strings(DataTable table, String column) {
        StringColumn c = (StringColumn) table.getColumn(column);
        String[] x = new String[c.size()];
        for (int i = 0; i < x.length; i++) {
            x[i] = c.get(i);
        }
        return x;
    }

    // The seed's parameter values: numpy.linspace(0, 0.09, 10) added to each baseline, as numpy prints them.
    static final double[][] SEED_VALUES = {
            {0.02, 0.03, 0.04, 0.05, 0.06, 0.07, 0.08, 0.09000000000000001, 0.1, 0.11},
            {0.2, 0.21000000000000002, 0.22, 0.23, 0.24000000000000002, 0.25, 0.26, 0.27, 0.28, 0.29000000000000004},
            {-65.0, -64.99, -64.98, -64.97, -64.96, -64.95, -64.94, -64.93, -64.92, -64.91},
            {8.0, 8.01, 8.02, 8.03, 8.04, 8.05, 8.06, 8.07, 8.08, 8.09},
            {10.0, 10.01, 10.02, 10.03, 10.04, 10.05, 10.06, 10.07, 10.08, 10.09}};
    static final String[] NAMES = {"a", "b", "c", "d", "I"};
    static final double[] BASELINE = {0.02, 0.2, -65, 8, 10};

    @Test
    void theDefaultsAreTheSeedsOneAtATimeStudy() throws Exception {
        DataTable table = generate(null);
        assertEquals(List.of("i", "Sweep", "Parameter", "a", "b", "c", "d", "I"), table.getSpec().columnNames());
        assertEquals(50, table.getRowCount());
        String[] labels = strings(table, "Sweep");
        String[] varied = strings(table, "Parameter");
        int[] index = ((IntColumn) table.getColumn("i")).toArray();
        for (int p = 0; p < 5; p++) {
            for (int j = 0; j < 10; j++) {
                int row = p * 10 + j;
                assertEquals(row, index[row]);
                assertEquals(NAMES[p], varied[row]);
                for (int q = 0; q < 5; q++) {
                    double expected = q == p ? SEED_VALUES[p][j] : BASELINE[q];
                    assertEquals(expected, doubles(table, NAMES[q])[row], 0.0,
                            "row " + row + " column " + NAMES[q] + ": bit for bit as numpy computes it");
                }
            }
        }
        assertEquals("a=0.02", labels[0]);
        assertEquals("a=0.03", labels[1]);
        assertEquals("a=0.09", labels[7]);
        assertEquals("b=0.21", labels[11]);
        assertEquals("c=-64.99", labels[21]);
        assertEquals("d=8.05", labels[35]);
        assertEquals("I=10.09", labels[49]);
    }

    @Test
    void aGridHasTheProductOfTheSizesWithTheFirstDimensionSlowest() throws Exception {
        DataTable table = generate("{'mode': 'grid', 'dimensions': ["
                + "{'parameter': 'a', 'spacing': 'values', 'values': [0.02, 0.1]},"
                + "{'parameter': 'b', 'spacing': 'range', 'start': 0.2, 'stop': 0.25, 'step': 0.05},"
                + "{'parameter': 'I', 'spacing': 'linspace', 'start': 0, 'stop': 10, 'count': 3}]}");
        assertEquals(List.of("i", "Sweep", "a", "b", "c", "d", "I"), table.getSpec().columnNames());
        assertEquals(2 * 2 * 3, table.getRowCount());
        assertArrayEquals(new double[] {0.02, 0.02, 0.02, 0.02, 0.02, 0.02, 0.1, 0.1, 0.1, 0.1, 0.1, 0.1},
                doubles(table, "a"));
        assertArrayEquals(new double[] {0.2, 0.2, 0.2, 0.25, 0.25, 0.25, 0.2, 0.2, 0.2, 0.25, 0.25, 0.25},
                doubles(table, "b"), 1e-15);
        assertArrayEquals(new double[] {0, 5, 10, 0, 5, 10, 0, 5, 10, 0, 5, 10}, doubles(table, "I"));
        for (double c : doubles(table, "c")) {
            assertEquals(-65, c, "baseline where not swept");
        }
        assertEquals("a=0.02, b=0.2, I=0", strings(table, "Sweep")[0]);
        assertEquals("a=0.1, b=0.25, I=5", strings(table, "Sweep")[10]);
    }

    @Test
    void gridOrderMatchesNestedLoops() throws Exception {
        DataTable table = generate("{'mode': 'grid', 'labels': false, 'dimensions': ["
                + "{'parameter': 'c', 'spacing': 'linspace', 'start': -65, 'stop': -50, 'count': 4},"
                + "{'parameter': 'd', 'spacing': 'linspace', 'start': 2, 'stop': 8, 'count': 3},"
                + "{'parameter': 'v0', 'spacing': 'values', 'values': [-70, -60]}]}");
        assertEquals(List.of("i", "a", "b", "c", "d", "I", "v0"), table.getSpec().columnNames(), "v0 when swept");
        double[] c = doubles(table, "c");
        double[] d = doubles(table, "d");
        double[] v0 = doubles(table, "v0");
        int row = 0;
        for (double ci : new double[] {-65, -60, -55, -50}) {
            for (double di : new double[] {2, 5, 8}) {
                for (double vi : new double[] {-70, -60}) {
                    assertEquals(ci, c[row]);
                    assertEquals(di, d[row]);
                    assertEquals(vi, v0[row]);
                    row++;
                }
            }
        }
        assertEquals(24, row);
    }

    @Test
    void spacingsFollowNumpy() {
        assertArrayEquals(new double[] {0.0, 0.01, 0.02, 0.03, 0.04, 0.05, 0.06, 0.07, 0.08, 0.09},
                SweepGenerator.linspace(0, 0.09, 10), 0.0);
        assertEquals(0.05500000000000001, SweepGenerator.linspace(0.01, 0.1, 7)[3], 0.0);
        assertArrayEquals(new double[] {0.01, 0.1, 1, 10}, SweepGenerator.logspace(0.01, 10, 4), 1e-15);
        assertArrayEquals(new double[] {-1, -10, -100}, SweepGenerator.logspace(-1, -100, 3), 1e-13);
        assertArrayEquals(new double[] {5}, SweepGenerator.linspace(5, 9, 1));
    }

    @Test
    void aRangeIncludesItsStopAndLogspaceIsGeometric() throws Exception {
        DataTable range = generate("{'mode': 'oneAtATime', 'dimensions': [{'parameter': 'I', 'spacing': 'range',"
                + " 'start': 0, 'stop': 1, 'step': 0.1}, {'parameter': 'a', 'spacing': 'logspace', 'start': 0.001,"
                + " 'stop': 0.1, 'count': 3}]}");
        assertEquals(11 + 3, range.getRowCount());
        assertEquals(1.0, doubles(range, "I")[10], 1e-12, "the stop is reached within rounding");
        assertEquals(0.01, doubles(range, "a")[12], 1e-15);
        assertEquals("I=0.3", strings(range, "Sweep")[3], "0.30000000000000004 reads 0.3");
        assertEquals("a=0.001", strings(range, "Sweep")[11]);
        DataTable down = generate("{'mode': 'grid', 'dimensions': [{'parameter': 'c', 'spacing': 'range', 'start':"
                + " -50, 'stop': -65, 'step': -5}]}");
        assertArrayEquals(new double[] {-50, -55, -60, -65}, doubles(down, "c"));
    }

    @Test
    void latinHypercubeSamplesEveryStratumOnce() throws Exception {
        int n = 1000;
        DataTable table = generate("{'mode': 'latinHypercube', 'samples': " + n + ", 'seed': 7, 'dimensions': ["
                + "{'parameter': 'a', 'spacing': 'range', 'start': 0.01, 'stop': 0.1, 'step': 1},"
                + "{'parameter': 'd', 'spacing': 'linspace', 'start': 0.05, 'stop': 8, 'count': 2},"
                + "{'parameter': 'I', 'spacing': 'logspace', 'start': 0.1, 'stop': 100, 'count': 2}]}");
        assertEquals(n, table.getRowCount());
        checkStrata(doubles(table, "a"), 0.01, 0.1, false, n);
        checkStrata(doubles(table, "d"), 0.05, 8, false, n);
        checkStrata(doubles(table, "I"), 0.1, 100, true, n);
        for (double b : doubles(table, "b")) {
            assertEquals(0.2, b);
        }
        // deterministic: the same seed gives the same table, another seed another one
        DataTable again = generate("{'mode': 'latinHypercube', 'samples': " + n + ", 'seed': 7, 'dimensions': ["
                + "{'parameter': 'a', 'spacing': 'range', 'start': 0.01, 'stop': 0.1, 'step': 1},"
                + "{'parameter': 'd', 'spacing': 'linspace', 'start': 0.05, 'stop': 8, 'count': 2},"
                + "{'parameter': 'I', 'spacing': 'logspace', 'start': 0.1, 'stop': 100, 'count': 2}]}");
        assertArrayEquals(doubles(table, "a"), doubles(again, "a"));
        assertArrayEquals(doubles(table, "I"), doubles(again, "I"));
        assertArrayEquals(strings(table, "Sweep"), strings(again, "Sweep"));
        DataTable other = generate("{'mode': 'latinHypercube', 'samples': " + n + ", 'seed': 8, 'dimensions': ["
                + "{'parameter': 'a', 'spacing': 'linspace', 'start': 0.01, 'stop': 0.1, 'count': 2}]}");
        assertFalse(java.util.Arrays.equals(doubles(table, "a"), doubles(other, "a")));
        checkStrata(doubles(other, "a"), 0.01, 0.1, false, n);
    }

    /** Every one of the n equal strata of [low, high] (of its logarithm for log) holds exactly one sample. */
    static void checkStrata(double[] values, double low, double high, boolean log, int n) {
        boolean[] hit = new boolean[n];
        for (double x : values) {
            assertTrue(x >= low && x <= high, x + " in [" + low + ", " + high + "]");
            double u = log
                    ? (Math.log(x) - Math.log(low)) / (Math.log(high) - Math.log(low))
                    : (x - low) / (high - low);
            int stratum = Math.min(n - 1, (int) Math.floor(u * n + 1e-9));
            assertFalse(hit[stratum], "stratum " + stratum + " sampled twice");
            hit[stratum] = true;
        }
    }

    @Test
    void randomSamplesAreUniformWithinTheirIntervalsAndDeterministic() throws Exception {
        String settings = "{'mode': 'random', 'samples': 20000, 'seed': 11, 'dimensions': ["
                + "{'parameter': 'a', 'spacing': 'linspace', 'start': 0.01, 'stop': 0.1, 'count': 2},"
                + "{'parameter': 'c', 'spacing': 'values', 'values': [-65, -55, -50]},"
                + "{'parameter': 'I', 'spacing': 'linspace', 'start': 0, 'stop': 5, 'count': 2, 'offsets': true}]}";
        DataTable table = generate(settings);
        double[] a = doubles(table, "a");
        double mean = java.util.Arrays.stream(a).average().orElseThrow();
        assertEquals(0.055, mean, 0.002);
        for (double x : a) {
            assertTrue(x >= 0.01 && x <= 0.1);
        }
        for (double c : doubles(table, "c")) {
            assertTrue(c == -65 || c == -55 || c == -50, "drawn from the list: " + c);
        }
        for (double current : doubles(table, "I")) {
            assertTrue(current >= 10 && current <= 15, "offsets from the baseline 10: " + current);
        }
        assertArrayEquals(a, doubles(generate(settings), "a"));
        assertTrue(strings(table, "Sweep")[0].matches("a=0\\.\\d+, c=-\\d\\d, I=1\\d(\\.\\d+)?"),
                strings(table, "Sweep")[0]);
        assertNotEquals(a[0], doubles(generate(settings.replace("'seed': 11", "'seed': 12")), "a")[0]);
    }

    @Test
    void millionsOfRowsAreBuiltInPrimitiveColumns() throws Exception {
        DataTable table = generate("{'mode': 'grid', 'labels': false, 'dimensions': ["
                + "{'parameter': 'a', 'spacing': 'linspace', 'start': 0.01, 'stop': 0.1, 'count': 1000},"
                + "{'parameter': 'I', 'spacing': 'linspace', 'start': 0, 'stop': 15, 'count': 2000}]}");
        assertEquals(2_000_000, table.getRowCount());
        assertTrue(table.getColumn("a") instanceof DoubleColumn && table.getColumn("i") instanceof IntColumn);
        assertEquals(15, doubles(table, "I")[1999]);
        assertEquals(0.1, doubles(table, "a")[1_999_999]);
        DataTable lhs = generate("{'mode': 'latinHypercube', 'samples': 1000000, 'dimensions': ["
                + "{'parameter': 'a', 'spacing': 'linspace', 'start': 0.01, 'stop': 0.1, 'count': 2},"
                + "{'parameter': 'b', 'spacing': 'linspace', 'start': 0.2, 'stop': 0.25, 'count': 2}]}");
        assertEquals(1_000_000, lhs.getRowCount());
        assertEquals(1_000_000, strings(lhs, "Sweep").length);
    }

    @Test
    void absurdSizesAreRefusedBeforeAnythingIsAllocated() throws Exception {
        Node node = sweep("{'mode': 'grid', 'dimensions': ["
                + "{'parameter': 'a', 'spacing': 'linspace', 'start': 0.01, 'stop': 0.1, 'count': 10000},"
                + "{'parameter': 'b', 'spacing': 'linspace', 'start': 0.2, 'stop': 0.3, 'count': 10000},"
                + "{'parameter': 'c', 'spacing': 'linspace', 'start': -65, 'stop': -50, 'count': 10000}]}");
        InvalidSettingsException e = assertThrows(InvalidSettingsException.class,
                () -> node.configure(new PortObjectSpec[0], FlowObjectStack.empty()));
        assertTrue(e.getMessage().contains("1000000000000 rows (10000 values of a × 10000 values of b × 10000 values"
                + " of c)") && e.getMessage().contains("'maxRows' (10000000)"), e.getMessage());
        List<String> overflow = new ArrayList<>();
        for (String p : new String[] {"a", "b", "c", "d", "I", "v0"}) {
            overflow.add("{'parameter': '" + p + "', 'spacing': 'linspace', 'start': 1, 'stop': 2, 'count': 2000000}");
        }
        InvalidSettingsException huge = assertThrows(InvalidSettingsException.class,
                () -> sweep("{'mode': 'grid', 'dimensions': [" + String.join(",", overflow) + "]}")
                        .configure(new PortObjectSpec[0], FlowObjectStack.empty()));
        assertTrue(huge.getMessage().contains("more than 9.2e18 rows"), huge.getMessage());
        InvalidSettingsException range = assertThrows(InvalidSettingsException.class, () -> generate(
                "{'dimensions': [{'parameter': 'a', 'spacing': 'range', 'start': 0, 'stop': 1, 'step': 1e-12}]}"));
        assertTrue(range.getMessage().contains("'dimensions.0'") && range.getMessage().contains("maxRows"),
                range.getMessage());
    }

    @Test
    void badDimensionsAreErrorsNamingTheSetting() throws Exception {
        InvalidSettingsException twice = assertThrows(InvalidSettingsException.class, () -> generate(
                "{'mode': 'grid', 'dimensions': [{'parameter': 'a', 'spacing': 'values', 'values': [1]},"
                        + " {'parameter': 'a', 'spacing': 'values', 'values': [2]}]}"));
        assertTrue(twice.getMessage().contains("'dimensions.1'") && twice.getMessage().contains("swept twice"),
                twice.getMessage());
        InvalidSettingsException count = assertThrows(InvalidSettingsException.class, () -> generate(
                "{'dimensions': [{'parameter': 'd', 'spacing': 'linspace', 'start': 1, 'stop': 2}]}"));
        assertTrue(count.getMessage().contains("'dimensions.0.count'"), count.getMessage());
        InvalidSettingsException step = assertThrows(InvalidSettingsException.class, () -> generate(
                "{'dimensions': [{'parameter': 'd', 'spacing': 'range', 'start': 1, 'stop': 2, 'step': -1}]}"));
        assertTrue(step.getMessage().contains("'dimensions.0.step'"), step.getMessage());
        InvalidSettingsException log = assertThrows(InvalidSettingsException.class, () -> generate(
                "{'dimensions': [{'parameter': 'c', 'spacing': 'logspace', 'start': -65, 'stop': 5, 'count': 3}]}"));
        assertTrue(log.getMessage().contains("same sign"), log.getMessage());
        InvalidSettingsException none = assertThrows(InvalidSettingsException.class,
                () -> generate("{'dimensions': []}"));
        assertTrue(none.getMessage().contains("'dimensions'"), none.getMessage());
    }

    @Test
    void theSweepFeedsTheSimulatorsParameterTable() throws Exception {
        DataTable table = generate(null);
        DataTableSpec spec = table.getSpec();
        DataTable[] out = Harness.simulate(Harness.simulator("{'scheme': 'seed', 'dt': 1, 'duration': 100}"), table,
                null);
        assertEquals(50, out[2].getRowCount());
        assertEquals(50 * 100, out[0].getRowCount(), "int(100/1) = 100 points per neuron");
        assertArrayEquals(strings(table, "Sweep"), strings(out[2], "Label"));
        assertArrayEquals(doubles(table, "b"), doubles(out[2], "b"));
        assertTrue(spec.containsColumn("i"), "extra columns are ignored by the simulator");
    }
}
