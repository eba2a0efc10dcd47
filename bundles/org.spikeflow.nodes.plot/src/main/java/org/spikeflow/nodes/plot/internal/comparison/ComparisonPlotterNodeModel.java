package org.spikeflow.nodes.plot.internal.comparison;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeSet;

import org.spikeflow.core.data.DataColumnSpec;
import org.spikeflow.core.data.DataTable;
import org.spikeflow.core.data.DataTableSpec;
import org.spikeflow.core.node.ColumnChecks;
import org.spikeflow.core.node.ExecutionContext;
import org.spikeflow.core.settings.InvalidSettingsException;
import org.spikeflow.nodes.plot.internal.common.Columns;
import org.spikeflow.nodes.plot.internal.common.ImageFiles;
import org.spikeflow.nodes.plot.internal.common.PlotNodeModel;
import org.spikeflow.plot.ComparisonChart;
import org.spikeflow.plot.ComparisonChart.Band;
import org.spikeflow.plot.Figure;
import org.spikeflow.plot.Trace;

/**
 * The forecast comparison: context, actual continuation, base forecast with its intervals, corrected forecast, and MAE
 * / interval coverage in the subtitle.
 */
public class ComparisonPlotterNodeModel extends PlotNodeModel<ComparisonPlotterNodeSettings> {
    static final String FORECAST = "forecast table (input 0)";
    static final String SIMULATION = "simulation table (input 1)";
    static final String ACTUAL = "actual table (input 2)";

    public ComparisonPlotterNodeModel() {
        super(ComparisonPlotterNodeSettings.class, TableInput.required(FORECAST), TableInput.required(SIMULATION),
                TableInput.optional(ACTUAL));
    }

    /** A model column with the levels of its interval companions. */
    record Model(String name, double[] levels) {
    }

    /** The models of a forecast table: numeric columns M with M-lo-L and M-hi-L companions. */
    static List<Model> models(DataTableSpec spec) {
        List<Model> out = new ArrayList<>();
        for (DataColumnSpec c : spec.getColumns()) {
            if (!c.type().isNumeric()) {
                continue;
            }
            TreeSet<Double> levels = new TreeSet<>();
            String prefix = c.name() + "-lo-";
            for (String other : spec.columnNames()) {
                if (other.startsWith(prefix)) {
                    try {
                        double level = Double.parseDouble(other.substring(prefix.length()));
                        if (spec.containsColumn(c.name() + "-hi-" + other.substring(prefix.length()))) {
                            levels.add(level);
                        }
                    } catch (NumberFormatException e) {
                        // not an interval column
                    }
                }
            }
            out.add(new Model(c.name(), levels.stream().mapToDouble(Double::doubleValue).toArray()));
        }
        out.removeIf(m -> m.levels().length == 0);
        return out;
    }

    private Model model(DataTableSpec forecast) throws InvalidSettingsException {
        ComparisonPlotterNodeSettings s = getSettings();
        List<Model> models = models(forecast);
        if (s.model == null || s.model.isBlank()) {
            if (models.isEmpty()) {
                // a point forecast without intervals is still worth plotting if named
                throw new InvalidSettingsException("The " + FORECAST + " has no model columns (a column M with"
                        + " companions M-lo-<level> and M-hi-<level>) and no model is set; its columns: "
                        + forecast.columnNames());
            }
            return models.get(0);
        }
        ColumnChecks.requireNumeric(forecast, FORECAST, s.model, "model column");
        for (Model m : models) {
            if (m.name().equals(s.model)) {
                return m;
            }
        }
        return new Model(s.model, new double[0]);
    }

    private String correctedColumn(DataTableSpec forecast, Model model) throws InvalidSettingsException {
        ComparisonPlotterNodeSettings s = getSettings();
        if (s.correctedColumn != null && !s.correctedColumn.isBlank()) {
            ColumnChecks.requireNumeric(forecast, FORECAST, s.correctedColumn, "corrected forecast column");
            return s.correctedColumn;
        }
        String auto = model.name() + "-corrected";
        return forecast.containsColumn(auto) ? auto : null;
    }

    @Override
    protected void checkInputs(DataTableSpec[] in) throws InvalidSettingsException {
        ComparisonPlotterNodeSettings s = getSettings();
        if (in[0] != null) {
            ColumnChecks.requireNumeric(in[0], FORECAST, s.timeColumn, "time column");
            correctedColumn(in[0], model(in[0]));
        }
        if (in[1] != null) {
            ColumnChecks.requireNumeric(in[1], SIMULATION, s.timeColumn, "time column");
            ColumnChecks.requireNumeric(in[1], SIMULATION, s.valueColumn, "value column");
        }
        if (in[2] != null) {
            ColumnChecks.requireNumeric(in[2], ACTUAL, s.timeColumn, "time column");
            ColumnChecks.requireNumeric(in[2], ACTUAL, s.valueColumn, "value column");
        }
    }

    @Override
    protected String defaultFolder() {
        return "comparison_plots";
    }

    @Override
    protected String defaultFileName() {
        return ImageFiles.safeName(displayName(), "forecast") + "_comparison";
    }

    private String displayName() {
        ComparisonPlotterNodeSettings s = getSettings();
        return s.name == null || s.name.isBlank() ? (s.series == null ? "" : s.series) : s.name;
    }

    /** Rows of the chosen series (all rows when the table has no series column). */
    private int[] seriesRows(DataTable table, String tableName, String key) throws InvalidSettingsException {
        Map<String, int[]> groups = Columns.groups(table, getSettings().seriesColumn, tableName);
        if (groups.size() == 1 && groups.containsKey("")) {
            return groups.get("");
        }
        int[] rows = groups.get(key);
        if (rows == null) {
            throw new InvalidSettingsException("The " + tableName + " has no rows of series " + key + " (column '"
                    + getSettings().seriesColumn + "'); its series: " + groups.keySet());
        }
        return rows;
    }

    private Trace trace(DataTable table, String tableName, int[] rows, String name, String valueColumn)
            throws InvalidSettingsException {
        return Columns.trace(name, table, tableName, rows, getSettings().timeColumn, valueColumn);
    }

    @Override
    protected Figure draw(DataTable[] in, ExecutionContext exec) throws Exception {
        ComparisonPlotterNodeSettings s = getSettings();
        DataTable forecast = in[0];
        DataTable simulation = in[1];
        DataTable actualTable = in[2];
        Model model = model(forecast.getSpec());
        String corrected = correctedColumn(forecast.getSpec(), model);

        Map<String, int[]> forecastSeries = Columns.groups(forecast, s.seriesColumn, FORECAST);
        String key = s.series == null || s.series.isBlank() ? forecastSeries.keySet().iterator().next() : s.series;
        int[] fRows = seriesRows(forecast, FORECAST, key);
        fRows = Columns.orderedBy(forecast, FORECAST, s.timeColumn, fRows);
        Trace base = new Trace(model.name() + " forecast", Columns.finite(forecast, FORECAST, s.timeColumn, fRows),
                Columns.finite(forecast, FORECAST, model.name(), fRows));
        double start = base.x()[0];
        double end = base.x()[base.size() - 1];
        List<Band> bands = new ArrayList<>();
        for (double level : model.levels()) {
            String k = levelKey(level);
            bands.add(new Band(level, Columns.finite(forecast, FORECAST, model.name() + "-lo-" + k, fRows),
                    Columns.finite(forecast, FORECAST, model.name() + "-hi-" + k, fRows)));
        }
        Trace correctedTrace = corrected == null
                ? null
                : new Trace("Corrected forecast", base.x(), Columns.finite(forecast, FORECAST, corrected, fRows));

        Trace sim = trace(simulation, SIMULATION, seriesRows(simulation, SIMULATION, key), "Simulation",
                s.valueColumn);
        // forecast times may differ from the simulation's sample times by round-off (e.g. last time + k·dt against
        // numpy.linspace): compare with the tolerance the metrics use, so no sample falls out of the window
        double tolerance = 1e-6 * Math.max(1e-9, step(sim.x()));
        Trace context = window(sim, Double.NEGATIVE_INFINITY, start - tolerance, false, "Context", s.contextPoints);
        Trace actual;
        if (actualTable != null) {
            Columns.requireRows(actualTable, ACTUAL);
            actual = trace(actualTable, ACTUAL, seriesRows(actualTable, ACTUAL, key), "Actual", s.valueColumn);
        } else {
            actual = window(sim, start - tolerance, end + tolerance, true, "Actual", 0);
        }
        if (context.size() == 0) {
            throw new InvalidSettingsException("The " + SIMULATION + " has no points before the forecast start "
                    + start + " ms (column '" + s.timeColumn + "'): there is no context to show");
        }
        String subtitle = metrics(base, bands, correctedTrace, actual.size() == 0 ? null : actual);
        String title = s.title == null || s.title.isBlank()
                ? (displayName().isBlank() ? "" : displayName() + ": ") + "forecast vs. simulation"
                : s.title;
        return ComparisonChart.build(title, subtitle, new ComparisonChart.Data(context,
                actual.size() == 0 ? null : actual, base, bands, correctedTrace, s.showWholeSimulation ? sim : null),
                s.timeColumn, s.valueLabel);
    }

    /** Points of {@code trace} with from ≤ t < to (or ≤ to when {@code inclusive}), the last {@code last} of them. */
    static Trace window(Trace trace, double from, double to, boolean inclusive, String name, int last) {
        List<Integer> idx = new ArrayList<>();
        for (int i = 0; i < trace.size(); i++) {
            double t = trace.x()[i];
            if (t >= from && (inclusive ? t <= to : t < to)) {
                idx.add(i);
            }
        }
        int skip = last > 0 ? Math.max(0, idx.size() - last) : 0;
        double[] x = new double[idx.size() - skip];
        double[] y = new double[x.length];
        for (int i = 0; i < x.length; i++) {
            x[i] = trace.x()[idx.get(i + skip)];
            y[i] = trace.y()[idx.get(i + skip)];
        }
        return new Trace(name, x, y);
    }

    /** MAE of base (and corrected) forecast and coverage of each level against the actual values at the same times. */
    static String metrics(Trace base, List<Band> bands, Trace corrected, Trace actual) {
        if (actual == null) {
            return "No actual values in the forecast window";
        }
        double tolerance = 1e-6 * Math.max(1e-9, step(actual.x()));
        List<Integer> forecastIndex = new ArrayList<>();
        List<Double> truth = new ArrayList<>();
        for (int i = 0; i < base.size(); i++) {
            int k = java.util.Arrays.binarySearch(actual.x(), base.x()[i]);
            if (k < 0) {
                int ins = -k - 1;
                k = -1;
                for (int j = Math.max(0, ins - 1); j <= Math.min(actual.size() - 1, ins); j++) {
                    if (Math.abs(actual.x()[j] - base.x()[i]) <= tolerance) {
                        k = j;
                    }
                }
            }
            if (k >= 0) {
                forecastIndex.add(i);
                truth.add(actual.y()[k]);
            }
        }
        if (truth.isEmpty()) {
            return "No actual values at the forecast times";
        }
        StringBuilder text = new StringBuilder();
        // %.3g: near-exact forecasts (e.g. the Izhikevich fit) must not print as 0.00
        text.append(String.format(java.util.Locale.ROOT, "MAE %.3g", mae(base.y(), forecastIndex, truth)));
        if (corrected != null) {
            text.append(String.format(java.util.Locale.ROOT, " (corrected %.3g)",
                    mae(corrected.y(), forecastIndex, truth)));
        }
        for (Band b : bands) {
            int inside = 0;
            for (int j = 0; j < truth.size(); j++) {
                int i = forecastIndex.get(j);
                inside += truth.get(j) >= b.lower()[i] && truth.get(j) <= b.upper()[i] ? 1 : 0;
            }
            text.append(String.format(java.util.Locale.ROOT, " · %s%% coverage %.2f", levelKey(b.level()),
                    (double) inside / truth.size()));
        }
        text.append(" · ").append(truth.size()).append(" points");
        return text.toString();
    }

    private static double mae(double[] forecast, List<Integer> index, List<Double> truth) {
        double sum = 0;
        for (int j = 0; j < truth.size(); j++) {
            sum += Math.abs(forecast[index.get(j)] - truth.get(j));
        }
        return sum / truth.size();
    }

    private static double step(double[] t) {
        return t.length < 2 ? 1 : Math.abs(t[1] - t[0]);
    }

    static String levelKey(double level) {
        return level == Math.rint(level) ? Long.toString((long) level) : Double.toString(level);
    }
}
