package org.spikeflow.base.internal.flowvar.tablerowtovariable;

import java.util.List;

import org.spikeflow.base.internal.FlowVariableColumns;
import org.spikeflow.core.data.BooleanColumn;
import org.spikeflow.core.data.Column;
import org.spikeflow.core.data.DataColumnSpec;
import org.spikeflow.core.data.DataTable;
import org.spikeflow.core.data.DataTableSpec;
import org.spikeflow.core.data.DoubleColumn;
import org.spikeflow.core.data.IntColumn;
import org.spikeflow.core.data.LongColumn;
import org.spikeflow.core.data.StringColumn;
import org.spikeflow.core.flowvar.FlowVariable;
import org.spikeflow.core.flowvar.FlowVariableType;
import org.spikeflow.core.node.ExecutionContext;
import org.spikeflow.core.node.NodeModel;
import org.spikeflow.core.port.FlowVariablePortObject;
import org.spikeflow.core.port.FlowVariablePortObjectSpec;
import org.spikeflow.core.port.PortObject;
import org.spikeflow.core.port.PortObjectSpec;
import org.spikeflow.core.port.PortType;
import org.spikeflow.core.settings.InvalidSettingsException;

/** Turns the cells of one table row into flow variables, one per column. */
public class TableRowToVariableNodeModel extends NodeModel<TableRowToVariableNodeSettings> {

    public TableRowToVariableNodeModel() {
        super(new PortType[] {DataTable.TYPE}, new PortType[] {FlowVariablePortObject.TYPE},
                TableRowToVariableNodeSettings.class);
    }

    @Override
    protected PortObjectSpec[] configure(PortObjectSpec[] inSpecs) throws InvalidSettingsException {
        DataTableSpec spec = (DataTableSpec) inSpecs[0];
        if (spec != null) {
            // Placeholders let downstream settings bind to the variables before this node has run.
            for (int index : selectedColumns(spec)) {
                DataColumnSpec column = spec.getColumnSpec(index);
                pushFlowVariable(FlowVariableColumns.placeholder(variableName(column),
                        FlowVariableColumns.variableType(column.type())));
            }
        }
        return new PortObjectSpec[] {FlowVariablePortObjectSpec.INSTANCE};
    }

    private String variableName(DataColumnSpec column) {
        return getSettings().prefix + column.name();
    }

    private List<Integer> selectedColumns(DataTableSpec spec) throws InvalidSettingsException {
        return FlowVariableColumns.selectedColumns(spec, getSettings().columns);
    }

    @Override
    protected PortObject[] execute(PortObject[] inObjects, ExecutionContext exec) throws InvalidSettingsException {
        DataTable table = (DataTable) inObjects[0];
        TableRowToVariableNodeSettings s = getSettings();
        int rows = table.getRowCount();
        int row = s.row < 0 ? rows + s.row : s.row;
        if (row < 0 || row >= rows) {
            throw new InvalidSettingsException("Setting 'row' is " + s.row + " but the input table has " + rows
                    + " rows" + (rows == 0
                            ? ""
                            : " (valid: 0 to " + (rows - 1) + ", or -1 to -" + rows
                                    + " counting from the end)"));
        }
        for (int index : selectedColumns(table.getSpec())) {
            DataColumnSpec columnSpec = table.getSpec().getColumnSpec(index);
            Column column = table.getColumn(index);
            if (column.isMissing(row)) {
                if (s.missingValue == MissingValuePolicy.SKIP) {
                    continue;
                }
                throw new InvalidSettingsException("Column '" + columnSpec.name() + "' has a missing value in row "
                        + row + "; set 'missingValue' to SKIP to create no variable for it");
            }
            pushFlowVariable(FlowVariableColumns.cellVariable(variableName(columnSpec), column, row));
        }
        return new PortObject[] {FlowVariablePortObject.INSTANCE};
    }
}
