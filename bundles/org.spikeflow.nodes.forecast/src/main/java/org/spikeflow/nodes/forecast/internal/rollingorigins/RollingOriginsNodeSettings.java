package org.spikeflow.nodes.forecast.internal.rollingorigins;

import org.spikeflow.core.settings.NodeSettings;
import org.spikeflow.core.settings.Setting;
import org.spikeflow.nodes.forecast.internal.common.Traces;

/** Settings of Rolling Origins. */
public class RollingOriginsNodeSettings extends NodeSettings {
    @Setting(title = "Time column", description = "Numeric column with the time of each sample (ms).",
            required = true, columnOfInputPort = 0)
    public String timeColumn = Traces.TIME;

    @Setting(title = "Series column", description = "Column splitting the table into several series (origins per"
            + " series); ignored when the table has no such column.", columnOfInputPort = 0)
    public String seriesColumn = Traces.NEURON;

    @Setting(title = "Horizon", description = "Samples after each origin: the backtest forecast's length. The last"
            + " origin leaves exactly this many samples after it.", min = 1)
    public int h = 200;

    @Setting(title = "Origins", description = "Number of origins per series (fewer when the series is too short).",
            min = 1, max = 10000)
    public int origins = 5;

    @Setting(title = "Spacing", description = "Samples between consecutive origins; below the horizon the"
            + " backtests overlap.", min = 1)
    public int spacing = 200;

    @Setting(title = "Minimum context", description = "Samples that must precede every origin.", min = 1)
    public int minimumContext = 100;

    @Setting(title = "Context length", description = "Samples before each origin to output; 0: all of them.",
            min = 0)
    public int contextLength = 0;

    @Setting(title = "Origin column", description = "Name of the added column naming each origin.",
            required = true)
    public String originColumn = "Origin";
}
