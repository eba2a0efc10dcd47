package org.spikeflow.nodes.forecast.internal.common;

import org.spikeflow.core.settings.NodeSettings;
import org.spikeflow.core.settings.Setting;

/** The input columns of the forecaster nodes: time, value and an optional series key. */
public abstract class SeriesColumnsSettings extends NodeSettings {
    @Setting(title = "Time column", description = "Numeric column with the time of each sample (ms).",
            required = true, columnOfInputPort = 0)
    public String timeColumn = Traces.TIME;

    @Setting(title = "Value column", description = "Numeric column with the values to forecast.", required = true,
            columnOfInputPort = 0)
    public String valueColumn = Traces.VALUE;

    @Setting(title = "Series column", description = "Column splitting the table into several series (one"
            + " forecast each); ignored when the table has no such column.", columnOfInputPort = 0)
    public String seriesColumn = Traces.NEURON;
}
