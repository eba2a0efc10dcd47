package org.spikeflow.nodes.dl.internal.common;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.spikeflow.core.data.Column;
import org.spikeflow.core.data.DataTable;
import org.spikeflow.core.data.DataTableSpec;
import org.spikeflow.core.data.DataType;
import org.spikeflow.core.node.ColumnChecks;
import org.spikeflow.core.settings.InvalidSettingsException;

/**
 * Reads forecast tables (time, optional series column such as Neuron, {@code <Model>} and interval columns) and trace
 * tables (time, value, optional series column) for the residual nodes. A series whose times jump by more than 1.5
 * sampling intervals is split into separate forecasts. Bad cells are reported with table and row (first row = 1).
 */
public final class ForecastTables {
    private static final String INTERVAL_MARK_LO = "-lo-";
    private static final String INTERVAL_MARK_HI = "-hi-";

    private ForecastTables() {
    }

    /**
     * One forecast: consecutive rows of one series.
     *
     * @param label
     *            the series key as text ("" without a series column)
     * @param rows
     *            the table rows, in time order
     * @param times
     *            their times
     * @param values
     *            the forecast (or value) column at those rows
     */
    public record Segment(String label, int[] rows, double[] times, double[] values) {
        public double origin() {
            return times[0];
        }

        /** How messages name it, e.g. "Neuron = 3 from time 500.25". */
        public String describe(String seriesColumn) {
            String time = "from time " + times[0];
            return label.isEmpty() ? "the forecast " + time : seriesColumn + " = " + label + " " + time;
        }
    }

    /**
     * The model column of a forecast table: {@code configured} if set, else the one numeric column that is neither the
     * time, the series column nor an interval bound.
     */
    public static String modelColumn(DataTableSpec spec, String table, String timeColumn, String seriesColumn,
            String configured) throws InvalidSettingsException {
        if (configured != null && !configured.isBlank()) {
            ColumnChecks.requireNumeric(spec, table, configured, "forecast column");
            return configured;
        }
        List<String> candidates = new ArrayList<>();
        for (String name : spec.columnNames()) {
            DataType type = spec.getColumnSpec(spec.findColumnIndex(name)).type();
            if (type.isNumeric() && !name.equals(timeColumn) && !name.equals(seriesColumn)
                    && !name.contains(INTERVAL_MARK_LO) && !name.contains(INTERVAL_MARK_HI)
                    && !name.endsWith("-corrected")) {
                candidates.add(name);
            }
        }
        if (candidates.size() != 1) {
            throw new InvalidSettingsException("Cannot tell the forecast column of the " + table + ": candidates "
                    + candidates + "; set 'forecastColumn'");
        }
        return candidates.get(0);
    }

    /** The interval bound columns {@code <model>-lo-<level>} / {@code <model>-hi-<level>} present in the spec. */
    public static List<String> intervalColumns(DataTableSpec spec, String model) {
        List<String> out = new ArrayList<>();
        for (String name : spec.columnNames()) {
            if (name.startsWith(model + INTERVAL_MARK_LO) || name.startsWith(model + INTERVAL_MARK_HI)) {
                out.add(name);
            }
        }
        return out;
    }

    /** Whether the table has the (optional) series column. */
    public static boolean hasSeries(DataTableSpec spec, String seriesColumn) {
        return seriesColumn != null && !seriesColumn.isBlank() && spec.containsColumn(seriesColumn);
    }

    /**
     * Splits a table into segments: per series (in order of first appearance), sorted by time, cut where the time step
     * exceeds 1.5 sampling intervals.
     *
     * @throws IllegalArgumentException
     *             naming the table and row of a missing or non-finite value or a repeated time
     */
    public static List<Segment> segments(DataTable table, String tableName, String timeColumn, String seriesColumn,
            String valueColumn, boolean split) {
        Map<String, List<Integer>> rowsBySeries = rowsBySeries(table, tableName, timeColumn, seriesColumn);
        Column value = table.getColumn(valueColumn);
        List<Segment> out = new ArrayList<>();
        for (Map.Entry<String, List<Integer>> e : rowsBySeries.entrySet()) {
            List<Integer> rows = e.getValue();
            double[] times = new double[rows.size()];
            for (int i = 0; i < times.length; i++) {
                times[i] = number(table.getColumn(timeColumn), rows.get(i), tableName, timeColumn);
            }
            Integer[] order = new Integer[rows.size()];
            for (int i = 0; i < order.length; i++) {
                order[i] = i;
            }
            Arrays.sort(order, (a, b) -> Double.compare(times[a], times[b]));
            int[] sortedRows = new int[order.length];
            double[] sortedTimes = new double[order.length];
            double[] values = new double[order.length];
            for (int i = 0; i < order.length; i++) {
                sortedRows[i] = rows.get(order[i]);
                sortedTimes[i] = times[order[i]];
                values[i] = number(value, sortedRows[i], tableName, valueColumn);
                if (i > 0 && sortedTimes[i] == sortedTimes[i - 1]) {
                    throw new IllegalArgumentException("The " + tableName + " has two rows for " + (e.getKey()
                            .isEmpty() ? "" : seriesColumn + " = " + e.getKey() + " ") + "at time " + sortedTimes[i]
                            + " (rows " + (sortedRows[i - 1] + 1) + " and " + (sortedRows[i] + 1) + ")");
                }
            }
            if (!split) {
                out.add(new Segment(e.getKey(), sortedRows, sortedTimes, values));
                continue;
            }
            double step = medianStep(sortedTimes);
            int from = 0;
            for (int i = 1; i <= sortedTimes.length; i++) {
                if (i == sortedTimes.length || sortedTimes[i] - sortedTimes[i - 1] > 1.5 * step) {
                    out.add(new Segment(e.getKey(), Arrays.copyOfRange(sortedRows, from, i),
                            Arrays.copyOfRange(sortedTimes, from, i), Arrays.copyOfRange(values, from, i)));
                    from = i;
                }
            }
        }
        return out;
    }

    private static Map<String, List<Integer>> rowsBySeries(DataTable table, String tableName, String timeColumn,
            String seriesColumn) {
        Column series = hasSeries(table.getSpec(), seriesColumn) ? table.getColumn(seriesColumn) : null;
        Map<String, List<Integer>> rows = new LinkedHashMap<>();
        for (int r = 0; r < table.getRowCount(); r++) {
            if (series != null && series.isMissing(r)) {
                throw new IllegalArgumentException("The " + tableName + ", row " + (r + 1) + ": column '"
                        + seriesColumn + "' is missing");
            }
            rows.computeIfAbsent(series == null ? "" : series.format(r), k -> new ArrayList<>()).add(r);
        }
        return rows;
    }

    static double medianStep(double[] sortedTimes) {
        if (sortedTimes.length < 2) {
            return Double.POSITIVE_INFINITY;
        }
        double[] steps = new double[sortedTimes.length - 1];
        for (int i = 1; i < sortedTimes.length; i++) {
            steps[i - 1] = sortedTimes[i] - sortedTimes[i - 1];
        }
        Arrays.sort(steps);
        return steps[steps.length / 2];
    }

    /** A finite number, or an error naming table, row and column. */
    public static double number(Column column, int row, String tableName, String columnName) {
        if (column.isMissing(row)) {
            throw new IllegalArgumentException("The " + tableName + ", row " + (row + 1) + ": column '"
                    + columnName + "' is missing or NaN; every value must be a finite number");
        }
        double v = ((Number) column.getObject(row)).doubleValue();
        if (!Double.isFinite(v)) {
            throw new IllegalArgumentException("The " + tableName + ", row " + (row + 1) + ": column '"
                    + columnName + "' is " + v + "; every value must be a finite number");
        }
        return v;
    }

    /** Looks up values of a trace table by series and time (times match within 1e-6 relative). */
    public static final class TraceIndex {
        private final String tableName;
        private final String seriesColumn;
        private final Map<String, Segment> bySeries = new LinkedHashMap<>();

        public TraceIndex(DataTable table, String tableName, String timeColumn, String seriesColumn,
                String valueColumn) {
            this.tableName = tableName;
            this.seriesColumn = seriesColumn;
            for (Segment s : segments(table, tableName, timeColumn, seriesColumn, valueColumn, false)) {
                bySeries.put(s.label(), s);
            }
        }

        private Segment series(String label, String forWhat) {
            Segment s = bySeries.get(label);
            if (s == null && bySeries.size() == 1 && (label.isEmpty() || bySeries.containsKey(""))) {
                s = bySeries.values().iterator().next(); // one series on either side: no key needed
            }
            if (s == null) {
                throw new IllegalArgumentException("The " + tableName + " has no rows for " + seriesColumn + " = "
                        + label + " (needed for " + forWhat + "); it has " + bySeries.keySet());
            }
            return s;
        }

        /** The values at the segment's times. */
        public double[] valuesAt(Segment segment, String segmentTable) {
            Segment trace = series(segment.label(), "the " + segmentTable);
            double[] out = new double[segment.times().length];
            for (int i = 0; i < out.length; i++) {
                double t = segment.times()[i];
                int at = Arrays.binarySearch(trace.times(), t);
                if (at < 0) {
                    int insertion = -at - 1;
                    at = nearest(trace.times(), insertion, t);
                }
                if (at < 0) {
                    throw new IllegalArgumentException("The " + tableName + " has no value for "
                            + (segment.label().isEmpty() ? "" : seriesColumn + " = " + segment.label() + " ")
                            + "at time " + t + " (" + segmentTable + ", row " + (segment.rows()[i] + 1) + ")");
                }
                out[i] = trace.values()[at];
            }
            return out;
        }

        private static int nearest(double[] times, int insertion, double t) {
            double tolerance = 1e-6 * Math.max(1, Math.abs(t));
            for (int c : new int[] {insertion - 1, insertion}) {
                if (c >= 0 && c < times.length && Math.abs(times[c] - t) <= tolerance) {
                    return c;
                }
            }
            return -1;
        }

        /** Up to {@code count} values before the segment's origin, oldest first; null when there are none. */
        public double[] before(Segment segment, int count) {
            Segment trace = bySeries.containsKey(segment.label()) || bySeries.size() != 1
                    ? bySeries.get(segment.label())
                    : bySeries.values().iterator().next();
            if (trace == null) {
                return null;
            }
            double origin = segment.origin() - 1e-6 * Math.max(1, Math.abs(segment.origin()));
            int end = 0;
            while (end < trace.times().length && trace.times()[end] < origin) {
                end++;
            }
            if (end == 0) {
                return null;
            }
            return Arrays.copyOfRange(trace.values(), Math.max(0, end - count), end);
        }
    }
}
