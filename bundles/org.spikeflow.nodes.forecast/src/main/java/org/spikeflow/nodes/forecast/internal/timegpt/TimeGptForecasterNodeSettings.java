package org.spikeflow.nodes.forecast.internal.timegpt;

import java.util.ArrayList;
import java.util.List;

import org.spikeflow.core.settings.InvalidSettingsException;
import org.spikeflow.core.settings.Setting;
import org.spikeflow.nodes.forecast.internal.common.SeriesColumnsSettings;
import org.spikeflow.nodes.forecast.internal.common.Traces;

/** Settings of the TimeGPT Forecaster. The API key is a secret: never saved, never logged. */
public class TimeGptForecasterNodeSettings extends SeriesColumnsSettings {

    @Setting(title = "Horizon", description = "Number of steps to forecast after the end of each series.", min = 1)
    public int h = 200;

    @Setting(title = "Interval levels", description = "Levels (percent) of the prediction intervals, each in (0,"
            + " 100).", unit = "%")
    public List<Integer> levels = new ArrayList<>(List.of(80, 90));

    @Setting(title = "Model", description = "timegpt-1 or timegpt-1-long-horizon.")
    public TimeGptModel model = TimeGptModel.TIMEGPT_1;

    @Setting(title = "Finetune steps", description = "Number of fine-tuning steps on the input (0: none).", min = 0)
    public int finetuneSteps = 0;

    @Setting(title = "Finetune depth", description = "How many layers are fine-tuned (1 to 5).", min = 1, max = 5)
    public int finetuneDepth = 1;

    @Setting(title = "Finetune loss", description = "Loss of the fine-tuning: default, mae, mse, rmse, mape or"
            + " smape.", pattern = "default|mae|mse|rmse|mape|smape")
    public String finetuneLoss = "default";

    @Setting(title = "Frequency convention", description = "derived: the frequency string is derived from the"
            + " sampling interval (0.25 ms → 250us); seed: single_neuron.py's convention, every step relabelled as 25ms"
            + " from 2023-01-01, with a 'timestamp' column in the output.")
    public FreqConvention freqConvention = FreqConvention.DERIVED;

    @Setting(title = "Offline fallback", description = "What to do without an API key: empty fails at configure"
            + " (the default); an embedded model (naive, drift, seasonalnaive, contextmedian, ets, izhikevichfit,"
            + " izhikevichensemble) forecasts"
            + " offline instead, with a warning, and its columns are named after it (e.g. IzhikevichFit-lo-80).",
            pattern = "|naive|drift|seasonalnaive|contextmedian|ets|izhikevichfit|izhikevichensemble")
    public String offlineFallback = "";

    @Setting(title = "Base URL", description = "Base URL of the API; empty: the endpoint the user named (spikeflow"
            + " run --timegpt-url, else the environment variable NIXTLA_BASE_URL), else https://api.nixtla.io. Since"
            + " a workflow file may come from anyone, another value is accepted only if it is https://api.nixtla.io"
            + " or the endpoint the user named.", pattern = "|https?://.+", advanced = true)
    public String baseUrl = "";

    @Setting(title = "API key", description = "Nixtla API key. A secret: never written to the workflow file or a"
            + " log. Empty: the environment variable NIXTLA_API_KEY; or bind a flow variable to this setting.",
            secret = true)
    public String apiKey = "";

    @Setting(title = "Connect timeout", description = "Timeout to establish a connection.", unit = "s",
            min = 0.001, advanced = true)
    public double connectTimeoutSeconds = 10;

    @Setting(title = "Read timeout", description = "Timeout waiting for the response of one attempt.", unit = "s",
            min = 0.001, advanced = true)
    public double readTimeoutSeconds = 60;

    @Setting(title = "Total time limit", description = "Bound on one request including retries and back-off.",
            unit = "s", min = 0.001, advanced = true)
    public double maxTotalTimeSeconds = 360;

    @Setting(title = "Attempts", description = "HTTP attempts per request (retries on 408, 409, 429, 502, 503, 504"
            + " and network errors; 1: no retry).", min = 1, max = 100, advanced = true)
    public int maxAttempts = 6;

    @Override
    public void validate() throws InvalidSettingsException {
        Traces.levels(levels);
    }
}
