package org.spikeflow.nodes.izhikevich.internal.simulator;

import java.util.ArrayList;
import java.util.List;

import org.spikeflow.core.settings.Setting;

/** What the Izhikevich Simulator records (the {@code recording} setting). */
public class RecordingSettings {
    @Setting(title = "Record traces", description = "Whether output 0 holds the membrane potential over time. Off for"
            + " large populations: output 0 is then empty and the run uses the fast kernels.")
    public boolean trace = true;

    @Setting(title = "Record u", description = "Adds the recovery variable u to the trace table (column 'u').")
    public boolean u = false;

    @Setting(title = "Record I", description = "Adds the input current to the trace table (column 'I (pA)').")
    public boolean current = false;

    @Setting(title = "Trace decimation", description = "Keep every n-th trace point (1: all). Spike times and the"
            + " summary always use every step.", min = 1)
    public int decimation = 1;

    @Setting(title = "Traced neurons", description = "Indices (rows of the parameter table, from 0) of the neurons"
            + " whose traces are recorded; empty: all.")
    public List<Integer> neurons = new ArrayList<>();

    @Setting(title = "Record spike times", description = "Whether output 1 lists every spike (neuron and time). Off:"
            + " output 1 is empty; the summary still counts the spikes.")
    public boolean spikeTimes = true;

    @Setting(title = "Spike statistics", description = "Whether the summary has each neuron's first-spike latency,"
            + " ISI mean and CV and burst count. Off: those columns are empty (spike count, rate and final state"
            + " remain), which makes large populations without spike times run about twice as fast.")
    public boolean statistics = true;

    @Setting(title = "Burst ISI", description = "Largest inter-spike interval within a burst, for the summary's burst"
            + " count.", unit = "ms", min = 1e-9)
    public double burstIsi = 10;

    @Setting(title = "Spikes per burst", description = "Smallest number of spikes that make a burst.", min = 2)
    public int burstSpikes = 2;

    public RecordingSettings() {
    }
}
