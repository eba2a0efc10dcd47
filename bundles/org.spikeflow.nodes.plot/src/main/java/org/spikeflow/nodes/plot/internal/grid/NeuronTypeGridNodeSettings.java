package org.spikeflow.nodes.plot.internal.grid;

import org.spikeflow.core.data.TraceColumns;
import org.spikeflow.core.settings.Setting;
import org.spikeflow.nodes.plot.internal.common.PlotNodeSettings;

/** Settings of the Neuron Type Grid. */
public class NeuronTypeGridNodeSettings extends PlotNodeSettings {
    @Setting(title = "Time column", description = "Numeric time column (ms).", required = true, columnOfInputPort = 0)
    public String timeColumn = TraceColumns.TIME;

    @Setting(title = "Value column", description = "Numeric value column.", required = true, columnOfInputPort = 0)
    public String valueColumn = TraceColumns.MEMBRANE_POTENTIAL;

    @Setting(title = "Panel column", description = "One panel per value of this column (e.g. Neuron or a preset"
            + " label), in order of appearance.", required = true, columnOfInputPort = 0)
    public String panelColumn = "Neuron";

    @Setting(title = "Label column", description = "Panel titles: this column of the labels table (input 1) matched"
            + " by the panel column, else of the traces table; empty or absent: the panel value.")
    public String labelColumn = "Label";

    @Setting(title = "Columns", description = "Panels per row (single_neuron.py's grid: 2).", min = 1, max = 20)
    public int columns = 2;

    @Setting(title = "Y minimum", description = "Lower end of the shared y range.", unit = "mV")
    public double yMin = -80;

    @Setting(title = "Y maximum", description = "Upper end of the shared y range.", unit = "mV")
    public double yMax = 35;

    @Setting(title = "Value axis label", description = "Label of the y axes, with the unit.")
    public String valueLabel = TraceColumns.MEMBRANE_POTENTIAL;

    public NeuronTypeGridNodeSettings() {
        super("Izhikevich neuron types");
    }

    @Override
    public void validate() throws org.spikeflow.core.settings.InvalidSettingsException {
        if (!(yMax > yMin)) {
            throw new org.spikeflow.core.settings.InvalidSettingsException("Y maximum (" + yMax
                    + ") must be larger than Y minimum (" + yMin + ")");
        }
    }
}
