package org.spikeflow.izhikevich;

import java.util.Arrays;
import java.util.EnumSet;
import java.util.Set;

/**
 * What a population run records. Spike counts and the final state are always recorded; spike times, per-neuron
 * summaries and traces (v, u, I at every {@code decimation}-th point, for all or selected neurons) on request.
 */
public final class RecordingOptions {

    /** Default largest ISI within a burst (ms). */
    public static final double DEFAULT_BURST_ISI = 10;

    private final boolean spikeTimes;
    private final boolean summary;
    private final double burstIsi;
    private final int minBurstSpikes;
    private final Set<TraceVariable> traceVariables;
    private final int decimation;
    private final int[] traceNeurons;
    private final double expectedRateHz;

    private RecordingOptions(Builder b) {
        this.spikeTimes = b.spikeTimes;
        this.summary = b.summary;
        this.burstIsi = b.burstIsi;
        this.minBurstSpikes = b.minBurstSpikes;
        this.traceVariables = java.util.Collections.unmodifiableSet(EnumSet.copyOf(b.traceVariables));
        this.decimation = b.decimation;
        this.traceNeurons = b.traceNeurons == null ? null : b.traceNeurons.clone();
        this.expectedRateHz = b.expectedRateHz;
    }

    /** @return spike counts only (the fastest, smallest recording) */
    public static RecordingOptions counts() {
        return builder().build();
    }

    public static Builder builder() {
        return new Builder();
    }

    public boolean spikeTimes() {
        return spikeTimes;
    }

    public boolean summary() {
        return summary;
    }

    public double burstIsi() {
        return burstIsi;
    }

    public int minBurstSpikes() {
        return minBurstSpikes;
    }

    public Set<TraceVariable> traceVariables() {
        return traceVariables;
    }

    public boolean traces() {
        return !traceVariables.isEmpty();
    }

    public int decimation() {
        return decimation;
    }

    /** @return the neurons whose traces are recorded (sorted, distinct), or null for all */
    public int[] traceNeurons() {
        return traceNeurons == null ? null : traceNeurons.clone();
    }

    /** @return the firing rate assumed when estimating the memory for spike times */
    public double expectedRateHz() {
        return expectedRateHz;
    }

    public static final class Builder {
        private boolean spikeTimes;
        private boolean summary;
        private double burstIsi = DEFAULT_BURST_ISI;
        private int minBurstSpikes = 2;
        private final EnumSet<TraceVariable> traceVariables = EnumSet.noneOf(TraceVariable.class);
        private int decimation = 1;
        private int[] traceNeurons;
        private double expectedRateHz = 100;

        private Builder() {
        }

        public Builder spikeTimes(boolean value) {
            spikeTimes = value;
            return this;
        }

        /** Per-neuron summary (rate, first-spike latency, ISI mean and CV, bursts). */
        public Builder summary(boolean value) {
            summary = value;
            return this;
        }

        /** Burst definition: at least {@code minSpikes} spikes with consecutive ISIs ≤ {@code maxIsi} ms. */
        public Builder bursts(double maxIsi, int minSpikes) {
            if (!(maxIsi > 0) || minSpikes < 2) {
                throw new IllegalArgumentException("burst definition needs maxIsi > 0 and minSpikes >= 2");
            }
            burstIsi = maxIsi;
            minBurstSpikes = minSpikes;
            return this;
        }

        /** Records traces of these variables. */
        public Builder trace(TraceVariable... variables) {
            traceVariables.addAll(Arrays.asList(variables));
            return this;
        }

        /** Keeps every n-th trace point (n ≥ 1). */
        public Builder decimation(int n) {
            if (n < 1) {
                throw new IllegalArgumentException("decimation must be >= 1, got " + n);
            }
            decimation = n;
            return this;
        }

        /** Restricts traces to these neurons (null: all). */
        public Builder traceNeurons(int... neurons) {
            traceNeurons = neurons == null ? null : Arrays.stream(neurons).sorted().distinct().toArray();
            return this;
        }

        /** Rate assumed by the memory estimate for spike times (default 100 Hz). */
        public Builder expectedRateHz(double hz) {
            if (!(hz >= 0)) {
                throw new IllegalArgumentException("expected rate must be >= 0");
            }
            expectedRateHz = hz;
            return this;
        }

        public RecordingOptions build() {
            return new RecordingOptions(this);
        }
    }
}
