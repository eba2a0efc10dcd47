package org.spikeflow.base.internal.loop.tablerowstart;

import java.util.List;

import org.spikeflow.base.internal.FlowVariableColumns;
import org.spikeflow.base.internal.loop.LoopVariables;
import org.spikeflow.core.data.DataColumnSpec;
import org.spikeflow.core.data.DataTable;
import org.spikeflow.core.data.DataTableSpec;
import org.spikeflow.core.node.ExecutionContext;
import org.spikeflow.core.node.LoopStartNodeTerminator;
import org.spikeflow.core.node.NodeModel;
import org.spikeflow.core.port.FlowVariablePortObject;
import org.spikeflow.core.port.FlowVariablePortObjectSpec;
import org.spikeflow.core.port.PortObject;
import org.spikeflow.core.port.PortObjectSpec;
import org.spikeflow.core.port.PortType;
import org.spikeflow.core.settings.InvalidSettingsException;

/** One iteration per input row; the row's cells become flow variables. */
public class TableRowToVariableLoopStartNodeModel extends NodeModel<TableRowToVariableLoopStartNodeSettings>
        implements
            LoopStartNodeTerminator {

    /** The row of the next iteration. */
    private int nextRow;
    /** The number of rows of the running loop, fixed when its first iteration started. */
    private int rowCount = Integer.MAX_VALUE;

    public TableRowToVariableLoopStartNodeModel() {
        super(new PortType[] {DataTable.TYPE}, new PortType[] {FlowVariablePortObject.TYPE},
                TableRowToVariableLoopStartNodeSettings.class);
    }

    @Override
    protected PortObjectSpec[] configure(PortObjectSpec[] inSpecs) throws InvalidSettingsException {
        pushFlowVariableInt(LoopVariables.CURRENT_ITERATION, 0);
        DataTableSpec spec = (DataTableSpec) inSpecs[0];
        if (spec != null) {
            for (int index : selectedColumns(spec)) {
                DataColumnSpec column = spec.getColumnSpec(index);
                pushFlowVariable(FlowVariableColumns.placeholder(getSettings().prefix + column.name(),
                        FlowVariableColumns.variableType(column.type())));
            }
        }
        return new PortObjectSpec[] {FlowVariablePortObjectSpec.INSTANCE};
    }

    private List<Integer> selectedColumns(DataTableSpec spec) throws InvalidSettingsException {
        return FlowVariableColumns.selectedColumns(spec, getSettings().columns);
    }

    @Override
    protected PortObject[] execute(PortObject[] inObjects, ExecutionContext exec) throws InvalidSettingsException {
        DataTable table = (DataTable) inObjects[0];
        if (table.getRowCount() == 0) {
            throw new InvalidSettingsException("The input table has no rows to loop over");
        }
        if (nextRow == 0) {
            rowCount = table.getRowCount();
        }
        int row = nextRow;
        pushFlowVariableInt(LoopVariables.CURRENT_ITERATION, row);
        pushFlowVariableInt(LoopVariables.MAX_ITERATIONS, rowCount);
        for (int index : selectedColumns(table.getSpec())) {
            String name = table.getSpec().getColumnSpec(index).name();
            if (table.getColumn(index).isMissing(row)) {
                throw new InvalidSettingsException("Row " + row + ", column '" + name + "' has a missing value");
            }
            pushFlowVariable(
                    FlowVariableColumns.cellVariable(getSettings().prefix + name, table.getColumn(index), row));
        }
        nextRow++;
        return new PortObject[] {FlowVariablePortObject.INSTANCE};
    }

    @Override
    public boolean terminateLoop() {
        return nextRow >= rowCount;
    }

    @Override
    protected void reset() {
        nextRow = 0;
        rowCount = Integer.MAX_VALUE;
    }
}
