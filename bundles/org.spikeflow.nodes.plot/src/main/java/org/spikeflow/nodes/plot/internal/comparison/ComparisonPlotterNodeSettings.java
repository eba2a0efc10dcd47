package org.spikeflow.nodes.plot.internal.comparison;

import org.spikeflow.core.data.TraceColumns;
import org.spikeflow.core.settings.Setting;
import org.spikeflow.nodes.plot.internal.common.PlotNodeSettings;

/** Settings of the Comparison Plotter. */
public class ComparisonPlotterNodeSettings extends PlotNodeSettings {
    @Setting(title = "Name", description = "Name of the plotted trace (e.g. the neuron type RS): in the title's"
            + " place when the title is empty, and in the file name <Name>_comparison.")
    public String name = "";

    @Setting(title = "Time column", description = "Numeric time column (ms) of the forecast and the simulation.",
            required = true, columnOfInputPort = 0)
    public String timeColumn = TraceColumns.TIME;

    @Setting(title = "Value column", description = "The simulated value (e.g. membrane potential) in the"
            + " simulation table (and the actual table, when connected).", required = true, columnOfInputPort = 1)
    public String valueColumn = TraceColumns.MEMBRANE_POTENTIAL;

    @Setting(title = "Series column", description = "Column splitting the tables into series (e.g. Neuron); ignored"
            + " when a table lacks it.", columnOfInputPort = 0)
    public String seriesColumn = "Neuron";

    @Setting(title = "Series", description = "Which series to plot (its value in the series column); empty: the"
            + " first series of the forecast.")
    public String series = "";

    @Setting(title = "Model", description = "The forecast's model column (with <Model>-lo-<level> and"
            + " <Model>-hi-<level> companions); empty: the first such column.", columnOfInputPort = 0)
    public String model = "";

    @Setting(title = "Corrected forecast column", description = "Column of the corrected forecast; empty:"
            + " <Model>-corrected when the forecast table has it.", columnOfInputPort = 0)
    public String correctedColumn = "";

    @Setting(title = "Context points", description = "How many simulation points before the forecast start are shown"
            + " (0: all).", min = 0)
    public int contextPoints = 200;

    @Setting(title = "Whole simulation panel", description = "Adds a second panel with the whole simulation and the"
            + " forecast.")
    public boolean showWholeSimulation = false;

    @Setting(title = "Value axis label", description = "Label of the y axis, with its unit.")
    public String valueLabel = TraceColumns.MEMBRANE_POTENTIAL;

    public ComparisonPlotterNodeSettings() {
        super("");
    }
}
