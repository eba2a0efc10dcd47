package org.spikeflow.nodes.dl.internal.common;

import org.spikeflow.core.data.TraceColumns;
import org.spikeflow.core.settings.NodeSettings;
import org.spikeflow.core.settings.Setting;

/** Columns of the base forecast table, shared by the trainer and the corrector. */
public abstract class ForecastColumnsSettings extends NodeSettings {
    @Setting(title = "Forecast column", description = "The base forecast's column (e.g. IzhikevichFit or TimeGPT);"
            + " empty picks the one numeric column that is not the time, the series column or an interval bound.")
    public String forecastColumn = "";

    @Setting(title = "Time column", description = "Time column of the forecast, actual and context tables.",
            required = true)
    public String timeColumn = TraceColumns.TIME;

    @Setting(title = "Series column", description = "Column that splits tables into series (e.g. Neuron); ignored"
            + " where a table does not have it.")
    public String seriesColumn = "Neuron";

    @Setting(title = "Trace value column", description = "Value column of the actual and context trace tables.",
            required = true)
    public String valueColumn = TraceColumns.MEMBRANE_POTENTIAL;

    @Setting(title = "Threads", description = "PyTorch threads; one is best on small machines shared with other"
            + " work.", min = 1, max = 64, advanced = true)
    public int threads = 1;
}
