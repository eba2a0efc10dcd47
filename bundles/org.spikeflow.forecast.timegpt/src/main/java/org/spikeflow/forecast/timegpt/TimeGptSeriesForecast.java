package org.spikeflow.forecast.timegpt;

import java.util.List;

import org.spikeflow.forecast.Forecast;

/**
 * The forecast of one series: values and interval bounds (model name {@code TimeGPT}, columns
 * {@code TimeGPT, TimeGPT-hi-80, TimeGPT-hi-90, TimeGPT-lo-80, TimeGPT-lo-90}), the forecast times in ms continuing the
 * input, and for {@link TimeConvention#LEGACY_PYTHON} the seed-style timestamps.
 *
 * @param id
 *            series identifier
 * @param forecast
 *            point forecast and bounds
 * @param timesMs
 *            time of each forecast step in ms (last input time + k&middot;dt, k = 1..h)
 * @param timestamps
 *            seed-style labels ({@code 2023-01-01 00:00:50.000}, ...) or {@code null} for
 *            {@link TimeConvention#DERIVED}
 * @param freq
 *            the frequency string that was sent
 */
public record TimeGptSeriesForecast(String id, Forecast forecast, double[] timesMs, List<String> timestamps,
        String freq) {

    /** Model name / column prefix of TimeGPT forecasts, as the SDK names it. */
    public static final String MODEL_COLUMN = "TimeGPT";

    public TimeGptSeriesForecast {
        timesMs = timesMs.clone();
        timestamps = timestamps == null ? null : List.copyOf(timestamps);
    }

    @Override
    public double[] timesMs() {
        return timesMs.clone();
    }
}
