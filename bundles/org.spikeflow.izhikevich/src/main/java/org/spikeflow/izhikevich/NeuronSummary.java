package org.spikeflow.izhikevich;

/**
 * Per-neuron spike statistics of one run.
 *
 * @param spikes
 *            number of spikes
 * @param rateHz
 *            spikes per second of simulated time (spikes / (duration/1000))
 * @param firstSpikeLatency
 *            time of the first spike in ms from the start of the run, NaN without spikes
 * @param isiMean
 *            mean inter-spike interval in ms, NaN with fewer than 2 spikes
 * @param isiCv
 *            coefficient of variation of the ISIs (population standard deviation / mean), NaN with fewer than 3 spikes
 * @param bursts
 *            number of bursts: maximal runs of at least {@code minBurstSpikes} spikes whose consecutive ISIs are all ≤
 *            {@code burstIsi} ({@link RecordingOptions})
 */
public record NeuronSummary(int spikes, double rateHz, double firstSpikeLatency, double isiMean, double isiCv,
        int bursts) {

    /**
     * Computes the summary of one spike train.
     *
     * @param times
     *            spike times in ms, increasing
     * @param from
     *            first index in {@code times}
     * @param to
     *            end index (exclusive)
     * @param duration
     *            run duration in ms
     * @param burstIsi
     *            largest ISI within a burst (ms)
     * @param minBurstSpikes
     *            smallest number of spikes of a burst (≥ 2)
     */
    public static NeuronSummary of(double[] times, int from, int to, double duration, double burstIsi,
            int minBurstSpikes) {
        int n = to - from;
        double rate = duration > 0 ? n / (duration / 1000.0) : Double.NaN;
        double latency = n > 0 ? times[from] : Double.NaN;
        double mean = Double.NaN;
        double cv = Double.NaN;
        int bursts = 0;
        if (n >= 2) {
            double sum = 0;
            for (int i = from + 1; i < to; i++) {
                sum += times[i] - times[i - 1];
            }
            mean = sum / (n - 1);
            if (n >= 3) {
                double ss = 0;
                for (int i = from + 1; i < to; i++) {
                    double x = times[i] - times[i - 1] - mean;
                    ss += x * x;
                }
                cv = mean > 0 ? Math.sqrt(ss / (n - 1)) / mean : Double.NaN;
            }
            int run = 1;
            for (int i = from + 1; i <= to; i++) {
                if (i < to && times[i] - times[i - 1] <= burstIsi) {
                    run++;
                } else {
                    if (run >= minBurstSpikes) {
                        bursts++;
                    }
                    run = 1;
                }
            }
        }
        return new NeuronSummary(n, rate, latency, mean, cv, bursts);
    }
}
