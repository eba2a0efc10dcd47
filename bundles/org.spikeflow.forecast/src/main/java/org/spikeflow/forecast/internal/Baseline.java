package org.spikeflow.forecast.internal;

import org.spikeflow.forecast.Forecast;
import org.spikeflow.forecast.Forecaster;
import org.spikeflow.forecast.PeriodDetection;

/** Naive, drift and seasonal naive, with empirical backtest intervals ({@link EmpiricalIntervals}). */
public final class Baseline implements Forecaster {

    public enum Kind {
        NAIVE("Naive"), DRIFT("Drift"), SEASONAL_NAIVE("SeasonalNaive");

        final String model;

        Kind(String model) {
            this.model = model;
        }
    }

    private final Kind kind;
    private final int period; // 0: detect

    public Baseline(Kind kind, int period) {
        if (period < 0) {
            throw new IllegalArgumentException("period must be >= 1 (0: detect), got " + period);
        }
        this.kind = kind;
        this.period = period;
    }

    @Override
    public String name() {
        return kind.model;
    }

    @Override
    public Fitted fit(double[] y, double dt) {
        Stats.requireFinite(y, "series");
        if (y.length < 2) {
            throw new IllegalArgumentException(name() + " needs at least 2 points, got " + y.length);
        }
        int m = kind == Kind.SEASONAL_NAIVE ? (period > 0 ? period : PeriodDetection.detect(y)) : 1;
        if (m >= y.length) {
            throw new IllegalArgumentException("period " + m + " is not shorter than the series (" + y.length + ")");
        }
        double[] data = y.clone();
        EmpiricalIntervals.PointFunction f;
        int firstOrigin;
        switch (kind) {
            case NAIVE :
                f = (s, t, j) -> s[t];
                firstOrigin = 0;
                break;
            case DRIFT :
                f = (s, t, j) -> s[t] + j * (s[t] - s[0]) / t;
                firstOrigin = 1;
                break;
            default :
                f = (s, t, j) -> s[t - m + 1 + (j - 1) % m];
                firstOrigin = m - 1;
                break;
        }
        return new Fitted() {
            @Override
            public Forecast forecast(int h, double... levels) {
                Stats.checkForecastArgs(h, levels);
                int t = data.length - 1;
                double[] mean = new double[h];
                for (int j = 1; j <= h; j++) {
                    mean[j - 1] = f.at(data, t, j);
                }
                double[][][] off = EmpiricalIntervals.offsets(data, firstOrigin, f, h, levels);
                double[][] lo = new double[levels.length][h];
                double[][] hi = new double[levels.length][h];
                for (int l = 0; l < levels.length; l++) {
                    for (int j = 0; j < h; j++) {
                        lo[l][j] = mean[j] + off[0][l][j];
                        hi[l][j] = mean[j] + off[1][l][j];
                    }
                }
                return new Forecast(name(), dt, mean, levels, lo, hi);
            }

            @Override
            public String describe() {
                return kind == Kind.SEASONAL_NAIVE ? name() + "[period=" + m + " steps]" : name();
            }
        };
    }

    /** @return the period used (seasonal naive; 0: detected per series) */
    public int period() {
        return period;
    }
}
