/**
 * Embedded forecasters that need no cloud key, and forecast metrics. Plain Java (Commons Math and the Izhikevich
 * science bundle), no dependency on the node API.
 *
 * <p>A {@link org.spikeflow.forecast.Forecaster} fits a univariate series sampled every {@code dt} ms and forecasts
 * {@code h} steps with intervals at the requested levels; the result ({@link org.spikeflow.forecast.Forecast}) names
 * its columns like Nixtla's SDK ({@link org.spikeflow.forecast.ForecastColumns}): {@code <Model>},
 * {@code <Model>-hi-80}, {@code <Model>-hi-90}, {@code <Model>-lo-80}, {@code <Model>-lo-90}. Models
 * ({@link org.spikeflow.forecast.Forecasters}): naive, drift, seasonal naive with a detected period
 * ({@link org.spikeflow.forecast.PeriodDetection}), the context median, additive Holt–Winters / ETS(A,A,A), the
 * deterministic Izhikevich-fit forecaster ({@link org.spikeflow.forecast.IzhikevichFitForecaster}) and the default for
 * neuron traces, the stochastic Izhikevich ensemble ({@link org.spikeflow.forecast.IzhikevichEnsembleForecaster}).
 * Metrics: {@link org.spikeflow.forecast.Metrics}.
 */
@org.osgi.annotation.versioning.Version("0.1.0")
package org.spikeflow.forecast;
