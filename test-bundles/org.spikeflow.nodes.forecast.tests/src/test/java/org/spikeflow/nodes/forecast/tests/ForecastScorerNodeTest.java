package org.spikeflow.nodes.forecast.tests;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.spikeflow.testing.NodeTesting.doubles;

import java.util.List;

import org.junit.jupiter.api.Test;
import org.spikeflow.core.data.DataTable;
import org.spikeflow.core.data.DataTableSpec;
import org.spikeflow.core.data.DataType;
import org.spikeflow.core.data.DoubleColumn;
import org.spikeflow.core.data.IntColumn;
import org.spikeflow.core.data.StringColumn;
import org.spikeflow.core.runtime.Node;
import org.spikeflow.nodes.forecast.internal.scorer.ForecastScorerNodeFactory;
import org.spikeflow.testing.NodeTesting;

/** The Forecast Scorer against metrics computed by hand. */
class ForecastScorerNodeTest {

    static final double[] T = {1, 2, 3, 4};
    static final double[] ACTUAL = {-70, 10, -70, -70};
    // model A: the spike one step late; model B: exact
    static final double[] A = {-70, -70, 20, -70};

    static DataTable forecast() {
        DataTableSpec spec = DataTableSpec.of("Time (ms)", DataType.DOUBLE, "Neuron", DataType.INT,
                "A", DataType.DOUBLE, "A-hi-80", DataType.DOUBLE, "A-lo-80", DataType.DOUBLE,
                "B", DataType.DOUBLE, "B-hi-80", DataType.DOUBLE, "B-hi-90", DataType.DOUBLE,
                "B-lo-80", DataType.DOUBLE, "B-lo-90", DataType.DOUBLE, "note", DataType.DOUBLE);
        return new DataTable(spec, DoubleColumn.of(T), IntColumn.of(5, 5, 5, 5), DoubleColumn.of(A),
                DoubleColumn.of(plus(A, 5)), DoubleColumn.of(plus(A, -5)), DoubleColumn.of(ACTUAL),
                DoubleColumn.of(plus(ACTUAL, 1)), DoubleColumn.of(plus(ACTUAL, 2)), DoubleColumn.of(plus(ACTUAL, -1)),
                DoubleColumn.of(plus(ACTUAL, 0.5)), DoubleColumn.of(0, 0, 0, 0));
    }

    static double[] plus(double[] x, double d) {
        double[] y = x.clone();
        for (int i = 0; i < y.length; i++) {
            y[i] += d;
        }
        return y;
    }

    @Test
    void handComputedMetrics() throws Exception {
        Node node = NodeTesting.node(new ForecastScorerNodeFactory(), "{'window': 0.5, 'masePeriod': 1}");
        // actual continuation with an extra row (t = 5) that is not forecast; context t = -3..0 with |diff| = 2
        DataTable actual = Harness.trace(new int[] {5}, new double[][] {{1, 2, 3, 4, 5}},
                new double[][] {{-70, 10, -70, -70, 0}});
        DataTable context = Harness.trace(new int[] {5}, new double[][] {{-3, -2, -1, 0}},
                new double[][] {{0, 2, 4, 6}});
        DataTable out = Harness.run(node, forecast(), actual, context);
        assertEquals(List.of("Neuron", "Model", "Points", "MAE", "RMSE", "MASE", "Coverage-80", "Coverage-90",
                "Spike count error", "Gamma"), out.getSpec().columnNames());
        assertEquals(2, out.getRowCount());
        StringColumn model = (StringColumn) out.getColumn("Model");
        assertEquals("A", model.get(0));
        assertEquals("B", model.get(1));
        assertEquals("5", ((StringColumn) out.getColumn("Neuron")).get(0));
        assertArrayEquals(new int[] {4, 4}, ((IntColumn) out.getColumn("Points")).toArray());
        // A: errors 0, 80, 90, 0
        assertArrayEquals(new double[] {42.5, 0}, doubles(out, "MAE"), 1e-12);
        assertArrayEquals(new double[] {Math.sqrt((6400 + 8100) / 4.0), 0}, doubles(out, "RMSE"), 1e-12);
        assertArrayEquals(new double[] {42.5 / 2, 0}, doubles(out, "MASE"), 1e-12);
        // A within ±5 at steps 0 and 3 only; B: 80% band [-1, +1] covers, 90% band [+0.5, +2] does not
        assertEquals(0.5, doubles(out, "Coverage-80")[0], 1e-12);
        assertTrue(Double.isNaN(doubles(out, "Coverage-90")[0]), "A has no 90% interval");
        assertEquals(1.0, doubles(out, "Coverage-80")[1], 1e-12);
        assertEquals(0.0, doubles(out, "Coverage-90")[1], 1e-12);
        assertArrayEquals(new int[] {0, 0}, ((IntColumn) out.getColumn("Spike count error")).toArray());
        // Γ, Δ = 0.5, T = 4 ms, one spike each: A misses (N_coinc 0): (0 − 2·¼·½·1) / 1 / (1 − ¼) = −1/3; B: 1
        assertArrayEquals(new double[] {-1.0 / 3, 1}, doubles(out, "Gamma"), 1e-12);
    }

    @Test
    void withoutContextMaseIsNaN() throws Exception {
        Node node = NodeTesting.node(new ForecastScorerNodeFactory(), null);
        DataTable actual = Harness.trace(new int[] {5}, new double[][] {T}, new double[][] {ACTUAL});
        DataTable out = Harness.run(node, forecast(), actual, null);
        assertTrue(Double.isNaN(doubles(out, "MASE")[0]));
        assertArrayEquals(new double[] {42.5, 0}, doubles(out, "MAE"), 1e-12);
        assertArrayEquals(new int[] {0, 0}, ((IntColumn) out.getColumn("Spike count error")).toArray());
    }
}
