package org.spikeflow.forecast.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Arrays;
import java.util.Random;

import org.junit.jupiter.api.Test;
import org.spikeflow.forecast.Forecast;
import org.spikeflow.forecast.Forecaster;
import org.spikeflow.forecast.Forecasters;
import org.spikeflow.forecast.Metrics;
import org.spikeflow.forecast.internal.HoltWinters;

class EtsTest {

    /** ETS(A,A,A) simulation: alpha, beta, gamma in the ETS parameterisation. */
    static double[] simulate(int n, int m, double alpha, double beta, double gamma, double sigma, long seed) {
        Random rnd = new Random(seed);
        double l = 50;
        double b = 0.05;
        double[] s = new double[m];
        for (int i = 0; i < m; i++) {
            s[i] = 8 * Math.sin(2 * Math.PI * i / m);
        }
        double[] y = new double[n];
        for (int t = 0; t < n; t++) {
            double e = sigma * rnd.nextGaussian();
            y[t] = l + b + s[t % m] + e;
            double ln = l + b + alpha * e;
            b = b + beta * e;
            l = ln;
            s[t % m] = s[t % m] + gamma * e;
        }
        return y;
    }

    @Test
    void recoversHoltWintersParametersRoughly() {
        double[] y = simulate(2400, 12, 0.3, 0.02, 0.15, 1.0, 5);
        Forecaster.Fitted f = Forecasters.ets(12).fit(y, 1.0);
        double[] p = HoltWinters.parameters(f);
        assertEquals(0.3, p[0], 0.08, f.describe());
        assertEquals(0.02, p[1], 0.03, f.describe());
        assertEquals(0.15, p[2], 0.08, f.describe());
    }

    @Test
    void etsForecastsSeasonalSeriesWithCalibratedIntervals() {
        double c80 = 0;
        int runs = 20;
        for (int r = 0; r < runs; r++) {
            double[] all = simulate(624, 12, 0.2, 0.0, 0.1, 1.0, 100 + r);
            double[] y = Arrays.copyOf(all, 600);
            double[] truth = Arrays.copyOfRange(all, 600, 624);
            Forecast f = Forecasters.ets(12).forecast(y, 1.0, 24, 80);
            assertTrue(Metrics.mae(truth, f.mean()) < 4);
            c80 += Metrics.coverage(truth, f.lower(80), f.upper(80));
        }
        assertEquals(0.8, c80 / runs, 0.08);
    }

    @Test
    void aStalledOptimiserStillGivesTheSeasonalForecast() {
        // On this wave BOBYQA fails from the default start ("trust region step has failed to reduce Q"); the fit
        // restarts from a grid point. Period 12: the forecast must follow the wave's continuation.
        double[] wave = new double[112];
        for (int i = 0; i < wave.length; i++) {
            wave[i] = -65 + 10 * Math.sin(2 * Math.PI * i / 12.0 + 0.2) + 0.3 * Math.cos(i * 0.7);
        }
        Forecast f = Forecasters.ets().forecast(Arrays.copyOf(wave, 104), 0.25, 8, 80);
        double[] truth = Arrays.copyOfRange(wave, 104, 112);
        assertTrue(Metrics.mae(truth, f.mean()) < 1, Arrays.toString(f.mean()));
    }
}
