package org.spikeflow.izhikevich.internal;

import java.util.Arrays;

/** Growable list of (neuron, time) spike events of one block, in the order they occur. */
public final class SpikeEvents {
    private int[] neuron = new int[256];
    private double[] time = new double[256];
    private int size;

    public void add(int n, double t) {
        if (size == neuron.length) {
            int cap = Math.max(16, (int) Math.min(Integer.MAX_VALUE - 8L, size * 2L));
            if (cap == size) {
                throw new IllegalStateException("too many spikes in one block of neurons");
            }
            neuron = Arrays.copyOf(neuron, cap);
            time = Arrays.copyOf(time, cap);
        }
        neuron[size] = n;
        time[size] = t;
        size++;
    }

    public int size() {
        return size;
    }

    public int neuron(int i) {
        return neuron[i];
    }

    public double time(int i) {
        return time[i];
    }

    public void clear() {
        size = 0;
        if (neuron.length > 1 << 16) {
            neuron = new int[256];
            time = new double[256];
        }
    }

    /**
     * Groups the events by neuron (stable: each neuron's spikes stay in time order).
     *
     * @param base
     *            first neuron of the block
     * @param len
     *            neurons in the block
     * @return [offsets (len+1) as int[], times as double[]] packed in a {@link Grouped}
     */
    public Grouped group(int base, int len) {
        int[] offsets = new int[len + 1];
        for (int i = 0; i < size; i++) {
            offsets[neuron[i] - base + 1]++;
        }
        for (int j = 0; j < len; j++) {
            offsets[j + 1] += offsets[j];
        }
        int[] fill = Arrays.copyOf(offsets, len);
        double[] times = new double[size];
        for (int i = 0; i < size; i++) {
            times[fill[neuron[i] - base]++] = time[i];
        }
        return new Grouped(base, offsets, times);
    }

    /** Spikes of a block grouped by neuron: neuron base+j has times[offsets[j] .. offsets[j+1]). */
    public record Grouped(int base, int[] offsets, double[] times) {
    }
}
