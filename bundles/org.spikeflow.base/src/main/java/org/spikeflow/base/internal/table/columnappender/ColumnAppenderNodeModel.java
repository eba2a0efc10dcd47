package org.spikeflow.base.internal.table.columnappender;

import java.util.ArrayList;
import java.util.List;

import org.spikeflow.core.data.Column;
import org.spikeflow.core.data.DataColumnSpec;
import org.spikeflow.core.data.DataTable;
import org.spikeflow.core.data.DataTableSpec;
import org.spikeflow.core.node.ExecutionContext;
import org.spikeflow.core.node.NodeModel;
import org.spikeflow.core.port.PortObject;
import org.spikeflow.core.port.PortObjectSpec;
import org.spikeflow.core.port.PortType;
import org.spikeflow.core.settings.InvalidSettingsException;

/** Appends the second table's columns (those with new names) to the first table, row by row. */
public class ColumnAppenderNodeModel extends NodeModel<ColumnAppenderNodeSettings> {

    public ColumnAppenderNodeModel() {
        super(new PortType[] {DataTable.TYPE, DataTable.TYPE}, new PortType[] {DataTable.TYPE},
                ColumnAppenderNodeSettings.class);
    }

    @Override
    protected PortObjectSpec[] configure(PortObjectSpec[] inSpecs) throws InvalidSettingsException {
        DataTableSpec first = (DataTableSpec) inSpecs[0];
        DataTableSpec second = (DataTableSpec) inSpecs[1];
        return new PortObjectSpec[] {first == null || second == null ? null : outputSpec(first, second)};
    }

    /** @return indices of the second table's columns whose names the first table does not have */
    private static int[] appended(DataTableSpec first, DataTableSpec second) {
        List<Integer> kept = new ArrayList<>();
        for (int i = 0; i < second.getNumColumns(); i++) {
            if (!first.containsColumn(second.getColumnSpec(i).name())) {
                kept.add(i);
            }
        }
        return kept.stream().mapToInt(Integer::intValue).toArray();
    }

    private static DataTableSpec outputSpec(DataTableSpec first, DataTableSpec second) {
        List<DataColumnSpec> columns = new ArrayList<>();
        for (int i = 0; i < first.getNumColumns(); i++) {
            columns.add(first.getColumnSpec(i));
        }
        for (int index : appended(first, second)) {
            columns.add(second.getColumnSpec(index));
        }
        return new DataTableSpec(columns);
    }

    @Override
    protected PortObject[] execute(PortObject[] inObjects, ExecutionContext exec) throws Exception {
        DataTable first = (DataTable) inObjects[0];
        DataTable second = (DataTable) inObjects[1];
        if (first.getRowCount() != second.getRowCount()) {
            throw new IllegalArgumentException("The tables have different row counts: " + first.getRowCount()
                    + " (input 0) and " + second.getRowCount() + " (input 1); the Column Appender joins rows by"
                    + " position");
        }
        List<Column> columns = new ArrayList<>(first.getColumns());
        for (int index : appended(first.getSpec(), second.getSpec())) {
            columns.add(second.getColumn(index));
        }
        return new PortObject[] {new DataTable(outputSpec(first.getSpec(), second.getSpec()), columns)};
    }
}
