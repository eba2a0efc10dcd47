package org.spikeflow.nodes.forecast.internal.common;

import java.util.ArrayList;
import java.util.List;

import org.spikeflow.core.data.DataTable;
import org.spikeflow.core.data.DataTableSpec;
import org.spikeflow.core.data.DataType;
import org.spikeflow.core.node.ExecutionContext;
import org.spikeflow.core.settings.InvalidSettingsException;
import org.spikeflow.forecast.Forecast;
import org.spikeflow.forecast.ForecastColumns;
import org.spikeflow.forecast.Forecaster;
import org.spikeflow.forecast.Forecasters;
import org.spikeflow.nodes.forecast.internal.common.Traces.Series;

/**
 * Forecasting the series of a trace table with an embedded model: used by the Local Forecaster and by the TimeGPT
 * Forecaster's offline fallback, so both give the same table.
 */
public final class EmbeddedForecasting {

    private EmbeddedForecasting() {
    }

    /**
     * @return the forecast table's spec: time, [series], [timestamp], the model's columns
     * @throws InvalidSettingsException
     *             naming the missing or mistyped column
     */
    public static DataTableSpec spec(DataTableSpec in, String timeColumn, String valueColumn, String seriesColumn,
            String modelColumn, double[] levels, boolean seedTimestamps) throws InvalidSettingsException {
        DataType seriesType = Traces.checkSpec(in, "input table", timeColumn, valueColumn, seriesColumn);
        return Traces.forecastSpec(timeColumn, seriesColumn, seriesType,
                seedTimestamps ? List.of(ForecastColumns.TIMESTAMP) : List.of(),
                Traces.modelColumns(modelColumn, levels));
    }

    /**
     * Forecasts every series of {@code in} (its last {@code contextLength} points; 0: all) {@code h} steps ahead.
     *
     * @param samplingInterval
     *            time between samples (ms) for the models; 0: each series' median time step. The output's time column
     *            always continues the input's time axis (its median step).
     * @param modelKey
     *            name for {@link Forecasters#byName}
     * @param modelColumn
     *            column prefix of the model's columns
     */
    public static DataTable forecast(DataTable in, String timeColumn, String valueColumn, String seriesColumn,
            String modelKey, String modelColumn, int h, double[] levels, int contextLength, boolean seedTimestamps,
            double samplingInterval, ExecutionContext exec) throws Exception {
        DataTableSpec spec = spec(in.getSpec(), timeColumn, valueColumn, seriesColumn, modelColumn, levels,
                seedTimestamps);
        boolean hasSeries = spec.getNumColumns() > 1 && spec.getColumnSpec(1).name().equals(seriesColumn)
                && in.getSpec().containsColumn(seriesColumn);
        List<Series> all = Traces.read(in, timeColumn, valueColumn, seriesColumn);
        if (all.isEmpty()) {
            throw new IllegalArgumentException("The input table has no rows with a time and a value");
        }
        Forecaster forecaster = Forecasters.byName(modelKey);
        Traces.Writer writer = new Traces.Writer(spec, hasSeries, seedTimestamps ? 1 : 0);
        for (int i = 0; i < all.size(); i++) {
            exec.checkCanceled();
            Series series = all.get(i).last(contextLength);
            String what = hasSeries ? "series " + seriesColumn + " = " + series.label() : "the series";
            exec.setProgress((double) i / all.size(), "Forecasting " + what + " (" + (i + 1) + " of " + all.size()
                    + ") with " + modelColumn);
            double dt = samplingInterval > 0 ? samplingInterval : series.dt();
            Forecast f;
            try {
                f = forecaster.forecast(series.values(), dt, h, levels).renamed(modelColumn);
            } catch (IllegalArgumentException e) {
                throw new IllegalArgumentException(modelColumn + " cannot forecast " + what + ": " + e.getMessage(),
                        e);
            }
            // the output's times continue the input's time axis, whatever step the model integrates with
            List<String> stamps = seedTimestamps ? new ArrayList<>(h) : null;
            for (int k = 0; stamps != null && k < h; k++) {
                stamps.add(ForecastColumns.seedTimestamp(series.size() + k));
            }
            writer.add(series, series.continuation(h), stamps, f);
        }
        exec.setProgress(1, all.size() + " series forecast");
        return writer.build();
    }
}
