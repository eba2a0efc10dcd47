package org.spikeflow.forecast.internal;

import java.util.Arrays;

/**
 * Intervals from backtest errors on the context: for each lead j the errors {@code y[t+j] − f(t, j)} of the model's
 * j-step forecast from every origin t (the last {@link #MAX_ORIGINS} origins) give the interval's lower and upper
 * quantiles ((100−L)/200 and (100+L)/200). Leads with fewer than {@link #MIN_ERRORS} errors reuse the errors of the
 * largest lead that has enough, scaled by sqrt(j / thatLead).
 */
public final class EmpiricalIntervals {

    public static final int MAX_ORIGINS = 1000;
    public static final int MIN_ERRORS = 20;

    /** j-step forecast from origin t (the last observed index), j ≥ 1. */
    @FunctionalInterface
    public interface PointFunction {
        double at(double[] y, int t, int j);
    }

    private EmpiricalIntervals() {
    }

    /**
     * @param firstOrigin
     *            smallest origin the model can forecast from
     * @return {lower[level][j], upper[level][j]} as offsets to add to the point forecast
     */
    public static double[][][] offsets(double[] y, int firstOrigin, PointFunction f, int h, double[] levels) {
        int n = y.length;
        double[][] lo = new double[levels.length][h];
        double[][] hi = new double[levels.length][h];
        double[] lastErrors = null;
        int lastLead = 0;
        for (int j = 1; j <= h; j++) {
            int maxOrigin = n - 1 - j;
            int minOrigin = Math.max(firstOrigin, maxOrigin - MAX_ORIGINS + 1);
            double[] e;
            double scale = 1;
            if (maxOrigin - minOrigin + 1 >= MIN_ERRORS) {
                e = new double[maxOrigin - minOrigin + 1];
                for (int t = minOrigin; t <= maxOrigin; t++) {
                    e[t - minOrigin] = y[t + j] - f.at(y, t, j);
                }
                Arrays.sort(e);
                lastErrors = e;
                lastLead = j;
            } else if (lastErrors != null) {
                e = lastErrors;
                scale = Math.sqrt((double) j / lastLead);
            } else {
                throw new IllegalArgumentException("Series too short for intervals: " + n + " points give fewer than "
                        + MIN_ERRORS + " backtest errors at lead 1");
            }
            for (int l = 0; l < levels.length; l++) {
                double alpha = (1 - levels[l] / 100) / 2;
                lo[l][j - 1] = scale * Stats.quantileSorted(e, alpha);
                hi[l][j - 1] = scale * Stats.quantileSorted(e, 1 - alpha);
            }
        }
        return new double[][][] {lo, hi};
    }
}
