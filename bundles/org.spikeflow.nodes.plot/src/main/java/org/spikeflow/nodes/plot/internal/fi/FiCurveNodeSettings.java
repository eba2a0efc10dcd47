package org.spikeflow.nodes.plot.internal.fi;

import org.spikeflow.core.settings.Setting;
import org.spikeflow.nodes.plot.internal.common.PlotNodeSettings;

/** Settings of the F–I Curve. */
public class FiCurveNodeSettings extends PlotNodeSettings {
    @Setting(title = "Current column", description = "Input current of each neuron (x axis).", required = true,
            columnOfInputPort = 0)
    public String currentColumn = "I";

    @Setting(title = "Rate column", description = "Firing rate of each neuron (y axis).", required = true,
            columnOfInputPort = 0)
    public String rateColumn = "Firing rate (Hz)";

    @Setting(title = "Group column", description = "One curve per value of this column (e.g. a neuron type); empty"
            + " or absent: one curve.", columnOfInputPort = 0)
    public String groupColumn = "";

    @Setting(title = "Current axis label", description = "Label of the x axis, with the unit.")
    public String currentLabel = "Input current I (pA)";

    public FiCurveNodeSettings() {
        super("F–I curve");
    }
}
