package org.spikeflow.base.internal.table.rowsplitter;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import org.spikeflow.core.data.Column;
import org.spikeflow.core.data.ColumnBuilder;
import org.spikeflow.core.data.DataTable;
import org.spikeflow.core.data.DataTableSpec;
import org.spikeflow.core.data.DataType;
import org.spikeflow.core.data.DoubleColumn;
import org.spikeflow.core.node.ExecutionContext;
import org.spikeflow.core.node.NodeModel;
import org.spikeflow.core.port.PortObject;
import org.spikeflow.core.port.PortObjectSpec;
import org.spikeflow.core.port.PortType;
import org.spikeflow.core.settings.InvalidSettingsException;

/** Splits the rows into those matching the criterion (port 0) and the rest (port 1), both in input order. */
public class RowSplitterNodeModel extends NodeModel<RowSplitterNodeSettings> {

    public RowSplitterNodeModel() {
        super(new PortType[] {DataTable.TYPE}, new PortType[] {DataTable.TYPE, DataTable.TYPE},
                RowSplitterNodeSettings.class);
    }

    @Override
    protected PortObjectSpec[] configure(PortObjectSpec[] inSpecs) throws InvalidSettingsException {
        DataTableSpec in = (DataTableSpec) inSpecs[0];
        if (in != null) {
            check(in);
        }
        return new PortObjectSpec[] {in, in};
    }

    private void check(DataTableSpec in) throws InvalidSettingsException {
        RowSplitterNodeSettings s = getSettings();
        if (s.criterion == RowSplitterNodeSettings.Criterion.VALUE_RANGE) {
            try {
                in.requireColumn(s.column, "input table (setting 'column')", DataType.DOUBLE, DataType.INT,
                        DataType.LONG);
            } catch (IllegalArgumentException e) {
                throw new InvalidSettingsException(e.getMessage(), e);
            }
        } else if (!s.groupColumn.isBlank() && !in.containsColumn(s.groupColumn)) {
            throw new InvalidSettingsException("Setting 'groupColumn': the input has no column '" + s.groupColumn
                    + "' (columns: " + String.join(", ", in.columnNames()) + ")");
        }
    }

    @Override
    protected PortObject[] execute(PortObject[] inObjects, ExecutionContext exec) throws Exception {
        DataTable table = (DataTable) inObjects[0];
        check(table.getSpec());
        boolean[] included = included(table);
        exec.checkCanceled();
        return new PortObject[] {select(table, included, true), select(table, included, false)};
    }

    private boolean[] included(DataTable table) {
        RowSplitterNodeSettings s = getSettings();
        int rows = table.getRowCount();
        boolean[] included = new boolean[rows];
        if (s.criterion == RowSplitterNodeSettings.Criterion.VALUE_RANGE) {
            DoubleColumn values = table.getDoubleColumn(s.column);
            for (int row = 0; row < rows; row++) {
                double v = values.get(row);
                included[row] = v >= s.minimum && v <= s.maximum;
            }
            return included;
        }
        Column groups = s.groupColumn.isBlank() ? null : table.getColumn(s.groupColumn);
        Map<Object, Integer> counters = new HashMap<>();
        long last = s.lastRow < 0 ? Long.MAX_VALUE : s.lastRow;
        for (int row = 0; row < rows; row++) {
            int number = groups == null ? row : counters.merge(groups.getObject(row), 1, Integer::sum) - 1;
            included[row] = number >= s.firstRow && number <= last;
        }
        return included;
    }

    private static DataTable select(DataTable table, boolean[] included, boolean wanted) {
        int count = 0;
        for (boolean b : included) {
            count += b == wanted ? 1 : 0;
        }
        List<Column> columns = new ArrayList<>();
        for (Column source : table.getColumns()) {
            ColumnBuilder builder = Column.builder(source.type(), count);
            for (int row = 0; row < included.length; row++) {
                if (included[row] == wanted) {
                    builder.appendFrom(source, row);
                }
            }
            columns.add(builder.build());
        }
        return new DataTable(table.getSpec(), columns);
    }
}
