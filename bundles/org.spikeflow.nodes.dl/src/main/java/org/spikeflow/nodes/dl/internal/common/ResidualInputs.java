package org.spikeflow.nodes.dl.internal.common;

import java.util.ArrayList;
import java.util.List;

import org.spikeflow.core.data.DataTable;
import org.spikeflow.core.data.DataTableSpec;
import org.spikeflow.core.node.ColumnChecks;
import org.spikeflow.core.settings.InvalidSettingsException;
import org.spikeflow.dl.ResidualSeries;
import org.spikeflow.nodes.dl.internal.common.ForecastTables.Segment;
import org.spikeflow.nodes.dl.internal.common.ForecastTables.TraceIndex;

/** Turns the nodes' input tables into the library's series. */
public final class ResidualInputs {
    public static final String BASE_TABLE = "base forecast table";
    public static final String ACTUAL_TABLE = "actual table";
    public static final String CONTEXT_TABLE = "context table";

    private ResidualInputs() {
    }

    /** Checks a trace table's columns at configure time (null spec: nothing to check yet). */
    public static void checkTraceSpec(DataTableSpec spec, String table, ForecastColumnsSettings s)
            throws InvalidSettingsException {
        if (spec != null) {
            ColumnChecks.requireNumeric(spec, table, s.timeColumn, "time column");
            ColumnChecks.requireNumeric(spec, table, s.valueColumn, "value column");
        }
    }

    /** @return the base forecast column (checked) */
    public static String checkBaseSpec(DataTableSpec spec, ForecastColumnsSettings s)
            throws InvalidSettingsException {
        ColumnChecks.requireNumeric(spec, BASE_TABLE, s.timeColumn, "time column");
        return ForecastTables.modelColumn(spec, BASE_TABLE, s.timeColumn, s.seriesColumn, s.forecastColumn);
    }

    /**
     * @param actual
     *            the actual table, or null (correction)
     * @param context
     *            the context table, or null
     */
    public static List<ResidualSeries> series(List<Segment> segments, DataTable actual, DataTable context,
            ForecastColumnsSettings s, boolean useContext, int contextLength) {
        TraceIndex actualIndex = actual == null
                ? null
                : new TraceIndex(actual, ACTUAL_TABLE, s.timeColumn, s.seriesColumn, s.valueColumn);
        TraceIndex contextIndex = context == null
                ? null
                : new TraceIndex(context, CONTEXT_TABLE, s.timeColumn, s.seriesColumn, s.valueColumn);
        if (useContext && contextIndex == null) {
            throw new IllegalArgumentException("The model uses the context trace (useContext) but no context table"
                    + " is connected");
        }
        List<ResidualSeries> out = new ArrayList<>();
        for (Segment segment : segments) {
            String name = segment.describe(s.seriesColumn);
            double[] actualValues = actualIndex == null ? null : actualIndex.valuesAt(segment, BASE_TABLE);
            double[] contextValues = null;
            if (useContext) {
                contextValues = contextIndex.before(segment, contextLength);
                if (contextValues == null) {
                    throw new IllegalArgumentException("The " + CONTEXT_TABLE + " has no values before " + name
                            + " (" + BASE_TABLE + ", row " + (segment.rows()[0] + 1) + ")");
                }
            }
            out.add(new ResidualSeries(name, segment.origin(), segment.values(), actualValues, contextValues));
        }
        return out;
    }
}
