package org.spikeflow.izhikevich.models;

import java.util.Arrays;

/**
 * One single-neuron run of a model: the membrane potential on the time grid and the spike times.
 *
 * @param times
 *            ms, {@code t_k = k*dt}, k = 0..n (point 0 is the initial state)
 * @param voltage
 *            mV at each time
 * @param spikeTimes
 *            ms, increasing
 */
public record ModelRun(double[] times, double[] voltage, double[] spikeTimes) {

    public ModelRun {
        if (times.length != voltage.length) {
            throw new IllegalArgumentException("times and voltage must have the same length");
        }
        times = times.clone();
        voltage = voltage.clone();
        spikeTimes = spikeTimes.clone();
    }

    @Override
    public double[] times() {
        return times.clone();
    }

    @Override
    public double[] voltage() {
        return voltage.clone();
    }

    @Override
    public double[] spikeTimes() {
        return spikeTimes.clone();
    }

    public int spikeCount() {
        return spikeTimes.length;
    }

    /** @return the intervals between consecutive spikes, ms */
    public double[] interSpikeIntervals() {
        double[] isi = new double[Math.max(0, spikeTimes.length - 1)];
        for (int i = 0; i < isi.length; i++) {
            isi[i] = spikeTimes[i + 1] - spikeTimes[i];
        }
        return isi;
    }

    /** @return the spikes in {@code from <= t < to}, ms */
    public double[] spikesBetween(double from, double to) {
        return Arrays.stream(spikeTimes).filter(t -> t >= from && t < to).toArray();
    }
}
