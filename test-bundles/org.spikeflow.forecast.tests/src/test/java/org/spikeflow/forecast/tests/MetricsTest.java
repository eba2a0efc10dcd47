package org.spikeflow.forecast.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.util.ArrayList;
import java.util.List;
import java.util.Random;

import org.junit.jupiter.api.Test;
import org.spikeflow.forecast.Forecast;
import org.spikeflow.forecast.ForecastColumns;
import org.spikeflow.forecast.Metrics;

class MetricsTest {

    @Test
    void maeRmseMaseCoverageByHand() {
        double[] actual = {1, 2, 3, 4};
        double[] f = {1, 3, 1, 4};
        assertEquals(0.75, Metrics.mae(actual, f), 1e-15); // (0+1+2+0)/4
        assertEquals(Math.sqrt(5.0 / 4), Metrics.rmse(actual, f), 1e-15);
        // in-sample seasonal naive (period 2) errors of {0, 1, 3, 2, 4}: |3-0|, |2-1|, |4-3| -> mean 5/3
        assertEquals(0.75 / (5.0 / 3), Metrics.mase(actual, f, new double[] {0, 1, 3, 2, 4}, 2), 1e-15);
        assertEquals(0.75, Metrics.coverage(actual, new double[] {0, 2, 3.5, 3}, new double[] {1, 2, 4, 5}), 0);
        assertThrows(IllegalArgumentException.class, () -> Metrics.mae(actual, new double[3]));
    }

    @Test
    void spikeTimesAndCountError() {
        double[] v = {-65, -50, 30, -65, -60, 10, 30, -70, 5};
        assertArrayEquals(new double[] {0.5, 1.25, 2.0}, Metrics.spikeTimes(v, 0.25, 0, 0));
        double[] w = {-65, -50, 30, -65, -60, -10, -5, -70, -60};
        assertEquals(-2, Metrics.spikeCountError(v, w));
    }

    private static void assertArrayEquals(double[] e, double[] a) {
        org.junit.jupiter.api.Assertions.assertArrayEquals(e, a, 1e-12);
    }

    @Test
    void gammaIdenticalTrainsIsOne() {
        double[] s = {3, 10, 17.5, 40, 41, 80};
        assertEquals(1.0, Metrics.coincidenceFactor(s, s, 2, 100), 1e-12);
        assertEquals(1.0, Metrics.coincidenceFactor(new double[0], new double[0], 2, 100), 0);
        assertEquals(0.0, Metrics.coincidenceFactor(s, new double[0], 2, 100), 0);
    }

    @Test
    void gammaSmallExampleByHand() {
        // data 4 spikes, model 4 spikes in T = 100 ms, window 2: 10~11 and 50~51.5 coincide, 30 vs 35 and 70 vs 90 not.
        double[] data = {10, 30, 50, 70};
        double[] model = {11, 35, 51.5, 90};
        // nu = 4/100, expected = 2*0.04*2*4 = 0.64, norm = 1 - 0.16 = 0.84
        double expected = (2 - 0.64) / (0.5 * 8) / 0.84;
        assertEquals(expected, Metrics.coincidenceFactor(data, model, 2, 100), 1e-12);
        assertEquals(2, Metrics.coincidences(data, model, 2));
        // one model spike cannot match two data spikes
        assertEquals(1, Metrics.coincidences(new double[] {10, 11}, new double[] {10.5}, 2));
    }

    @Test
    void gammaAndCountErrorOfSampledTracesByHand() {
        // dt = 0.5 ms, 40 samples (T = 20 ms); actual spikes (upward crossings of 0 mV) at 2 and 12 ms, forecast
        // spikes at 3 and 18 ms. Window 2 ms: 2~3 coincide, 12 vs 18 do not. nu = 2/20 = 0.1 per ms, expected
        // coincidences 2*0.1*2*2 = 0.8, norm 1 - 2*0.1*2 = 0.6, so Γ = (1 - 0.8) / (0.5*(2 + 2)) / 0.6 = 1/6.
        double[] actual = flat(40);
        actual[4] = 30;
        actual[24] = 30;
        double[] forecast = flat(40);
        forecast[6] = 20;
        forecast[36] = 10;
        assertEquals(1.0 / 6, Metrics.traceCoincidenceFactor(actual, forecast, 0.5, 2), 1e-12);
        assertEquals(0, Metrics.spikeCountError(actual, forecast));
        // a forecast without spikes (what pointwise MAE rewards): Γ = 0, two spikes missing
        assertEquals(0, Metrics.traceCoincidenceFactor(actual, flat(40), 0.5, 2), 0);
        assertEquals(-2, Metrics.spikeCountError(actual, flat(40)));
    }

    private static double[] flat(int n) {
        double[] v = new double[n];
        java.util.Arrays.fill(v, -60);
        return v;
    }

    @Test
    void gammaOfIndependentPoissonTrainsIsZeroOnAverage() {
        Random rnd = new Random(7);
        double sum = 0;
        int runs = 400;
        for (int r = 0; r < runs; r++) {
            sum += Metrics.coincidenceFactor(poisson(rnd, 0.02, 1000), poisson(rnd, 0.02, 1000), 2, 1000);
        }
        assertEquals(0, sum / runs, 0.03);
    }

    private static double[] poisson(Random rnd, double ratePerMs, double duration) {
        List<Double> s = new ArrayList<>();
        double t = 0;
        while (true) {
            t += -Math.log(1 - rnd.nextDouble()) / ratePerMs;
            if (t >= duration) {
                break;
            }
            s.add(t);
        }
        return s.stream().mapToDouble(Double::doubleValue).toArray();
    }

    @Test
    void columnNamesSortedLikeNixtla() {
        assertEquals(List.of("TimeGPT", "TimeGPT-hi-80", "TimeGPT-hi-90", "TimeGPT-lo-80", "TimeGPT-lo-90"),
                ForecastColumns.names("TimeGPT", 90, 80));
        assertEquals("80.5", ForecastColumns.levelKey(80.5));
        Forecast f = new Forecast("Naive", 0.25, new double[] {1, 2}, new double[] {80},
                new double[][] {{0, 1}}, new double[][] {{2, 3}});
        assertEquals(List.of("Naive", "Naive-hi-80", "Naive-lo-80"), f.columnNames());
        org.junit.jupiter.api.Assertions.assertArrayEquals(new double[] {2, 3}, f.column("Naive-hi-80"));
        assertThrows(IllegalArgumentException.class, () -> ForecastColumns.levelKey(100));
    }
}
