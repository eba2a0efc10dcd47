package org.spikeflow.nodes.plot.internal.isi;

import org.spikeflow.core.settings.Setting;
import org.spikeflow.nodes.plot.internal.common.PlotNodeSettings;

/** Settings of the ISI Histogram. */
public class IsiHistogramNodeSettings extends PlotNodeSettings {
    @Setting(title = "Neuron column", description = "Neuron of each spike; intervals are taken within a neuron."
            + " Empty or absent: all spikes are one train.", columnOfInputPort = 0)
    public String neuronColumn = "Neuron";

    @Setting(title = "Spike time column", description = "Numeric spike time (ms).", required = true,
            columnOfInputPort = 0)
    public String timeColumn = "Spike time (ms)";

    @Setting(title = "Bins", description = "Number of histogram bins.", min = 1, max = 10000)
    public int bins = 50;

    @Setting(title = "Maximum ISI", description = "Intervals above it are left out; 0: none are.", unit = "ms",
            min = 0)
    public double maxIsi = 0;

    public IsiHistogramNodeSettings() {
        super("Inter-spike interval histogram");
    }
}
