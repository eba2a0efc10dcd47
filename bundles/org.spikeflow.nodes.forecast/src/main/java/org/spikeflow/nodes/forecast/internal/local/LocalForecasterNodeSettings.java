package org.spikeflow.nodes.forecast.internal.local;

import java.util.ArrayList;
import java.util.List;

import org.spikeflow.core.settings.InvalidSettingsException;
import org.spikeflow.core.settings.Setting;
import org.spikeflow.core.settings.SettingsMigration;
import org.spikeflow.nodes.forecast.internal.common.SeriesColumnsSettings;
import org.spikeflow.nodes.forecast.internal.common.Traces;

import com.fasterxml.jackson.databind.node.TextNode;

/** Settings of the Local Forecaster. */
public class LocalForecasterNodeSettings extends SeriesColumnsSettings {

    @Setting(title = "Model", description = "izhikevichensemble (the default: a stochastic Izhikevich neuron fitted"
            + " to the context, its state tracked by a particle filter, forecast by an ensemble of noisy simulations;"
            + " exact on noise-free Izhikevich traces), naive (last value), drift (line through first and last"
            + " value), seasonalnaive (period detected from the data), contextmedian (the context's median and"
            + " percentiles), ets (additive Holt-Winters) or izhikevichfit (a deterministic Izhikevich neuron fitted"
            + " to the context and simulated forward).")
    public LocalModel model = LocalModel.IZHIKEVICH_ENSEMBLE;

    @Setting(title = "Horizon", description = "Number of steps to forecast after the end of each series.", min = 1)
    public int h = 200;

    @Setting(title = "Interval levels", description = "Levels (percent) of the prediction intervals, each in (0,"
            + " 100).", unit = "%")
    public List<Integer> levels = new ArrayList<>(List.of(80, 90));

    @Setting(title = "Context length", description = "Number of most recent points of each series to fit on; 0"
            + " uses all.", min = 0)
    public int contextLength = 0;

    @Setting(title = "Seed timestamps", description = "Adds single_neuron.py's 'timestamp' column: every sample"
            + " relabelled as 25 ms from 2023-01-01 00:00:00.000, counted from the first context point (as in"
            + " single_neuron.py's forecast files).")
    public boolean seedTimestamps = false;

    /**
     * Version 2: the default model became izhikevichensemble. Files of version 1 that name no model meant the default
     * of their time, izhikevichfit, and keep it; files naming a model keep theirs.
     */
    @Override
    public List<SettingsMigration> migrations() {
        return List.of(SettingsMigration.addSetting(1, "model", TextNode.valueOf(LocalModel.IZHIKEVICH_FIT.key())));
    }

    @Override
    public void validate() throws InvalidSettingsException {
        Traces.levels(levels);
    }
}
