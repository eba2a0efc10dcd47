package org.spikeflow.spark;

/**
 * An embedded forecaster (org.spikeflow.forecast) applied to every series of a long table (one row per series and time
 * step), grouped by series on the cluster. Output: series, step (1..horizon), model, mean.
 */
public final class ForecastSpec implements java.io.Serializable {
    private static final long serialVersionUID = 1L;
    /** a name known to Forecasters.byName: naive, drift, seasonalnaive, ets, izhikevichfit */
    public String model = "seasonalnaive";
    public String seriesColumn = "series";
    public String timeColumn = "t";
    public String valueColumn = "y";
    public int horizon = 10;
    /** sampling interval of the series in ms */
    public double dt = 1;
}
