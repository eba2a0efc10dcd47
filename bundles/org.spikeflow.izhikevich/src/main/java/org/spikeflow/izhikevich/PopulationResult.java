package org.spikeflow.izhikevich;

import java.util.Arrays;
import java.util.Optional;

/** Results of a population run. Arrays returned are copies. */
public final class PopulationResult {

    private final int size;
    private final Scheme scheme;
    private final Precision precision;
    private final double duration;
    private final double dt;
    private final long updates;
    private final int threads;
    private final String kernel;
    private final long simulationNanos;
    private final int[] counts;
    private final int[] spikeOffsets; // null unless spike times recorded
    private final double[] spikeTimes;
    private final double[][] summaryValues; // rate, latency, isiMean, isiCv; null unless recorded
    private final int[] bursts;
    private final TraceData traces; // null unless recorded
    private final double[] finalV;
    private final double[] finalU;

    PopulationResult(int size, Scheme scheme, Precision precision, double duration, double dt, long updates,
            int threads, String kernel, long simulationNanos, int[] counts, int[] spikeOffsets, double[] spikeTimes,
            double[][] summaryValues, int[] bursts, TraceData traces, double[] finalV, double[] finalU) {
        this.size = size;
        this.scheme = scheme;
        this.precision = precision;
        this.duration = duration;
        this.dt = dt;
        this.updates = updates;
        this.threads = threads;
        this.kernel = kernel;
        this.simulationNanos = simulationNanos;
        this.counts = counts;
        this.spikeOffsets = spikeOffsets;
        this.spikeTimes = spikeTimes;
        this.summaryValues = summaryValues;
        this.bursts = bursts;
        this.traces = traces;
        this.finalV = finalV;
        this.finalU = finalU;
    }

    public int size() {
        return size;
    }

    public Scheme scheme() {
        return scheme;
    }

    public Precision precision() {
        return precision;
    }

    public double duration() {
        return duration;
    }

    public double dt() {
        return dt;
    }

    /** @return integration updates per neuron */
    public long updatesPerNeuron() {
        return updates;
    }

    public int threads() {
        return threads;
    }

    /** @return the code path that ran (e.g. {@code vector (256-bit ...)}, {@code blocked scalar}, {@code generic}) */
    public String kernel() {
        return kernel;
    }

    /** @return wall time of the integration alone (no allocation, no result assembly), in ns */
    public long simulationNanos() {
        return simulationNanos;
    }

    /** @return neurons × updates / integration seconds */
    public double neuronUpdatesPerSecond() {
        return simulationNanos > 0 ? (double) size * updates / (simulationNanos / 1e9) : Double.NaN;
    }

    public int spikeCount(int neuron) {
        return counts[neuron];
    }

    public int[] spikeCounts() {
        return counts.clone();
    }

    public long totalSpikes() {
        long s = 0;
        for (int x : counts) {
            s += x;
        }
        return s;
    }

    public boolean hasSpikeTimes() {
        return spikeTimes != null;
    }

    /** @return the spike times (ms) of one neuron, increasing */
    public double[] spikeTimes(int neuron) {
        requireSpikeTimes();
        return Arrays.copyOfRange(spikeTimes, spikeOffsets[neuron], spikeOffsets[neuron + 1]);
    }

    /** @return all spike times grouped by neuron: neuron i has entries {@code offsets[i] .. offsets[i+1]} */
    public double[] allSpikeTimes() {
        requireSpikeTimes();
        return spikeTimes.clone();
    }

    /** @return the offsets into {@link #allSpikeTimes()}, length size+1 */
    public int[] spikeTimeOffsets() {
        requireSpikeTimes();
        return spikeOffsets.clone();
    }

    private void requireSpikeTimes() {
        if (spikeTimes == null) {
            throw new IllegalStateException("spike times were not recorded (RecordingOptions.spikeTimes(true))");
        }
    }

    public boolean hasSummary() {
        return summaryValues != null;
    }

    public NeuronSummary summary(int neuron) {
        if (summaryValues == null) {
            throw new IllegalStateException("summaries were not recorded (RecordingOptions.summary(true))");
        }
        return new NeuronSummary(counts[neuron], summaryValues[0][neuron], summaryValues[1][neuron],
                summaryValues[2][neuron], summaryValues[3][neuron], bursts[neuron]);
    }

    public Optional<TraceData> traces() {
        return Optional.ofNullable(traces);
    }

    /** @return v of every neuron at the end of the run (after the last reset), to continue it */
    public double[] finalV() {
        return finalV.clone();
    }

    public double[] finalU() {
        return finalU.clone();
    }
}
