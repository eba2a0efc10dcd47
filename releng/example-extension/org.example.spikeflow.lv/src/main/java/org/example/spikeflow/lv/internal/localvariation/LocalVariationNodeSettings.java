package org.example.spikeflow.lv.internal.localvariation;

import org.spikeflow.core.settings.InvalidSettingsException;
import org.spikeflow.core.settings.NodeSettings;
import org.spikeflow.core.settings.Setting;

/** Which columns of the spike table hold the neuron and the spike time (the Izhikevich Simulator's by default). */
public class LocalVariationNodeSettings extends NodeSettings {

    @Setting(title = "Neuron column", description = "Numeric column with the neuron of each spike.")
    public String neuronColumn = "Neuron";

    @Setting(title = "Spike time column", description = "Numeric column with the spike times, increasing within"
            + " each neuron.", unit = "ms")
    public String timeColumn = "Spike time (ms)";

    @Override
    public void validate() throws InvalidSettingsException {
        if (neuronColumn == null || neuronColumn.isBlank()) {
            throw new InvalidSettingsException("Setting 'neuronColumn' must name a column");
        }
        if (timeColumn == null || timeColumn.isBlank()) {
            throw new InvalidSettingsException("Setting 'timeColumn' must name a column");
        }
    }
}
