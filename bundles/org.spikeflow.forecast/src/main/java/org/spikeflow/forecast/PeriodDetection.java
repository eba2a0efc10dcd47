package org.spikeflow.forecast;

/**
 * Seasonal period detection (in steps). {@link #detect} combines three candidates — the autocorrelation peak of the
 * series and of its first differences (for trending series) and, for spiking traces, the median of the recent
 * inter-spike intervals — and refines them on the recent data: among lags within ±20 % of each candidate it returns the
 * one whose seasonal-naive error {@code |y[t] − y[t−p]|} over the last quarter of the series is smallest. Returns 1 (no
 * seasonality) when no candidate is found.
 */
public final class PeriodDetection {

    /** Minimum autocorrelation of a peak to count as seasonality. */
    public static final double MIN_ACF = 0.1;

    private PeriodDetection() {
    }

    /** @return detected period in steps (≥ 1; 1 means none), at most {@code y.length / 2} */
    public static int detect(double[] y) {
        int n = y.length;
        if (n < 8) {
            return 1;
        }
        int maxLag = n / 2;
        int best = 1;
        double bestErr = Double.POSITIVE_INFINITY;
        double[] diff = new double[n - 1];
        for (int i = 1; i < n; i++) {
            diff[i - 1] = y[i] - y[i - 1];
        }
        for (int cand : new int[] {acfPeak(y, maxLag), acfPeak(diff, maxLag),
                spikeInterval(y, Metrics.DEFAULT_SPIKE_THRESHOLD)}) {
            if (cand < 2) {
                continue;
            }
            int lo = Math.max(2, (int) Math.floor(cand * 0.8));
            int hi = Math.min(maxLag, (int) Math.ceil(cand * 1.2));
            for (int p = lo; p <= hi; p++) {
                double e = recentSeasonalError(y, p);
                if (e < bestErr - 1e-12) {
                    bestErr = e;
                    best = p;
                }
            }
        }
        return best;
    }

    /**
     * @return the lag (2..maxLag) of the autocorrelation peak: among local maxima after the first non-positive
     *         autocorrelation, the smallest lag whose value is at least 90 % of the highest peak; 1 if the highest peak
     *         is below {@link #MIN_ACF}
     */
    public static int acfPeak(double[] y, int maxLag) {
        double[] r = acf(y, maxLag);
        int start = 1;
        while (start <= maxLag && r[start] > 0) {
            start++;
        }
        double top = Double.NEGATIVE_INFINITY;
        for (int k = start + 1; k < maxLag; k++) {
            if (r[k] >= r[k - 1] && r[k] >= r[k + 1]) {
                top = Math.max(top, r[k]);
            }
        }
        if (top < MIN_ACF) {
            return 1;
        }
        for (int k = start + 1; k < maxLag; k++) {
            if (r[k] >= r[k - 1] && r[k] >= r[k + 1] && r[k] >= 0.9 * top) {
                return k;
            }
        }
        return 1;
    }

    /** @return sample autocorrelation r[0..maxLag] (biased estimator, r[0] = 1; all 0 for a constant series) */
    public static double[] acf(double[] y, int maxLag) {
        int n = y.length;
        maxLag = Math.min(maxLag, n - 1);
        double mean = 0;
        for (double v : y) {
            mean += v;
        }
        mean /= n;
        double[] z = new double[n];
        double c0 = 0;
        for (int i = 0; i < n; i++) {
            z[i] = y[i] - mean;
            c0 += z[i] * z[i];
        }
        double[] r = new double[maxLag + 1];
        if (c0 == 0) {
            return r;
        }
        for (int k = 0; k <= maxLag; k++) {
            double s = 0;
            for (int i = k; i < n; i++) {
                s += z[i] * z[i - k];
            }
            r[k] = s / c0;
        }
        return r;
    }

    /**
     * @return median of the last (up to) 5 inter-spike intervals in steps, spikes being upward crossings of
     *         {@code threshold} in a series that has at least 3 of them; 1 if there are fewer
     */
    public static int spikeInterval(double[] y, double threshold) {
        double[] s = Metrics.spikeTimes(y, 1, 0, threshold);
        if (s.length < 3) {
            return 1;
        }
        int k = Math.min(5, s.length - 1);
        double[] isi = new double[k];
        for (int i = 0; i < k; i++) {
            isi[i] = s[s.length - 1 - i] - s[s.length - 2 - i];
        }
        java.util.Arrays.sort(isi);
        return (int) Math.round(isi[k / 2]);
    }

    private static double recentSeasonalError(double[] y, int p) {
        int n = y.length;
        int from = Math.max(p, n - Math.max(n / 4, 2 * p));
        double s = 0;
        for (int t = from; t < n; t++) {
            s += Math.abs(y[t] - y[t - p]);
        }
        return s / (n - from);
    }
}
