package org.spikeflow.nodes.forecast.internal.parameterupdate;

import java.util.List;

import org.spikeflow.core.settings.Setting;
import org.spikeflow.core.settings.SettingsMigration;
import org.spikeflow.nodes.forecast.internal.common.SeriesColumnsSettings;

import com.fasterxml.jackson.databind.node.DoubleNode;

/** Settings of the Izhikevich Parameter Update node. */
public class ParameterUpdateNodeSettings extends SeriesColumnsSettings {

    @Setting(title = "Rule", description = "seed: I ← mean(|forecast|)·gain + offset, as single_neuron.py did; refit:"
            + " a, b, c, d and I fitted to the latest actual trace (input 2); keep: unchanged.")
    public UpdateRule rule = UpdateRule.CURRENT_FROM_FORECAST;

    @Setting(title = "Forecast column", description = "Column of the forecast table (input 1) the 'seed' rule"
            + " averages; empty: the first model column (a column M with M-lo-L and M-hi-L companions).",
            columnOfInputPort = 1)
    public String forecastColumn = "";

    @Setting(title = "Gain", description = "Factor of mean(|forecast|) in the 'seed' rule (single_neuron.py's 0.1).",
            unit = "pA/mV")
    public double gain = 0.1;

    @Setting(title = "Offset", description = "Constant of the 'seed' rule (single_neuron.py's 5).", unit = "pA")
    public double offset = 5;

    @Setting(title = "Continue from the last state", description = "On: the next cycle starts where this one ended"
            + " (v0, u0 = the simulation's Final v, Final u). Off: it restarts at v0 = restart potential, u0 = b·v0,"
            + " as single_neuron.py did.")
    public boolean continueState = true;

    @Setting(title = "Restart potential", description = "v0 when not continuing from the last state.", unit = "mV")
    public double restartPotential = -65;

    @Setting(title = "Fit time limit", description = "Safety cap on each refit's CPU time (rule refit); refits are"
            + " bounded by an evaluation budget, so they are reproducible unless this cap cuts one short.", unit = "s",
            min = 0.1, advanced = true)
    public double fitTimeLimitSeconds = 20;

    /** Version 2: the fit time limit in seconds, as every other time limit of the forecasting nodes. */
    @Override
    public List<SettingsMigration> migrations() {
        return List.of(SettingsMigration.renameAndConvert(1, "fitTimeLimitMillis", "fitTimeLimitSeconds",
                "fitTimeLimitMillis (ms) became fitTimeLimitSeconds (s)",
                millis -> millis.isNumber() ? DoubleNode.valueOf(millis.doubleValue() / 1000) : millis));
    }
}
