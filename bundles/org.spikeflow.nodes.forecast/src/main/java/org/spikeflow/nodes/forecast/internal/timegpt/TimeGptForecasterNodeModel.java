package org.spikeflow.nodes.forecast.internal.timegpt;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import org.spikeflow.core.data.DataTable;
import org.spikeflow.core.data.DataTableSpec;
import org.spikeflow.core.data.DataType;
import org.spikeflow.core.io.UserGrants;
import org.spikeflow.core.node.ExecutionContext;
import org.spikeflow.core.node.NodeModel;
import org.spikeflow.core.port.PortObject;
import org.spikeflow.core.port.PortObjectSpec;
import org.spikeflow.core.port.PortType;
import org.spikeflow.core.settings.InvalidSettingsException;
import org.spikeflow.forecast.timegpt.TimeGptClient;
import org.spikeflow.forecast.timegpt.TimeGptEndpoint;
import org.spikeflow.forecast.timegpt.TimeGptException;
import org.spikeflow.forecast.timegpt.TimeGptRequest;
import org.spikeflow.forecast.timegpt.TimeGptSeries;
import org.spikeflow.forecast.timegpt.TimeGptSeriesForecast;
import org.spikeflow.forecast.timegpt.TimeGptSettings;
import org.spikeflow.nodes.forecast.internal.common.EmbeddedForecasting;
import org.spikeflow.nodes.forecast.internal.common.Traces;
import org.spikeflow.nodes.forecast.internal.common.Traces.Series;
import org.spikeflow.nodes.forecast.internal.local.LocalModel;

/** Forecasts the series of a trace table with Nixtla TimeGPT (all series in one request, partitioned if large). */
public class TimeGptForecasterNodeModel extends NodeModel<TimeGptForecasterNodeSettings> {

    /** The seed-style timestamp column (freq convention "seed"). */
    public static final String TIMESTAMP = "timestamp";

    private static final String NO_KEY_FALLBACK = "No Nixtla API key is set (NIXTLA_API_KEY or the 'apiKey' setting):"
            + " forecasting offline with the embedded model ";

    private static volatile Map<String, String> environment = System.getenv();

    /** Replaces the environment the key and base URL are read from (tests); {@code null} restores the process's. */
    public static void setEnvironment(Map<String, String> env) {
        environment = env == null ? System.getenv() : env;
    }

    public TimeGptForecasterNodeModel() {
        super(new PortType[] {DataTable.TYPE}, new PortType[] {DataTable.TYPE}, TimeGptForecasterNodeSettings.class);
    }

    /** @return the embedded model used instead of TimeGPT (no key and a fallback chosen), or null */
    private LocalModel fallback() throws InvalidSettingsException {
        TimeGptForecasterNodeSettings s = getSettings();
        if (s.offlineFallback.isBlank() || unchecked().hasApiKey()) {
            return null;
        }
        return LocalModel.byKey(s.offlineFallback);
    }

    private TimeGptSettings unchecked() throws InvalidSettingsException {
        TimeGptForecasterNodeSettings s = getSettings();
        // the endpoint first: it decides where the key may go; the environment's key is used, its URL judged there
        String endpoint = endpoint(s.baseUrl);
        String environmentKey = environment.get(TimeGptSettings.ENV_API_KEY);
        TimeGptSettings.Builder b = TimeGptSettings.builder().baseUrl(endpoint)
                .apiKey(environmentKey == null ? null : environmentKey.trim());
        if (s.apiKey != null && !s.apiKey.isBlank()) {
            b.apiKey(s.apiKey.trim());
        }
        try {
            b.connectTimeout(seconds(s.connectTimeoutSeconds)).readTimeout(seconds(s.readTimeoutSeconds))
                    .maxTotalTime(seconds(s.maxTotalTimeSeconds)).maxAttempts(s.maxAttempts);
        } catch (IllegalArgumentException e) {
            throw new InvalidSettingsException(e.getMessage());
        }
        return b.build();
    }

    /**
     * The endpoint that may receive the key: the file's {@code baseUrl} only if it is the official endpoint or the one
     * the user named outside the file (run option, else the environment).
     */
    private String endpoint(String fileUrl) throws InvalidSettingsException {
        String userUrl = getUserGrants().endpoint(UserGrants.TIMEGPT)
                .orElse(environment.getOrDefault(TimeGptSettings.ENV_BASE_URL, ""));
        try {
            TimeGptEndpoint.choose("", userUrl);
        } catch (IllegalArgumentException e) {
            throw new InvalidSettingsException(e.getMessage());
        }
        try {
            return TimeGptEndpoint.choose(fileUrl, userUrl);
        } catch (IllegalArgumentException e) {
            throw new InvalidSettingsException("Setting 'baseUrl': " + e.getMessage());
        }
    }

    /** @return the connection settings; fails with instructions when there is no API key */
    TimeGptSettings connection() throws InvalidSettingsException {
        TimeGptSettings settings = unchecked();
        if (!settings.hasApiKey()) {
            throw new InvalidSettingsException("No Nixtla API key is set. Set the environment variable "
                    + TimeGptSettings.ENV_API_KEY + " before starting Spikeflow, or bind a flow variable to the"
                    + " setting 'apiKey' (it is never saved in the workflow). To forecast offline without a key, use"
                    + " the Local Forecaster node (org.spikeflow.nodes.forecast.local), e.g. with model"
                    + " izhikevichensemble, or set this node's 'offlineFallback' to such a model.");
        }
        return settings;
    }

    private static Duration seconds(double s) {
        return Duration.ofNanos(Math.round(s * 1e9));
    }

    private DataTableSpec outSpec(DataTableSpec in) throws InvalidSettingsException {
        TimeGptForecasterNodeSettings s = getSettings();
        DataType seriesType = Traces.checkSpec(in, "input table", s.timeColumn, s.valueColumn, s.seriesColumn);
        return Traces.forecastSpec(s.timeColumn, s.seriesColumn, seriesType,
                s.freqConvention == FreqConvention.LEGACY_PYTHON ? List.of(TIMESTAMP) : List.of(),
                Traces.modelColumns(TimeGptSeriesForecast.MODEL_COLUMN, Traces.levels(s.levels)));
    }

    @Override
    protected PortObjectSpec[] configure(PortObjectSpec[] inSpecs) throws InvalidSettingsException {
        DataTableSpec in = (DataTableSpec) inSpecs[0];
        LocalModel fallback = fallback();
        if (fallback != null) {
            TimeGptForecasterNodeSettings s = getSettings();
            setInfoMessage(NO_KEY_FALLBACK + fallback.columnName()); // the fallback the workflow asks for
            return new PortObjectSpec[] {in == null
                    ? null
                    : EmbeddedForecasting.spec(in, s.timeColumn,
                            s.valueColumn, s.seriesColumn, fallback.columnName(), Traces.levels(s.levels),
                            s.freqConvention == FreqConvention.LEGACY_PYTHON)};
        }
        connection();
        return new PortObjectSpec[] {in == null ? null : outSpec(in)};
    }

    @Override
    protected PortObject[] execute(PortObject[] inObjects, ExecutionContext exec) throws Exception {
        TimeGptForecasterNodeSettings s = getSettings();
        DataTable in = (DataTable) inObjects[0];
        LocalModel fallback = fallback();
        if (fallback != null) {
            setInfoMessage(NO_KEY_FALLBACK + fallback.columnName()); // the fallback the workflow asks for
            return new PortObject[] {EmbeddedForecasting.forecast(in, s.timeColumn, s.valueColumn, s.seriesColumn,
                    fallback.key(), fallback.columnName(), s.h, Traces.levels(s.levels), 0,
                    s.freqConvention == FreqConvention.LEGACY_PYTHON, s.samplingInterval, exec)};
        }
        TimeGptSettings connection = connection();
        DataTableSpec spec = outSpec(in.getSpec());
        boolean hasSeries = spec.getNumColumns() > 1 && spec.getColumnSpec(1).name().equals(s.seriesColumn)
                && in.getSpec().containsColumn(s.seriesColumn);
        List<Series> all = Traces.read(in, s.timeColumn, s.valueColumn, s.seriesColumn);
        if (all.isEmpty()) {
            throw new IllegalArgumentException("The input table has no rows with a time and a value");
        }
        List<TimeGptSeries> series = new ArrayList<>();
        for (Series x : all) {
            series.add(new TimeGptSeries(hasSeries ? x.label() : "series", x.values(), x.time()[0], s.dt(x)));
        }
        TimeGptRequest request = TimeGptRequest.builder(s.h).series(series).model(s.model.apiName())
                .levels(Traces.levels(s.levels)).finetuneSteps(s.finetuneSteps).finetuneDepth(s.finetuneDepth)
                .finetuneLoss(s.finetuneLoss).convention(s.freqConvention.convention()).build();
        exec.checkCanceled();
        exec.setProgress(0, "Sending " + all.size() + " series to TimeGPT (" + s.model.apiName() + ")");
        getLogger().info("TimeGPT request: " + all.size() + " series, h=" + s.h + ""
                + ", base URL " + connection.baseUrl());
        List<TimeGptSeriesForecast> result;
        try (TimeGptClient client = new TimeGptClient(connection)) {
            result = client.forecast(request);
        } catch (TimeGptException e) {
            throw new IllegalStateException("TimeGPT request failed: " + e.getMessage(), e);
        }
        if (result.size() != all.size()) {
            throw new IllegalStateException("TimeGPT returned " + result.size() + " forecasts for " + all.size()
                    + " series");
        }
        boolean seed = s.freqConvention == FreqConvention.LEGACY_PYTHON;
        Traces.Writer writer = new Traces.Writer(spec, hasSeries, seed ? 1 : 0);
        for (int i = 0; i < all.size(); i++) {
            exec.checkCanceled();
            exec.setProgress((double) i / all.size(), "Writing series " + (i + 1) + " of " + all.size());
            TimeGptSeriesForecast f = result.get(i);
            // times continue the input's own axis (the request may use another sampling interval)
            writer.add(all.get(i), all.get(i).continuation(s.h), seed ? f.timestamps() : null, f.forecast());
        }
        exec.setProgress(1, all.size() + " series forecast");
        return new PortObject[] {writer.build()};
    }
}
