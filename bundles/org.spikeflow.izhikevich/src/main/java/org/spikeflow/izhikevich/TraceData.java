package org.spikeflow.izhikevich;

import java.util.Arrays;
import java.util.EnumMap;
import java.util.Map;
import java.util.Set;

/** Recorded traces of a population run: per recorded neuron, one series per variable on a common time axis. */
public final class TraceData {

    private final int[] neurons;
    private final double[] times;
    private final Map<TraceVariable, double[][]> data;

    TraceData(int[] neurons, double[] times, Map<TraceVariable, double[][]> data) {
        this.neurons = neurons;
        this.times = times;
        this.data = new EnumMap<>(data);
    }

    /** @return the recorded neurons (population indices), in row order */
    public int[] neurons() {
        return neurons.clone();
    }

    /** @return number of recorded neurons */
    public int rows() {
        return neurons.length;
    }

    /** @return the time (ms) of each sample */
    public double[] times() {
        return times.clone();
    }

    public int samples() {
        return times.length;
    }

    public Set<TraceVariable> variables() {
        return data.keySet();
    }

    /** @return the row of a population index, or −1 if it was not recorded */
    public int rowOf(int neuron) {
        int r = Arrays.binarySearch(neurons, neuron);
        return r >= 0 ? r : -1;
    }

    /** @return a copy of one series */
    public double[] series(TraceVariable variable, int row) {
        return raw(variable)[row].clone();
    }

    public double value(TraceVariable variable, int row, int sample) {
        return raw(variable)[row][sample];
    }

    private double[][] raw(TraceVariable variable) {
        double[][] x = data.get(variable);
        if (x == null) {
            throw new IllegalArgumentException("variable " + variable + " was not recorded");
        }
        return x;
    }
}
