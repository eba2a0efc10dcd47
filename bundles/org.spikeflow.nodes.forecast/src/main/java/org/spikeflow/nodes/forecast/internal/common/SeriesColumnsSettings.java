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

    @Setting(title = "Sampling interval", description = "Time between samples; 0: the median step of the time"
            + " column. Set it to the integration step (e.g. 0.25) for traces whose time axis is single_neuron.py's"
            + " linspace(0, T, n), whose steps are slightly longer than dt. The output's time column continues the"
            + " input's time axis either way.", unit = "ms", min = 0, advanced = true)
    public double samplingInterval = 0;

    /** @return the sampling interval of {@code series}: the setting, else its median time step */
    public double dt(Traces.Series series) {
        return samplingInterval > 0 ? samplingInterval : series.dt();
    }
}
