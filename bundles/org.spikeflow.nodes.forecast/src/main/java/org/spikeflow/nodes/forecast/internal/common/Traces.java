package org.spikeflow.nodes.forecast.internal.common;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeSet;

import org.spikeflow.core.data.Column;
import org.spikeflow.core.data.ColumnBuilder;
import org.spikeflow.core.data.DataColumnSpec;
import org.spikeflow.core.data.DataTable;
import org.spikeflow.core.data.DataTableSpec;
import org.spikeflow.core.data.DataType;
import org.spikeflow.core.data.TraceColumns;
import org.spikeflow.core.node.ColumnChecks;
import org.spikeflow.core.settings.InvalidSettingsException;
import org.spikeflow.forecast.Forecast;
import org.spikeflow.forecast.ForecastColumns;

/** Reading trace tables (time, value, optional series column) and writing forecast tables. */
public final class Traces {

    public static final String TIME = TraceColumns.TIME;
    public static final String VALUE = TraceColumns.MEMBRANE_POTENTIAL;
    public static final String NEURON = "Neuron";

    private Traces() {
    }

    /**
     * One series of a trace table.
     *
     * @param key
     *            the series key as in the input (e.g. an Integer neuron index), {@code null} without a series column
     * @param label
     *            the key as text (for messages and matching)
     * @param time
     *            times (ms)
     * @param values
     *            values
     */
    public record Series(Object key, String label, double[] time, double[] values) {
        /** @return the sampling interval: the median step of the time column (1 for fewer than two points) */
        public double dt() {
            return samplingInterval(time);
        }

        public int size() {
            return values.length;
        }

        /** @return the times of {@code h} samples after the series, continuing its time axis (median step) */
        public double[] continuation(int h) {
            double step = dt();
            double last = time[time.length - 1];
            double[] times = new double[h];
            for (int k = 0; k < h; k++) {
                times[k] = last + (k + 1) * step;
            }
            return times;
        }

        /** @return the last {@code n} points (all when n is 0 or larger than the series) */
        public Series last(int n) {
            if (n <= 0 || n >= values.length) {
                return this;
            }
            int from = values.length - n;
            return new Series(key, label, java.util.Arrays.copyOfRange(time, from, time.length),
                    java.util.Arrays.copyOfRange(values, from, values.length));
        }
    }

    /** @return the median of the positive time steps, 1 if there are none */
    public static double samplingInterval(double[] time) {
        List<Double> steps = new ArrayList<>();
        for (int i = 1; i < time.length; i++) {
            double d = time[i] - time[i - 1];
            if (d > 0) {
                steps.add(d);
            }
        }
        if (steps.isEmpty()) {
            return 1;
        }
        steps.sort(null);
        return steps.get(steps.size() / 2);
    }

    /** Checks the trace columns of a spec; @return the type of the series column, or null when absent */
    public static DataType checkSpec(DataTableSpec spec, String what, String timeColumn, String valueColumn,
            String seriesColumn) throws InvalidSettingsException {
        if (spec == null) {
            return null;
        }
        ColumnChecks.requireNumeric(spec, what, timeColumn, "time column");
        ColumnChecks.requireNumeric(spec, what, valueColumn, "value column");
        if (seriesColumn != null && !seriesColumn.isEmpty() && spec.containsColumn(seriesColumn)) {
            return spec.getColumnSpec(spec.findColumnIndex(seriesColumn)).type();
        }
        return null;
    }

    /** Splits a trace table into series (in order of first appearance), each sorted by time; missing rows skipped. */
    public static List<Series> read(DataTable table, String timeColumn, String valueColumn, String seriesColumn) {
        Column t = table.getColumn(timeColumn);
        Column v = table.getColumn(valueColumn);
        Column s = seriesColumn != null && !seriesColumn.isEmpty() && table.getSpec().containsColumn(seriesColumn)
                ? table.getColumn(seriesColumn)
                : null;
        Map<String, Object> keys = new LinkedHashMap<>();
        Map<String, List<double[]>> points = new LinkedHashMap<>();
        for (int r = 0; r < table.getRowCount(); r++) {
            if (t.isMissing(r) || v.isMissing(r) || (s != null && s.isMissing(r))) {
                continue;
            }
            String label = s == null ? "" : s.format(r);
            keys.putIfAbsent(label, s == null ? null : s.getObject(r));
            points.computeIfAbsent(label, k -> new ArrayList<>()).add(new double[] {number(t, r), number(v, r)});
        }
        List<Series> out = new ArrayList<>();
        for (Map.Entry<String, List<double[]>> e : points.entrySet()) {
            List<double[]> p = e.getValue();
            p.sort((a, b) -> Double.compare(a[0], b[0]));
            double[] time = new double[p.size()];
            double[] values = new double[p.size()];
            for (int i = 0; i < time.length; i++) {
                time[i] = p.get(i)[0];
                values[i] = p.get(i)[1];
            }
            out.add(new Series(keys.get(e.getKey()), e.getKey(), time, values));
        }
        return out;
    }

    private static double number(Column c, int row) {
        return ((Number) c.getObject(row)).doubleValue();
    }

    /** @return the levels as doubles, sorted and without duplicates */
    public static double[] levels(List<Integer> levels) throws InvalidSettingsException {
        if (levels == null) {
            return new double[0];
        }
        List<Double> out = new ArrayList<>();
        for (Integer l : levels) {
            if (l == null || l <= 0 || l >= 100) {
                throw new InvalidSettingsException("Interval levels must be integers in (0, 100), got " + l);
            }
            if (!out.contains(l.doubleValue())) {
                out.add(l.doubleValue());
            }
        }
        out.sort(null);
        return out.stream().mapToDouble(Double::doubleValue).toArray();
    }

    /** The spec of a forecast table: time, [series], [extra string columns], model columns. */
    public static DataTableSpec forecastSpec(String timeColumn, String seriesColumn, DataType seriesType,
            List<String> extraStringColumns, List<String> modelColumns) {
        List<DataColumnSpec> cols = new ArrayList<>();
        cols.add(new DataColumnSpec(timeColumn, DataType.DOUBLE));
        if (seriesType != null) {
            cols.add(new DataColumnSpec(seriesColumn, seriesType));
        }
        for (String c : extraStringColumns) {
            cols.add(new DataColumnSpec(c, DataType.STRING));
        }
        for (String c : modelColumns) {
            cols.add(new DataColumnSpec(c, DataType.DOUBLE));
        }
        return new DataTableSpec(cols);
    }

    /** @return the model columns of a forecast, {@link ForecastColumns#names} */
    public static List<String> modelColumns(String model, double[] levels) {
        return ForecastColumns.names(model, levels);
    }

    /** Builds a forecast table; rows of each series in order. */
    public static final class Writer {
        private final DataTableSpec spec;
        private final ColumnBuilder[] builders;
        private final boolean hasSeries;
        private final int extra;

        public Writer(DataTableSpec spec, boolean hasSeries, int extraStringColumns) {
            this.spec = spec;
            this.hasSeries = hasSeries;
            this.extra = extraStringColumns;
            builders = new ColumnBuilder[spec.getNumColumns()];
            for (int i = 0; i < builders.length; i++) {
                builders[i] = Column.builder(spec.getColumnSpec(i).type(), 256);
            }
        }

        /** Appends the rows of one series' forecast. */
        public void add(Series series, double[] times, List<String> extraValues, Forecast f) {
            int first = 1 + (hasSeries ? 1 : 0);
            List<double[]> values = new ArrayList<>();
            for (int c = first + extra; c < builders.length; c++) {
                values.add(f.column(spec.getColumnSpec(c).name()));
            }
            for (int k = 0; k < times.length; k++) {
                builders[0].appendObject(times[k]);
                if (hasSeries) {
                    builders[1].appendObject(series.key());
                }
                for (int e = 0; e < extra; e++) {
                    builders[first + e].appendObject(extraValues == null ? null : extraValues.get(k));
                }
                for (int c = 0; c < values.size(); c++) {
                    builders[first + extra + c].appendObject(values.get(c)[k]);
                }
            }
        }

        public DataTable build() {
            List<Column> cols = new ArrayList<>();
            for (ColumnBuilder b : builders) {
                cols.add(b.build());
            }
            return new DataTable(spec, cols);
        }
    }

    /** A model found in the forecast table with its levels. */
    public record ModelColumns(String name, double[] levels) {
    }

    /** Models: columns M with M-lo-L and M-hi-L companions (numeric), in table order. */
    public static List<ModelColumns> detectModels(DataTableSpec spec) {
        List<ModelColumns> out = new ArrayList<>();
        for (DataColumnSpec c : spec.getColumns()) {
            if (!c.type().isNumeric()) {
                continue;
            }
            String prefix = c.name() + "-lo-";
            TreeSet<Double> levels = new TreeSet<>();
            for (DataColumnSpec o : spec.getColumns()) {
                if (o.name().startsWith(prefix)) {
                    String key = o.name().substring(prefix.length());
                    try {
                        double level = Double.parseDouble(key);
                        if (level > 0 && level < 100 && spec.containsColumn(ForecastColumns.hi(c.name(), level))) {
                            levels.add(level);
                        }
                    } catch (NumberFormatException e) {
                        // not an interval column
                    }
                }
            }
            if (!levels.isEmpty()) {
                out.add(new ModelColumns(c.name(), levels.stream().mapToDouble(Double::doubleValue).toArray()));
            }
        }
        return out;
    }
}
