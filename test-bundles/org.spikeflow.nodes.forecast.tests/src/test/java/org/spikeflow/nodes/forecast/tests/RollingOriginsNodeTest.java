package org.spikeflow.nodes.forecast.tests;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.spikeflow.nodes.forecast.tests.Harness.slice;
import static org.spikeflow.testing.NodeTesting.doubles;

import java.util.ArrayList;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.spikeflow.core.data.DataTable;
import org.spikeflow.core.data.StringColumn;
import org.spikeflow.core.runtime.Node;
import org.spikeflow.forecast.Forecast;
import org.spikeflow.forecast.Forecasters;
import org.spikeflow.forecast.RollingOrigins;
import org.spikeflow.nodes.forecast.internal.local.LocalForecasterNodeFactory;
import org.spikeflow.nodes.forecast.internal.rollingorigins.RollingOriginsNodeFactory;
import org.spikeflow.testing.NodeTesting;

/** Rolling Origins: the contexts before each backtest origin, checked against origins worked out by hand. */
class RollingOriginsNodeTest {

    static Node node(String settings) throws Exception {
        return NodeTesting.node(new RollingOriginsNodeFactory(), settings);
    }

    static List<String> origins(DataTable out) {
        StringColumn c = (StringColumn) out.getColumn("Origin");
        List<String> labels = new ArrayList<>();
        for (int r = 0; r < out.getRowCount(); r++) {
            labels.add(c.get(r));
        }
        return labels;
    }

    @Test
    void originsEndWithTheSeriesAndAreSpacedBeforeIt() {
        // n 50, h 10: the last origin is 40; every 5 before it while 20 samples precede it
        assertArrayEquals(new int[] {30, 35, 40}, RollingOrigins.origins(50, 10, 3, 5, 20));
        assertArrayEquals(new int[] {20, 25, 30, 35, 40}, RollingOrigins.origins(50, 10, 9, 5, 20));
        assertArrayEquals(new int[] {40}, RollingOrigins.origins(50, 10, 1, 5, 40));
        assertArrayEquals(new int[0], RollingOrigins.origins(50, 10, 3, 5, 41));
        assertThrows(IllegalArgumentException.class, () -> RollingOrigins.origins(50, 0, 3, 5, 1));
    }

    @Test
    void eachOriginGetsTheSamplesBeforeIt() throws Exception {
        double[] t = Harness.times(10, 0.25, 50);
        double[] y = LocalForecasterNodeTest.wave(50, 0.4);
        DataTable out = Harness.run(node("{'h': 10, 'origins': 3, 'spacing': 5, 'minimumContext': 20}"),
                Harness.trace(null, new double[][] {t}, new double[][] {y}));
        assertEquals(List.of("Time (ms)", "Membrane Potential (mV)", "Origin"), out.getSpec().columnNames());
        List<String> expectedLabels = new ArrayList<>();
        List<Double> expectedTimes = new ArrayList<>();
        List<Double> expectedValues = new ArrayList<>();
        for (int origin : new int[] {30, 35, 40}) {
            for (int i = 0; i < origin; i++) {
                expectedLabels.add(Integer.toString(origin));
                expectedTimes.add(t[i]);
                expectedValues.add(y[i]);
            }
        }
        assertEquals(expectedLabels, origins(out));
        assertArrayEquals(expectedTimes.stream().mapToDouble(Double::doubleValue).toArray(), doubles(out,
                "Time (ms)"), 0.0);
        assertArrayEquals(expectedValues.stream().mapToDouble(Double::doubleValue).toArray(), doubles(out,
                "Membrane Potential (mV)"), 0.0);
    }

    @Test
    void contextLengthAndSeveralNeurons() throws Exception {
        double[] t = Harness.times(0, 0.5, 30);
        double[] y1 = LocalForecasterNodeTest.wave(30, 0);
        double[] y2 = LocalForecasterNodeTest.wave(30, 1.1);
        DataTable out = Harness.run(node("{'h': 5, 'origins': 2, 'spacing': 4, 'minimumContext': 10,"
                + " 'contextLength': 6}"), Harness.trace(new int[] {3, 7}, new double[][] {t, t},
                        new double[][] {y1,
                                y2}));
        // origins 21 and 25 per neuron, 6 samples before each
        List<String> expected = new ArrayList<>();
        for (String label : List.of("3@21", "3@25", "7@21", "7@25")) {
            for (int i = 0; i < 6; i++) {
                expected.add(label);
            }
        }
        assertEquals(expected, origins(out));
        double[] values = doubles(out, "Membrane Potential (mV)");
        assertArrayEquals(slice(y1, 15, 21), slice(values, 0, 6), 0.0);
        assertArrayEquals(slice(y2, 19, 25), slice(values, 18, 24), 0.0);
    }

    @Test
    void aForecasterForecastsEveryOriginOnTheTracesOwnTimes() throws Exception {
        double[] t = Harness.times(0, 0.25, 120);
        double[] y = LocalForecasterNodeTest.wave(120, 0.2);
        DataTable contexts = Harness.run(node("{'h': 8, 'origins': 2, 'spacing': 8, 'minimumContext': 60}"),
                Harness.trace(null, new double[][] {t}, new double[][] {y}));
        DataTable forecasts = Harness.run(NodeTesting.node(new LocalForecasterNodeFactory(),
                "{'model': 'seasonalnaive', 'h': 8, 'seriesColumn': 'Origin'}"), contexts);
        assertEquals(16, forecasts.getRowCount());
        double[] times = doubles(forecasts, "Time (ms)");
        double[] values = doubles(forecasts, "SeasonalNaive");
        int k = 0;
        for (int origin : new int[] {104, 112}) {
            Forecast direct = Forecasters.seasonalNaive().forecast(slice(y, 0, origin), 0.25, 8, 80, 90);
            assertArrayEquals(slice(t, origin, origin + 8), slice(times, k, k + 8), 1e-9, "times of " + origin);
            assertArrayEquals(direct.column("SeasonalNaive"), slice(values, k, k + 8), 1e-12,
                    "forecast from " + origin);
            k += 8;
        }
    }

    @Test
    void aTooShortSeriesIsNamed() throws Exception {
        double[] t = Harness.times(0, 0.25, 30);
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class, () -> Harness.run(node(
                "{'h': 20, 'minimumContext': 20}"),
                Harness.trace(new int[] {4}, new double[][] {t},
                        new double[][] {LocalForecasterNodeTest.wave(30, 0)})));
        assertTrue(e.getMessage().contains("Neuron = 4") && e.getMessage().contains("30 samples"), e.getMessage());
    }
}
