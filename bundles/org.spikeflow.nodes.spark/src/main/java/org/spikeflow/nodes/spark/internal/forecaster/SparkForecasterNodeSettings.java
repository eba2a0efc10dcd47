package org.spikeflow.nodes.spark.internal.forecaster;

import org.spikeflow.core.data.TraceColumns;
import org.spikeflow.core.settings.NodeSettings;
import org.spikeflow.core.settings.Setting;

/** Settings of the Spark Forecaster. */
public class SparkForecasterNodeSettings extends NodeSettings {
    @Setting(title = "Model", description = "naive, drift, seasonalnaive, ets or izhikevichfit (the Local"
            + " Forecaster's embedded models).", pattern = "^(naive|drift|seasonalnaive|ets|izhikevichfit)$")
    public String model = "seasonalnaive";

    @Setting(title = "Series column", description = "The column that tells the series apart.", required = true)
    public String seriesColumn = "Neuron";

    @Setting(title = "Time column", description = "The column that orders each series.", required = true)
    public String timeColumn = TraceColumns.TIME;

    @Setting(title = "Value column", description = "The column to forecast.", required = true)
    public String valueColumn = TraceColumns.MEMBRANE_POTENTIAL;

    @Setting(title = "Horizon", description = "Steps to forecast after the end of each series.", min = 1)
    public int h = 200;

    @Setting(title = "Sampling interval", description = "Time between samples of the (regularly sampled) series.",
            unit = "ms", min = 1e-12)
    public double dt = 0.25;
}
