package org.example.spikeflow.lv;

/**
 * The local variation LV of a spike train (Shinomoto, Shima and Tanji 2003, Neural Computation 15:2823, eq. 2):
 * {@code LV = 3/(n-1) * sum_{i=1}^{n-1} ((I_i - I_{i+1}) / (I_i + I_{i+1}))^2} over the n inter-spike intervals I.
 * LV is 0 for a regular train, 1 for a Poisson train and above 1 for bursty firing; unlike the CV of the intervals it
 * does not grow when the rate drifts slowly. Plain Java: it knows nothing of Spikeflow, so it is testable alone.
 */
public final class LocalVariation {

    private LocalVariation() {
    }

    /**
     * @param spikeTimes spike times in increasing order (any unit)
     * @param from first index of the train in {@code spikeTimes}
     * @param to one past its last index
     * @return LV, or NaN when the train has fewer than 3 spikes (fewer than two intervals)
     * @throws IllegalArgumentException when the times are not increasing
     */
    public static double of(double[] spikeTimes, int from, int to) {
        if (to - from < 3) {
            return Double.NaN;
        }
        double sum = 0;
        double previous = interval(spikeTimes, from + 1);
        for (int i = from + 2; i < to; i++) {
            double next = interval(spikeTimes, i);
            double ratio = (previous - next) / (previous + next);
            sum += ratio * ratio;
            previous = next;
        }
        int intervals = to - from - 1;
        return 3.0 * sum / (intervals - 1);
    }

    private static double interval(double[] times, int i) {
        double interval = times[i] - times[i - 1];
        if (!(interval > 0)) {
            throw new IllegalArgumentException("spike times must increase: " + times[i - 1] + " then " + times[i]);
        }
        return interval;
    }
}
