package org.spikeflow.nodes.plot.internal.raster;

import org.spikeflow.core.settings.Setting;
import org.spikeflow.nodes.plot.internal.common.PlotNodeSettings;

/** Settings of the Spike Raster. */
public class SpikeRasterNodeSettings extends PlotNodeSettings {
    @Setting(title = "Neuron column", description = "Numeric neuron index of each spike (from 0).", required = true,
            columnOfInputPort = 0)
    public String neuronColumn = "Neuron";

    @Setting(title = "Spike time column", description = "Numeric spike time (ms).", required = true,
            columnOfInputPort = 0)
    public String timeColumn = "Spike time (ms)";

    @Setting(title = "Neurons", description = "Rows of the raster (neurons 0 … n−1); 0: the largest index + 1.",
            min = 0)
    public int neuronCount = 0;

    @Setting(title = "Start time", description = "Start of the time axis.", unit = "ms")
    public double tStart = 0;

    @Setting(title = "End time", description = "End of the time axis; 0: the last spike.", unit = "ms", min = 0)
    public double tEnd = 0;

    public SpikeRasterNodeSettings() {
        super("Spike raster");
    }
}
