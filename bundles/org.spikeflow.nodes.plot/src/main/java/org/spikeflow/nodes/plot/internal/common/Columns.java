package org.spikeflow.nodes.plot.internal.common;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.jfree.data.xy.XYSeries;
import org.spikeflow.core.data.Column;
import org.spikeflow.core.data.DataTable;
import org.spikeflow.core.data.DataTableSpec;
import org.spikeflow.core.data.DoubleColumn;
import org.spikeflow.core.settings.InvalidSettingsException;
import org.spikeflow.plot.Charts;
import org.spikeflow.plot.Trace;

/**
 * Reading plot inputs with errors a user can act on: every message names the table (e.g. "the traces table (input 0)"),
 * the column and, for bad values, the row.
 */
public final class Columns {
    private Columns() {
    }

    /** @return whether the optional column is set and present */
    public static boolean has(DataTableSpec spec, String column) {
        return column != null && !column.isBlank() && spec.containsColumn(column);
    }

    /**
     * @throws InvalidSettingsException
     *             when the table has no rows
     */
    public static void requireRows(DataTable table, String tableName) throws InvalidSettingsException {
        if (table.getRowCount() == 0) {
            throw new InvalidSettingsException("The " + tableName + " is empty: there is nothing to plot");
        }
    }

    /**
     * The values of a numeric column at the given rows (all rows when {@code rows} is null).
     *
     * @throws InvalidSettingsException
     *             naming the column and row of a missing, NaN or infinite value
     */
    public static double[] finite(DataTable table, String tableName, String column, int[] rows)
            throws InvalidSettingsException {
        Column raw = table.getColumn(column);
        DoubleColumn values = table.getDoubleColumn(column);
        int n = rows == null ? table.getRowCount() : rows.length;
        double[] out = new double[n];
        for (int i = 0; i < n; i++) {
            int r = rows == null ? i : rows[i];
            double v = values.get(r);
            if (raw.isMissing(r) || !Double.isFinite(v)) {
                String what = raw.isMissing(r) && !Double.isNaN(v)
                        ? "missing"
                        : Double.isNaN(v)
                                ? "NaN"
                                : String.valueOf(v);
                throw new InvalidSettingsException("Column '" + column + "' of the " + tableName + " is " + what
                        + " at row " + r + "; plots need finite numbers");
            }
            out[i] = v;
        }
        return out;
    }

    /**
     * Rows grouped by the text of {@code column} in order of first appearance; all rows in one group "" when the column
     * is not set or absent.
     */
    public static Map<String, int[]> groups(DataTable table, String column, String tableName)
            throws InvalidSettingsException {
        Map<String, List<Integer>> rows = new LinkedHashMap<>();
        if (!has(table.getSpec(), column)) {
            List<Integer> all = new ArrayList<>(table.getRowCount());
            for (int r = 0; r < table.getRowCount(); r++) {
                all.add(r);
            }
            rows.put("", all);
        } else {
            Column c = table.getColumn(column);
            for (int r = 0; r < table.getRowCount(); r++) {
                if (c.isMissing(r)) {
                    throw new InvalidSettingsException("Column '" + column + "' of the " + tableName
                            + " is missing at row " + r);
                }
                rows.computeIfAbsent(c.format(r), k -> new ArrayList<>()).add(r);
            }
        }
        Map<String, int[]> out = new LinkedHashMap<>();
        rows.forEach((k, v) -> out.put(k, v.stream().mapToInt(Integer::intValue).toArray()));
        return out;
    }

    /**
     * @return the rows sorted (stably) by the values of {@code column} there
     * @throws InvalidSettingsException
     *             naming the column and row of a value that is not finite
     */
    public static int[] orderedBy(DataTable table, String tableName, String column, int[] rows)
            throws InvalidSettingsException {
        return sortedBy(rows, finite(table, tableName, column, rows));
    }

    /**
     * The curve of {@code yColumn} against {@code xColumn} over the rows, sorted by x (one line of a chart).
     *
     * @throws InvalidSettingsException
     *             naming the column and row of a value that is not finite
     */
    public static Trace trace(String name, DataTable table, String tableName, int[] rows, String xColumn,
            String yColumn) throws InvalidSettingsException {
        int[] sorted = orderedBy(table, tableName, xColumn, rows);
        return new Trace(name, finite(table, tableName, xColumn, sorted), finite(table, tableName, yColumn, sorted));
    }

    /** {@link #trace} as a series of a JFreeChart plot. */
    public static XYSeries series(String name, DataTable table, String tableName, int[] rows, String xColumn,
            String yColumn) throws InvalidSettingsException {
        Trace trace = trace(name, table, tableName, rows, xColumn, yColumn);
        return Charts.series(name, trace.x(), trace.y());
    }

    /** @return rows sorted by the values of {@code key} (stable) */
    public static int[] sortedBy(int[] rows, double[] key) {
        Integer[] order = new Integer[rows.length];
        for (int i = 0; i < order.length; i++) {
            order[i] = i;
        }
        java.util.Arrays.sort(order, (p, q) -> Double.compare(key[p], key[q]));
        int[] out = new int[rows.length];
        for (int i = 0; i < out.length; i++) {
            out[i] = rows[order[i]];
        }
        return out;
    }
}
