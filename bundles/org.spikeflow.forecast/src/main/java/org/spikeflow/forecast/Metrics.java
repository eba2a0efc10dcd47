package org.spikeflow.forecast;

import java.util.ArrayList;
import java.util.List;

/**
 * Forecast accuracy and spike-timing measures. Arrays of a forecast and of the actual continuation must have the same
 * length.
 */
public final class Metrics {

    /** Default coincidence window of Γ: ±2 ms. */
    public static final double DEFAULT_COINCIDENCE_WINDOW = 2.0;
    /** Default spike threshold for traces: an upward crossing of 0 mV. */
    public static final double DEFAULT_SPIKE_THRESHOLD = 0.0;

    private Metrics() {
    }

    /** @return mean absolute error */
    public static double mae(double[] actual, double[] forecast) {
        check(actual, forecast);
        double s = 0;
        for (int i = 0; i < actual.length; i++) {
            s += Math.abs(actual[i] - forecast[i]);
        }
        return s / actual.length;
    }

    /** @return root mean squared error */
    public static double rmse(double[] actual, double[] forecast) {
        check(actual, forecast);
        double s = 0;
        for (int i = 0; i < actual.length; i++) {
            double e = actual[i] - forecast[i];
            s += e * e;
        }
        return Math.sqrt(s / actual.length);
    }

    /**
     * Mean absolute scaled error (Hyndman &amp; Koehler 2006): MAE divided by the in-sample MAE of the seasonal naive
     * one-step forecast {@code y[t-period]} over the context.
     *
     * @param period
     *            seasonal period in steps (1: naive)
     * @return MASE; infinite if the in-sample error is 0 and the forecast error is not
     */
    public static double mase(double[] actual, double[] forecast, double[] insample, int period) {
        if (period < 1 || insample.length <= period) {
            throw new IllegalArgumentException("MASE needs a period >= 1 shorter than the in-sample series ("
                    + insample.length + " points), got " + period);
        }
        double s = 0;
        for (int t = period; t < insample.length; t++) {
            s += Math.abs(insample[t] - insample[t - period]);
        }
        double scale = s / (insample.length - period);
        double mae = mae(actual, forecast);
        return mae == 0 ? 0 : mae / scale;
    }

    /** @return fraction of points with {@code lower ≤ actual ≤ upper} */
    public static double coverage(double[] actual, double[] lower, double[] upper) {
        check(actual, lower);
        check(actual, upper);
        int in = 0;
        for (int i = 0; i < actual.length; i++) {
            if (actual[i] >= lower[i] && actual[i] <= upper[i]) {
                in++;
            }
        }
        return (double) in / actual.length;
    }

    /**
     * Spike times of a sampled trace: the time of each sample at or above {@code threshold} whose predecessor is below
     * it (the first sample counts if it is at or above the threshold).
     *
     * @param t0
     *            time of sample 0 (ms)
     * @return spike times in ms
     */
    public static double[] spikeTimes(double[] v, double dt, double t0, double threshold) {
        List<Double> out = new ArrayList<>();
        for (int i = 0; i < v.length; i++) {
            if (v[i] >= threshold && (i == 0 || v[i - 1] < threshold)) {
                out.add(t0 + i * dt);
            }
        }
        double[] r = new double[out.size()];
        for (int i = 0; i < r.length; i++) {
            r[i] = out.get(i);
        }
        return r;
    }

    /** @return predicted minus actual number of spikes (0 mV upward crossings) */
    public static int spikeCountError(double[] actual, double[] forecast) {
        check(actual, forecast);
        return spikeTimes(forecast, 1, 0, DEFAULT_SPIKE_THRESHOLD).length
                - spikeTimes(actual, 1, 0, DEFAULT_SPIKE_THRESHOLD).length;
    }

    /**
     * Coincidence factor Γ of Kistler et al. (1997) as used by Jolivet et al. (2008): <pre> Γ = (N_coinc −
     * 2·ν·Δ·N_data) / (½·(N_data + N_model)) · 1 / (1 − 2·ν·Δ), ν = N_model / T </pre> N_coinc is the number of data
     * spikes with a model spike within ±Δ, each model spike matched to at most one data spike (greedy, in time order);
     * 2·ν·Δ·N_data is the expected number of coincidences of a Poisson train with the model's rate. Γ = 1 for identical
     * trains, ≈ 0 on average for independent Poisson trains. When neither train has a spike Γ is 1 (they agree); when
     * only one has, 0.
     *
     * @param data
     *            reference spike times (ms), sorted
     * @param model
     *            predicted spike times (ms), sorted
     * @param window
     *            Δ (ms), e.g. {@link #DEFAULT_COINCIDENCE_WINDOW}
     * @param duration
     *            T, the length of the observation (ms)
     */
    public static double coincidenceFactor(double[] data, double[] model, double window, double duration) {
        if (!(window > 0) || !(duration > 0)) {
            throw new IllegalArgumentException("window and duration must be > 0");
        }
        if (data.length == 0 && model.length == 0) {
            return 1;
        }
        if (data.length == 0 || model.length == 0) {
            return 0;
        }
        int coinc = coincidences(data, model, window);
        double nu = model.length / duration;
        double expected = 2 * nu * window * data.length;
        double norm = 1 - 2 * nu * window;
        return (coinc - expected) / (0.5 * (data.length + model.length)) / norm;
    }

    /** Γ of two sampled traces (spikes as upward crossings of 0 mV, duration = length·dt), window in ms. */
    public static double traceCoincidenceFactor(double[] actual, double[] forecast, double dt, double window) {
        check(actual, forecast);
        return coincidenceFactor(spikeTimes(actual, dt, 0, DEFAULT_SPIKE_THRESHOLD),
                spikeTimes(forecast, dt, 0, DEFAULT_SPIKE_THRESHOLD), window, actual.length * dt);
    }

    /** @return number of data spikes matched one-to-one (greedy, in time order) with a model spike within ±window */
    public static int coincidences(double[] data, double[] model, double window) {
        int j = 0;
        int n = 0;
        for (double t : data) {
            while (j < model.length && model[j] < t - window - 1e-12) {
                j++;
            }
            if (j < model.length && Math.abs(model[j] - t) <= window + 1e-12) {
                n++;
                j++;
            }
        }
        return n;
    }

    /** All measures of one forecast against the actual continuation. */
    public static Score score(Forecast f, double[] actual, double[] insample, int period, double window) {
        double[] m = f.mean();
        double[] levels = f.levels();
        double[] cov = new double[levels.length];
        for (int i = 0; i < levels.length; i++) {
            cov[i] = coverage(actual, f.lower(levels[i]), f.upper(levels[i]));
        }
        double mase = insample != null && insample.length > period ? mase(actual, m, insample, period) : Double.NaN;
        return new Score(f.model(), mae(actual, m), rmse(actual, m), mase, levels, cov, spikeCountError(actual, m),
                traceCoincidenceFactor(actual, m, f.dt(), window));
    }

    /**
     * Scores of one forecast.
     *
     * @param coverage
     *            coverage per level, in the order of {@code levels}
     */
    public record Score(String model, double mae, double rmse, double mase, double[] levels, double[] coverage,
            int spikeCountError, double gamma) {

        /** @return coverage at the given level */
        public double coverage(double level) {
            for (int i = 0; i < levels.length; i++) {
                if (levels[i] == level) {
                    return coverage[i];
                }
            }
            throw new IllegalArgumentException("no level " + level);
        }
    }

    private static void check(double[] a, double[] b) {
        if (a.length != b.length || a.length == 0) {
            throw new IllegalArgumentException("series must be non-empty and of equal length, got " + a.length
                    + " and " + b.length);
        }
    }
}
