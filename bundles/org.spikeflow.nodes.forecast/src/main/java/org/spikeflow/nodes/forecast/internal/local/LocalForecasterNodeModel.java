package org.spikeflow.nodes.forecast.internal.local;

import java.util.List;

import org.spikeflow.core.data.DataTable;
import org.spikeflow.core.data.DataTableSpec;
import org.spikeflow.core.data.DataType;
import org.spikeflow.core.node.ExecutionContext;
import org.spikeflow.core.node.NodeModel;
import org.spikeflow.core.port.PortObject;
import org.spikeflow.core.port.PortObjectSpec;
import org.spikeflow.core.port.PortType;
import org.spikeflow.core.settings.InvalidSettingsException;
import org.spikeflow.forecast.Forecast;
import org.spikeflow.forecast.Forecaster;
import org.spikeflow.forecast.Forecasters;
import org.spikeflow.nodes.forecast.internal.common.Traces;
import org.spikeflow.nodes.forecast.internal.common.Traces.Series;

/** Forecasts each series of a trace table with one embedded model. */
public class LocalForecasterNodeModel extends NodeModel<LocalForecasterNodeSettings> {

    public LocalForecasterNodeModel() {
        super(new PortType[] {DataTable.TYPE}, new PortType[] {DataTable.TYPE}, LocalForecasterNodeSettings.class);
    }

    private DataTableSpec outSpec(DataTableSpec in) throws InvalidSettingsException {
        LocalForecasterNodeSettings s = getSettings();
        DataType seriesType = Traces.checkSpec(in, "input table", s.timeColumn, s.valueColumn, s.seriesColumn);
        return Traces.forecastSpec(s.timeColumn, s.seriesColumn, seriesType, List.of(),
                Traces.modelColumns(s.model.columnName(), Traces.levels(s.levels)));
    }

    @Override
    protected PortObjectSpec[] configure(PortObjectSpec[] inSpecs) throws InvalidSettingsException {
        DataTableSpec in = (DataTableSpec) inSpecs[0];
        return new PortObjectSpec[] {in == null ? null : outSpec(in)};
    }

    @Override
    protected PortObject[] execute(PortObject[] inObjects, ExecutionContext exec) throws Exception {
        LocalForecasterNodeSettings s = getSettings();
        DataTable in = (DataTable) inObjects[0];
        DataTableSpec spec = outSpec(in.getSpec());
        boolean hasSeries = spec.getNumColumns() > 1 && spec.getColumnSpec(1).name().equals(s.seriesColumn)
                && in.getSpec().containsColumn(s.seriesColumn);
        double[] levels = Traces.levels(s.levels);
        List<Series> all = Traces.read(in, s.timeColumn, s.valueColumn, s.seriesColumn);
        if (all.isEmpty()) {
            throw new IllegalArgumentException("The input table has no rows with a time and a value");
        }
        Forecaster forecaster = Forecasters.byName(s.model.key());
        Traces.Writer writer = new Traces.Writer(spec, hasSeries, 0);
        for (int i = 0; i < all.size(); i++) {
            exec.checkCanceled();
            Series series = all.get(i).last(s.contextLength);
            String what = hasSeries ? "series " + s.seriesColumn + " = " + series.label() : "the series";
            exec.setProgress((double) i / all.size(), "Forecasting " + what + " (" + (i + 1) + " of " + all.size()
                    + ") with " + s.model.columnName());
            double dt = series.dt();
            Forecast f;
            try {
                f = forecaster.forecast(series.values(), dt, s.h, levels).renamed(s.model.columnName());
            } catch (IllegalArgumentException e) {
                throw new IllegalArgumentException(s.model.columnName() + " cannot forecast " + what + ": "
                        + e.getMessage(), e);
            }
            double last = series.time()[series.size() - 1];
            double[] times = new double[s.h];
            for (int k = 0; k < s.h; k++) {
                times[k] = last + (k + 1) * dt;
            }
            writer.add(series, times, null, f);
        }
        exec.setProgress(1, all.size() + " series forecast");
        return new PortObject[] {writer.build()};
    }
}
