package org.spikeflow.forecast.internal;

import java.util.Arrays;

/** Small numeric helpers. */
public final class Stats {

    private Stats() {
    }

    /** Quantile with linear interpolation between order statistics (numpy's default, type 7); p in [0, 1]. */
    public static double quantile(double[] values, double p) {
        double[] s = values.clone();
        Arrays.sort(s);
        return quantileSorted(s, p);
    }

    public static double quantileSorted(double[] s, double p) {
        if (s.length == 0) {
            return Double.NaN;
        }
        double pos = p * (s.length - 1);
        int lo = (int) Math.floor(pos);
        int hi = Math.min(lo + 1, s.length - 1);
        double f = pos - lo;
        return s[lo] + f * (s[hi] - s[lo]);
    }

    /** Split-conformal quantile: the ceil((m+1)·p)-th smallest of m scores (the largest if that exceeds m). */
    public static double conformalQuantile(double[] scores, double p) {
        double[] s = scores.clone();
        Arrays.sort(s);
        int k = (int) Math.ceil((s.length + 1) * p);
        return s[Math.max(0, Math.min(k, s.length) - 1)];
    }

    public static double mean(double[] y, int from, int to) {
        double s = 0;
        for (int i = from; i < to; i++) {
            s += y[i];
        }
        return s / (to - from);
    }

    public static void requireFinite(double[] y, String what) {
        for (int i = 0; i < y.length; i++) {
            if (!Double.isFinite(y[i])) {
                throw new IllegalArgumentException(what + " contains a non-finite value at index " + i + ": " + y[i]);
            }
        }
    }

    /** Checks a context: finite values, sampling interval dt > 0 ms. */
    public static void checkSeries(double[] y, double dt) {
        requireFinite(y, "series");
        if (!(dt > 0)) {
            throw new IllegalArgumentException("dt must be > 0 ms, got " + dt);
        }
    }

    public static void checkForecastArgs(int h, double[] levels) {
        if (h <= 0) {
            throw new IllegalArgumentException("Horizon h must be > 0, got " + h);
        }
        for (double l : levels) {
            checkLevel(l);
        }
    }

    /** Checks an interval level: a percentage strictly between 0 and 100. */
    public static void checkLevel(double level) {
        if (!(level > 0 && level < 100)) {
            throw new IllegalArgumentException("Interval level must be in (0, 100), got " + level);
        }
    }
}
