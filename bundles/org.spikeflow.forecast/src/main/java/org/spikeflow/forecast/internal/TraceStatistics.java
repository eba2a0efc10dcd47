package org.spikeflow.forecast.internal;

import java.util.Arrays;

/**
 * Summary statistics of a sampled membrane-potential trace that a stochastic neuron model has to reproduce: the
 * marginal distribution of v, the mean course of v after and before each spike, and the interspike intervals. Spikes
 * are found as resets, a fall of more than {@link #RESET_DROP} mV from one sample to the next (robust to sampling that
 * misses the peak and to measurement noise); the reset sample is the first one after the fall.
 */
public final class TraceStatistics {

    /**
     * Voltages are clipped here (mV) before the statistics are taken: the upswing of a spike lasts about one sample and
     * its shape differs between models, so only the time of the spike and the subthreshold course count.
     */
    static final double CLIP = -40;
    /** A fall (mV) between consecutive samples that marks a reset. */
    public static final double RESET_DROP = 20;
    static final double[] MARGINAL = {0.02, 0.05, 0.1, 0.2, 0.3, 0.4, 0.5, 0.6, 0.7, 0.8, 0.9, 0.95, 0.98};
    static final int[] AFTER = {0, 1, 2, 3, 4, 6, 8, 12, 16, 24, 32, 48, 64, 96, 128};
    static final int[] BEFORE = {1, 2, 3, 4, 6, 8, 12, 16, 24};
    static final double[] ISI = {0.1, 0.25, 0.5, 0.75, 0.9};

    final double[] marginal;
    final double[] after;
    final double[] before;
    final double[] isi;
    final double rate;
    final int spikes;

    private TraceStatistics(double[] trace) {
        int[] r = resets(trace);
        double[] x = new double[trace.length];
        for (int i = 0; i < x.length; i++) {
            x[i] = Math.min(trace[i], CLIP);
        }
        double[] s = x.clone();
        Arrays.sort(s);
        marginal = new double[MARGINAL.length];
        for (int i = 0; i < MARGINAL.length; i++) {
            marginal[i] = Stats.quantileSorted(s, MARGINAL[i]);
        }
        spikes = r.length;
        rate = (double) r.length / x.length;
        after = new double[AFTER.length];
        before = new double[BEFORE.length];
        for (int i = 0; i < AFTER.length; i++) {
            after[i] = meanAt(x, r, AFTER[i]);
        }
        for (int i = 0; i < BEFORE.length; i++) {
            before[i] = meanAt(x, r, -BEFORE[i]);
        }
        double[] intervals = new double[Math.max(0, r.length - 1)];
        for (int i = 0; i < intervals.length; i++) {
            intervals[i] = r[i + 1] - r[i];
        }
        Arrays.sort(intervals);
        isi = new double[ISI.length];
        for (int i = 0; i < ISI.length; i++) {
            isi[i] = intervals.length == 0 ? Double.NaN : Stats.quantileSorted(intervals, ISI[i]);
        }
    }

    /** @return the statistics of trace {@code x} */
    public static TraceStatistics of(double[] x) {
        return new TraceStatistics(x);
    }

    /** @return indices of the reset samples (first sample after a fall of more than {@link #RESET_DROP} mV) */
    public static int[] resets(double[] x) {
        int[] out = new int[x.length];
        int n = 0;
        for (int k = 1; k < x.length; k++) {
            if (x[k - 1] - x[k] > RESET_DROP) {
                out[n++] = k;
            }
        }
        return Arrays.copyOf(out, n);
    }

    private static double meanAt(double[] x, int[] resets, int lag) {
        double sum = 0;
        int n = 0;
        for (int k : resets) {
            int i = k + lag;
            if (i >= 0 && i < x.length) {
                sum += x[i];
                n++;
            }
        }
        return n == 0 ? Double.NaN : sum / n;
    }

    /**
     * @return the discrepancy of a model's statistics {@code m} from these (the data's): mean squared differences in mV
     *         of the marginal quantiles and of the mean courses after and before spikes, plus the squared relative
     *         differences of the interspike-interval quantiles and of the rate in units of 5 %
     */
    public double distance(TraceStatistics m) {
        double d = meanSquare(marginal, m.marginal, 1) + meanSquare(after, m.after, 1)
                + meanSquare(before, m.before, 1);
        if (spikes >= 3) {
            if (m.spikes < 3) {
                return d + 1e4;
            }
            for (int i = 0; i < isi.length; i++) {
                double e = (m.isi[i] - isi[i]) / (0.05 * isi[ISI.length / 2]);
                d += e * e / isi.length;
            }
        }
        double e = (m.rate - rate) / (0.05 * Math.max(rate, 1.0 / 2000));
        return d + e * e;
    }

    private static double meanSquare(double[] data, double[] model, double scale) {
        double s = 0;
        int n = 0;
        for (int i = 0; i < data.length; i++) {
            if (Double.isNaN(data[i])) {
                continue;
            }
            double e = Double.isNaN(model[i]) ? 50 : (model[i] - data[i]) / scale;
            s += e * e;
            n++;
        }
        return n == 0 ? 0 : s / n;
    }

    /** @return the standard deviation of the measurement noise, from second differences of the subthreshold trace */
    public static double measurementNoise(double[] x) {
        int[] r = resets(x);
        boolean[] near = new boolean[x.length];
        for (int k : r) {
            for (int i = Math.max(0, k - 8); i < Math.min(x.length, k + 4); i++) {
                near[i] = true;
            }
        }
        double[] sorted = x.clone();
        Arrays.sort(sorted);
        double ceiling = Stats.quantileSorted(sorted, 0.8);
        double[] d2 = new double[x.length];
        int n = 0;
        for (int k = 1; k + 1 < x.length; k++) {
            if (!near[k - 1] && !near[k] && !near[k + 1] && x[k] <= ceiling) {
                d2[n++] = x[k + 1] - 2 * x[k] + x[k - 1];
            }
        }
        if (n < 10) {
            return 0;
        }
        double[] v = Arrays.copyOf(d2, n);
        double med = Stats.quantile(v, 0.5);
        for (int i = 0; i < n; i++) {
            v[i] = Math.abs(v[i] - med);
        }
        return 1.4826 * Stats.quantile(v, 0.5) / Math.sqrt(6);
    }
}
