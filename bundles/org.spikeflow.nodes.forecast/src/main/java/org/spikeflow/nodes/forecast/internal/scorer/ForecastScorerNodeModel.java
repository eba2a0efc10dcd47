package org.spikeflow.nodes.forecast.internal.scorer;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeSet;

import org.spikeflow.core.data.Column;
import org.spikeflow.core.data.ColumnBuilder;
import org.spikeflow.core.data.DataColumnSpec;
import org.spikeflow.core.data.DataTable;
import org.spikeflow.core.data.DataTableSpec;
import org.spikeflow.core.data.DataType;
import org.spikeflow.core.node.ExecutionContext;
import org.spikeflow.core.node.NodeModel;
import org.spikeflow.core.port.PortObject;
import org.spikeflow.core.port.PortObjectSpec;
import org.spikeflow.core.port.PortType;
import org.spikeflow.core.settings.InvalidSettingsException;
import org.spikeflow.forecast.ForecastColumns;
import org.spikeflow.forecast.Metrics;
import org.spikeflow.forecast.PeriodDetection;
import org.spikeflow.nodes.forecast.internal.common.Traces;
import org.spikeflow.nodes.forecast.internal.common.Traces.Series;

/** Scores each model of a forecast table against the actual continuation: one row per series and model. */
public class ForecastScorerNodeModel extends NodeModel<ForecastScorerNodeSettings> {

    public static final String MODEL = "Model";
    public static final String MAE = "MAE";
    public static final String RMSE = "RMSE";
    public static final String MASE = "MASE";
    public static final String POINTS = "Points";
    public static final String SPIKE_COUNT_ERROR = "Spike count error";
    public static final String GAMMA = "Gamma";

    public ForecastScorerNodeModel() {
        super(new PortType[] {DataTable.TYPE, DataTable.TYPE, DataTable.TYPE_OPTIONAL},
                new PortType[] {DataTable.TYPE}, ForecastScorerNodeSettings.class);
    }

    /** @return coverage column name of a level */
    public static String coverage(double level) {
        return "Coverage-" + ForecastColumns.levelKey(level);
    }

    private DataTableSpec outSpec(DataTableSpec forecast, DataTableSpec actual, DataTableSpec context)
            throws InvalidSettingsException {
        ForecastScorerNodeSettings s = getSettings();
        if (!forecast.containsColumn(s.timeColumn)) {
            throw new InvalidSettingsException("The forecast table has no time column '" + s.timeColumn
                    + "'; its columns: " + forecast.columnNames());
        }
        List<Traces.ModelColumns> models = Traces.detectModels(forecast);
        if (models.isEmpty()) {
            throw new InvalidSettingsException("The forecast table has no model columns (a column M with companions"
                    + " M-lo-<level> and M-hi-<level>); its columns: " + forecast.columnNames());
        }
        Traces.checkSpec(actual, "actual table", s.timeColumn, s.valueColumn, s.seriesColumn);
        Traces.checkSpec(context, "context table", s.timeColumn, s.valueColumn, s.seriesColumn);
        List<DataColumnSpec> cols = new ArrayList<>();
        if (hasSeries(forecast)) {
            cols.add(new DataColumnSpec(s.seriesColumn, DataType.STRING));
        }
        cols.add(new DataColumnSpec(MODEL, DataType.STRING));
        cols.add(new DataColumnSpec(POINTS, DataType.INT));
        cols.add(new DataColumnSpec(MAE, DataType.DOUBLE));
        cols.add(new DataColumnSpec(RMSE, DataType.DOUBLE));
        cols.add(new DataColumnSpec(MASE, DataType.DOUBLE));
        for (double level : allLevels(models)) {
            cols.add(new DataColumnSpec(coverage(level), DataType.DOUBLE));
        }
        cols.add(new DataColumnSpec(SPIKE_COUNT_ERROR, DataType.INT));
        cols.add(new DataColumnSpec(GAMMA, DataType.DOUBLE));
        return new DataTableSpec(cols);
    }

    private boolean hasSeries(DataTableSpec forecast) {
        String c = getSettings().seriesColumn;
        return c != null && !c.isEmpty() && forecast.containsColumn(c);
    }

    private static double[] allLevels(List<Traces.ModelColumns> models) {
        TreeSet<Double> all = new TreeSet<>();
        for (Traces.ModelColumns m : models) {
            for (double l : m.levels()) {
                all.add(l);
            }
        }
        return all.stream().mapToDouble(Double::doubleValue).toArray();
    }

    @Override
    protected PortObjectSpec[] configure(PortObjectSpec[] inSpecs) throws InvalidSettingsException {
        DataTableSpec forecast = (DataTableSpec) inSpecs[0];
        if (forecast == null) {
            return new PortObjectSpec[] {null};
        }
        return new PortObjectSpec[] {outSpec(forecast, (DataTableSpec) inSpecs[1],
                inSpecs.length > 2 ? (DataTableSpec) inSpecs[2] : null)};
    }

    @Override
    protected PortObject[] execute(PortObject[] inObjects, ExecutionContext exec) throws Exception {
        ForecastScorerNodeSettings s = getSettings();
        DataTable forecast = (DataTable) inObjects[0];
        DataTable actual = (DataTable) inObjects[1];
        DataTable context = inObjects.length > 2 ? (DataTable) inObjects[2] : null;
        DataTableSpec spec = outSpec(forecast.getSpec(), actual.getSpec(), context == null ? null : context.getSpec());
        boolean hasSeries = hasSeries(forecast.getSpec());
        List<Traces.ModelColumns> models = Traces.detectModels(forecast.getSpec());
        double[] levels = allLevels(models);

        Map<String, Series> actualBySeries = bySeries(Traces.read(actual, s.timeColumn, s.valueColumn,
                hasSeries ? s.seriesColumn : null));
        Map<String, Series> contextBySeries = context == null
                ? Map.of()
                : bySeries(Traces.read(context, s.timeColumn, s.valueColumn, hasSeries ? s.seriesColumn : null));

        // forecast rows grouped by series, in order of first appearance
        Column time = forecast.getColumn(s.timeColumn);
        Column series = hasSeries ? forecast.getColumn(s.seriesColumn) : null;
        Map<String, List<Integer>> rows = new java.util.LinkedHashMap<>();
        for (int r = 0; r < forecast.getRowCount(); r++) {
            if (time.isMissing(r)) {
                continue;
            }
            rows.computeIfAbsent(series == null ? "" : series.format(r), k -> new ArrayList<>()).add(r);
        }

        ColumnBuilder[] out = new ColumnBuilder[spec.getNumColumns()];
        for (int i = 0; i < out.length; i++) {
            out[i] = Column.builder(spec.getColumnSpec(i).type(), 16);
        }
        int done = 0;
        for (Map.Entry<String, List<Integer>> e : rows.entrySet()) {
            exec.checkCanceled();
            exec.setProgress((double) done++ / rows.size(), "Scoring " + (hasSeries
                    ? "series " + e.getKey()
                    : "the forecast"));
            String what = hasSeries ? "series " + s.seriesColumn + " = " + e.getKey() : "the forecast";
            Series act = actualBySeries.get(e.getKey());
            if (act == null) {
                throw new IllegalArgumentException("The actual table has no values for " + what);
            }
            // pair forecast rows with actual values at the same time
            List<Integer> matched = new ArrayList<>();
            List<Double> matchedActual = new ArrayList<>();
            List<Double> matchedTime = new ArrayList<>();
            double tol = 1e-6 * Math.max(1e-9, act.dt());
            for (int r : e.getValue()) {
                double t = ((Number) time.getObject(r)).doubleValue();
                int k = find(act.time(), t, tol);
                if (k >= 0) {
                    matched.add(r);
                    matchedActual.add(act.values()[k]);
                    matchedTime.add(t);
                }
            }
            if (matched.isEmpty()) {
                throw new IllegalArgumentException("The actual table has no values at the forecast times of " + what);
            }
            if (matched.size() < e.getValue().size()) {
                setWarningMessage((e.getValue().size() - matched.size()) + " forecast rows of " + what
                        + " have no actual value at their time and are not scored");
            }
            double[] y = matchedActual.stream().mapToDouble(Double::doubleValue).toArray();
            double[] t = matchedTime.stream().mapToDouble(Double::doubleValue).toArray();
            double dt = Traces.samplingInterval(t);
            if (t.length < 2) {
                dt = act.dt();
            }
            Series ctx = contextBySeries.get(e.getKey());
            for (Traces.ModelColumns m : models) {
                double[] f = values(forecast.getColumn(m.name()), matched);
                int col = 0;
                if (hasSeries) {
                    out[col++].appendObject(e.getKey());
                }
                out[col++].appendObject(m.name());
                out[col++].appendObject(y.length);
                out[col++].appendObject(Metrics.mae(y, f));
                out[col++].appendObject(Metrics.rmse(y, f));
                out[col++].appendObject(mase(y, f, ctx, s.masePeriod));
                for (double level : levels) {
                    boolean has = false;
                    for (double l : m.levels()) {
                        has |= l == level;
                    }
                    out[col++].appendObject(has
                            ? Metrics.coverage(y,
                                    values(forecast.getColumn(ForecastColumns.lo(m.name(), level)), matched),
                                    values(forecast.getColumn(ForecastColumns.hi(m.name(), level)), matched))
                            : Double.NaN);
                }
                out[col++].appendObject(Metrics.spikeCountError(y, f));
                out[col++].appendObject(Metrics.traceCoincidenceFactor(y, f, dt, s.window));
            }
        }
        exec.setProgress(1);
        List<Column> cols = new ArrayList<>();
        for (ColumnBuilder b : out) {
            cols.add(b.build());
        }
        return new PortObject[] {new DataTable(spec, cols)};
    }

    private static double mase(double[] y, double[] f, Series context, int period) {
        if (context == null) {
            return Double.NaN;
        }
        double[] in = context.values();
        int p = period > 0 ? period : Math.max(1, PeriodDetection.detect(in));
        if (in.length <= p) {
            return Double.NaN;
        }
        return Metrics.mase(y, f, in, p);
    }

    private static Map<String, Series> bySeries(List<Series> list) {
        Map<String, Series> m = new HashMap<>();
        for (Series x : list) {
            m.put(x.label(), x);
        }
        return m;
    }

    private static int find(double[] sorted, double t, double tol) {
        int i = java.util.Arrays.binarySearch(sorted, t);
        if (i >= 0) {
            return i;
        }
        int ins = -i - 1;
        for (int k = Math.max(0, ins - 1); k <= Math.min(sorted.length - 1, ins); k++) {
            if (Math.abs(sorted[k] - t) <= tol) {
                return k;
            }
        }
        return -1;
    }

    private static double[] values(Column c, List<Integer> rows) {
        double[] v = new double[rows.size()];
        for (int i = 0; i < v.length; i++) {
            int r = rows.get(i);
            v[i] = c.isMissing(r) ? Double.NaN : ((Number) c.getObject(r)).doubleValue();
        }
        return v;
    }
}
