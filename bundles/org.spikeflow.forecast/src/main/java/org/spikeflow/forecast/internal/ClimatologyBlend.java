package org.spikeflow.forecast.internal;

import java.util.Arrays;
import java.util.List;

import org.spikeflow.forecast.Forecast;

/**
 * A linear pool of the model's ensemble with the climatology (the context's empirical distribution), with one weight
 * per band of lead times chosen on backtests: {@code F = w·F_model + (1 − w)·F_context}. Where the model tracks the
 * neuron (correct model, short leads) the backtests choose w = 1; where it does not (model mismatch, long leads) the
 * forecast falls back towards the context's distribution, which is never worse than the context median on average.
 * Point forecast: the pool's median. Intervals: the pool's central intervals, recalibrated on the same backtests
 * (Kuleshov, Fenner &amp; Ermon 2018): the interval at level L is the pool's central interval that covered a fraction L
 * of the backtest values, so a model whose spread is too narrow or too wide still gets calibrated intervals.
 */
public final class ClimatologyBlend {

    /** Last lead (samples) of each band; leads beyond the last band use its weight. */
    static final int[] BAND_ENDS = {5, 15, 40, 100, 200};
    private static final int WEIGHT_STEPS = 10;
    private static final int CLIMATE_POINTS = 201;
    private static final int MIN_RECALIBRATION = 100;
    private static final double MIN_LEVEL = 0.01;
    private static final double MAX_LEVEL = 0.998;

    private final double[] climate;
    private final double[] weights;
    /** |2·F(actual) − 1| of the backtests under the pool, sorted (empty: no recalibration). */
    private final double[] centrality;

    private ClimatologyBlend(double[] climate, double[] weights, double[] centrality) {
        this.climate = climate;
        this.weights = weights;
        this.centrality = centrality;
    }

    /** @return the pure model ensemble: weight 1 at every lead (its per-step median and percentiles) */
    public static ClimatologyBlend modelOnly() {
        double[] ones = new double[BAND_ENDS.length];
        Arrays.fill(ones, 1);
        return new ClimatologyBlend(new double[0], ones, new double[0]);
    }

    /** @return the climatology of {@code context}: its 201 percentiles from 0 to 100 in steps of 0.5 */
    public static double[] climate(double[] context) {
        double[] s = context.clone();
        Arrays.sort(s);
        double[] q = new double[CLIMATE_POINTS];
        for (int i = 0; i < q.length; i++) {
            q[i] = Stats.quantileSorted(s, (double) i / (q.length - 1));
        }
        return q;
    }

    /**
     * Chooses the weight of each band that minimises the absolute error of the pool's median over the backtests (ties:
     * the larger weight).
     *
     * @param ensembles
     *            per backtest, the model's sorted ensemble per lead ({@code [lead][member]})
     * @param actuals
     *            per backtest, the observed values at the same leads
     */
    public static ClimatologyBlend fit(double[] climate, List<double[][]> ensembles, List<double[]> actuals) {
        double[] weights = new double[BAND_ENDS.length];
        int start = 0;
        for (int b = 0; b < BAND_ENDS.length; b++) {
            double best = Double.POSITIVE_INFINITY;
            weights[b] = 1;
            for (int step = WEIGHT_STEPS; step >= 0; step--) {
                double w = (double) step / WEIGHT_STEPS;
                double err = 0;
                int count = 0;
                for (int t = 0; t < ensembles.size(); t++) {
                    double[][] e = ensembles.get(t);
                    for (int j = start; j < Math.min(BAND_ENDS[b], e.length); j++) {
                        err += Math.abs(actuals.get(t)[j] - quantile(e[j], w, climate, 0.5));
                        count++;
                    }
                }
                if (count == 0) {
                    weights[b] = b == 0 ? 1 : weights[b - 1];
                    break;
                }
                if (err < best - 1e-12) {
                    best = err;
                    weights[b] = w;
                }
            }
            start = BAND_ENDS[b];
        }
        ClimatologyBlend pool = new ClimatologyBlend(climate, weights, new double[0]);
        List<Double> central = new java.util.ArrayList<>();
        for (int t = 0; t < ensembles.size(); t++) {
            double[][] e = ensembles.get(t);
            for (int j = 0; j < e.length; j++) {
                central.add(Math.abs(2 * pool.cdf(e[j], j, actuals.get(t)[j]) - 1));
            }
        }
        double[] c = central.stream().mapToDouble(Double::doubleValue).sorted().toArray();
        return new ClimatologyBlend(climate, weights, c.length < MIN_RECALIBRATION ? new double[0] : c);
    }

    /** @return the pool's cumulative distribution at x (empirical, ties counted half) */
    private double cdf(double[] model, int lead, double x) {
        double w = weight(lead);
        double f = w * empiricalCdf(model, x);
        return w >= 1 ? f : f + (1 - w) * empiricalCdf(climate, x);
    }

    private static double empiricalCdf(double[] sorted, double x) {
        int below = lowerBound(sorted, x);
        int atOrBelow = upperBound(sorted, x);
        return (below + atOrBelow) / 2.0 / sorted.length;
    }

    private static int lowerBound(double[] s, double x) {
        int lo = 0;
        int hi = s.length;
        while (lo < hi) {
            int mid = (lo + hi) >>> 1;
            if (s[mid] < x) {
                lo = mid + 1;
            } else {
                hi = mid;
            }
        }
        return lo;
    }

    private static int upperBound(double[] s, double x) {
        int lo = 0;
        int hi = s.length;
        while (lo < hi) {
            int mid = (lo + hi) >>> 1;
            if (s[mid] <= x) {
                lo = mid + 1;
            } else {
                hi = mid;
            }
        }
        return lo;
    }

    /**
     * @return the pool's central level (fraction) whose interval covered a fraction {@code level} of the backtests: the
     *         {@code level}-quantile of |2·F(actual) − 1| (Kuleshov et al. 2018 recalibration); {@code level} itself
     *         without backtests
     */
    public double recalibrated(double level) {
        if (centrality.length == 0) {
            return level;
        }
        return Math.min(MAX_LEVEL, Math.max(MIN_LEVEL, Stats.quantileSorted(centrality, level)));
    }

    /** @return the model's weight at lead {@code j} (0-based) */
    public double weight(int j) {
        for (int b = 0; b < BAND_ENDS.length; b++) {
            if (j < BAND_ENDS[b]) {
                return weights[b];
            }
        }
        return weights[weights.length - 1];
    }

    /** @return the weights of the lead bands */
    public double[] weights() {
        return weights.clone();
    }

    /** @return the pool's median at lead {@code j} (0-based) of a sorted ensemble's values at that lead */
    public double median(double[] sortedAtLead, int j) {
        return quantile(sortedAtLead, weight(j), climate, 0.5);
    }

    /** @return the pooled forecast of a sorted ensemble ({@code [lead][member]}) */
    public Forecast forecast(String model, double dt, double[][] ensemble, double[] levels) {
        int h = ensemble.length;
        double[] mean = new double[h];
        double[][] lo = new double[levels.length][h];
        double[][] hi = new double[levels.length][h];
        for (int k = 0; k < h; k++) {
            double w = weight(k);
            mean[k] = quantile(ensemble[k], w, climate, 0.5);
            for (int l = 0; l < levels.length; l++) {
                double alpha = (1 - recalibrated(levels[l] / 100)) / 2;
                lo[l][k] = quantile(ensemble[k], w, climate, alpha);
                hi[l][k] = quantile(ensemble[k], w, climate, 1 - alpha);
            }
        }
        return new Forecast(model, dt, mean, levels, lo, hi);
    }

    /**
     * @return the p-quantile of the pool {@code w·(model sample) + (1 − w)·(climate)}: pure model and pure climate use
     *         interpolated order statistics, a mixture the smallest value whose cumulative weight reaches p
     */
    public static double quantile(double[] model, double w, double[] climate, double p) {
        if (w >= 1) {
            return Stats.quantileSorted(model, p);
        }
        if (w <= 0) {
            return Stats.quantileSorted(climate, p);
        }
        double wm = w / model.length;
        double wc = (1 - w) / climate.length;
        double cum = 0;
        int i = 0;
        int j = 0;
        while (i < model.length || j < climate.length) {
            double x;
            if (j >= climate.length || (i < model.length && model[i] <= climate[j])) {
                x = model[i++];
                cum += wm;
            } else {
                x = climate[j++];
                cum += wc;
            }
            if (cum >= p - 1e-12) {
                return x;
            }
        }
        return Math.max(model[model.length - 1], climate[climate.length - 1]);
    }
}
