package org.spikeflow.nodes.forecast.internal.scorer;

import org.spikeflow.core.settings.NodeSettings;
import org.spikeflow.core.settings.Setting;
import org.spikeflow.forecast.Metrics;
import org.spikeflow.nodes.forecast.internal.common.Traces;

/** Settings of the Forecast Scorer. */
public class ForecastScorerNodeSettings extends NodeSettings {

    @Setting(title = "Time column", description = "Numeric time column (ms) of all three tables.", required = true,
            columnOfInputPort = 0)
    public String timeColumn = Traces.TIME;

    @Setting(title = "Value column", description = "Numeric value column of the actual and the context table.",
            required = true, columnOfInputPort = 1)
    public String valueColumn = Traces.VALUE;

    @Setting(title = "Series column", description = "Column identifying the series (matched by value between the"
            + " tables); ignored when the forecast table has no such column.", columnOfInputPort = 0)
    public String seriesColumn = Traces.NEURON;

    @Setting(title = "Coincidence window", description = "Δ of the coincidence factor Γ: a predicted spike within"
            + " ±Δ of an actual one counts as a coincidence.", unit = "ms", min = 1e-9)
    public double window = Metrics.DEFAULT_COINCIDENCE_WINDOW;

    @Setting(title = "MASE period", description = "Seasonal period (steps) of the naive forecast that scales MASE;"
            + " 0: detected from the context.", min = 0, advanced = true)
    public int masePeriod = 0;
}
