package org.spikeflow.nodes.forecast.internal.rollingorigins;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

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
import org.spikeflow.forecast.RollingOrigins;

/** Outputs the context before each rolling origin ({@link RollingOrigins}) of each series, labelled by origin. */
public class RollingOriginsNodeModel extends NodeModel<RollingOriginsNodeSettings> {

    public RollingOriginsNodeModel() {
        super(new PortType[] {DataTable.TYPE}, new PortType[] {DataTable.TYPE}, RollingOriginsNodeSettings.class);
    }

    private DataTableSpec outSpec(DataTableSpec in) throws InvalidSettingsException {
        RollingOriginsNodeSettings s = getSettings();
        if (!in.containsColumn(s.timeColumn)
                || !in.getColumnSpec(in.findColumnIndex(s.timeColumn)).type().isNumeric()) {
            throw new InvalidSettingsException("Setting 'timeColumn': the input table has no numeric column '"
                    + s.timeColumn + "'; its columns: " + in.columnNames());
        }
        if (in.containsColumn(s.originColumn)) {
            throw new InvalidSettingsException("The input table already has a column '" + s.originColumn
                    + "'; choose another 'originColumn'");
        }
        return in.append(new DataColumnSpec(s.originColumn, DataType.STRING));
    }

    @Override
    protected PortObjectSpec[] configure(PortObjectSpec[] inSpecs) throws InvalidSettingsException {
        DataTableSpec in = (DataTableSpec) inSpecs[0];
        return new PortObjectSpec[] {in == null ? null : outSpec(in)};
    }

    @Override
    protected PortObject[] execute(PortObject[] inObjects, ExecutionContext exec) throws Exception {
        RollingOriginsNodeSettings s = getSettings();
        DataTable in = (DataTable) inObjects[0];
        DataTableSpec spec = outSpec(in.getSpec());
        Column time = in.getColumn(s.timeColumn);
        boolean hasSeries = !s.seriesColumn.isBlank() && in.getSpec().containsColumn(s.seriesColumn);
        Column series = hasSeries ? in.getColumn(s.seriesColumn) : null;
        Map<String, List<Integer>> rowsBySeries = new LinkedHashMap<>();
        for (int r = 0; r < in.getRowCount(); r++) {
            if (time.isMissing(r)) {
                throw new IllegalArgumentException("The input table, row " + (r + 1) + ": the time is missing");
            }
            rowsBySeries.computeIfAbsent(series == null || series.isMissing(r) ? "" : series.format(r),
                    k -> new ArrayList<>()).add(r);
        }
        List<Integer> selected = new ArrayList<>();
        List<String> labels = new ArrayList<>();
        for (Map.Entry<String, List<Integer>> e : rowsBySeries.entrySet()) {
            exec.checkCanceled();
            Integer[] rows = e.getValue().toArray(new Integer[0]);
            Arrays.sort(rows, (a, b) -> Double.compare(number(time, a), number(time, b))); // stable
            int[] origins = RollingOrigins.origins(rows.length, s.h, s.origins, s.spacing, s.minimumContext);
            if (origins.length == 0) {
                throw new IllegalArgumentException((hasSeries
                        ? "Series " + s.seriesColumn + " = " + e.getKey()
                        : "The series") + " has " + rows.length + " samples: too few for one origin with "
                        + s.minimumContext + " samples before it and " + s.h + " after it");
            }
            for (int origin : origins) {
                String label = hasSeries ? e.getKey() + "@" + origin : Integer.toString(origin);
                int from = s.contextLength > 0 ? Math.max(0, origin - s.contextLength) : 0;
                for (int i = from; i < origin; i++) {
                    selected.add(rows[i]);
                    labels.add(label);
                }
            }
        }
        List<Column> columns = new ArrayList<>();
        for (Column source : in.getColumns()) {
            ColumnBuilder builder = Column.builder(source.type(), selected.size());
            for (int row : selected) {
                builder.appendFrom(source, row);
            }
            columns.add(builder.build());
        }
        ColumnBuilder origin = Column.builder(DataType.STRING, labels.size());
        for (String label : labels) {
            origin.appendObject(label);
        }
        columns.add(origin.build());
        return new PortObject[] {new DataTable(spec, columns)};
    }

    private static double number(Column c, int row) {
        return ((Number) c.getObject(row)).doubleValue();
    }
}
