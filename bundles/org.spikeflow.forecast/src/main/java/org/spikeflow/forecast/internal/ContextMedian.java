package org.spikeflow.forecast.internal;

import java.util.Arrays;

import org.spikeflow.forecast.Forecast;
import org.spikeflow.forecast.Forecaster;

/**
 * The climatological forecast: the context's median at every step, and the context's (100 − L)/2 and (100 + L)/2
 * percentiles as the interval at level L.
 */
public final class ContextMedian implements Forecaster {

    public static final String NAME = "ContextMedian";

    @Override
    public String name() {
        return NAME;
    }

    @Override
    public Fitted fit(double[] y, double dt) {
        Stats.requireFinite(y, "series");
        if (y.length < 1) {
            throw new IllegalArgumentException(NAME + " needs at least 1 point");
        }
        double[] sorted = y.clone();
        Arrays.sort(sorted);
        return new Fitted() {
            @Override
            public Forecast forecast(int h, double... levels) {
                Stats.checkForecastArgs(h, levels);
                double[] mean = new double[h];
                Arrays.fill(mean, Stats.quantileSorted(sorted, 0.5));
                double[][] lo = new double[levels.length][h];
                double[][] hi = new double[levels.length][h];
                for (int l = 0; l < levels.length; l++) {
                    double alpha = (1 - levels[l] / 100) / 2;
                    Arrays.fill(lo[l], Stats.quantileSorted(sorted, alpha));
                    Arrays.fill(hi[l], Stats.quantileSorted(sorted, 1 - alpha));
                }
                return new Forecast(NAME, dt, mean, levels, lo, hi);
            }

            @Override
            public String describe() {
                return NAME + "[median=" + Stats.quantileSorted(sorted, 0.5) + "]";
            }
        };
    }
}
