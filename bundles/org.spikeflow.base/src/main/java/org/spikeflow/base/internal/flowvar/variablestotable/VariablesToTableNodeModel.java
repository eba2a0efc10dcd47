package org.spikeflow.base.internal.flowvar.variablestotable;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import org.spikeflow.base.internal.FlowVariableColumns;
import org.spikeflow.core.data.DataColumnSpec;
import org.spikeflow.core.data.DataTable;
import org.spikeflow.core.data.DataTableBuilder;
import org.spikeflow.core.data.DataTableSpec;
import org.spikeflow.core.flowvar.FlowVariable;
import org.spikeflow.core.node.ExecutionContext;
import org.spikeflow.core.node.NodeModel;
import org.spikeflow.core.port.FlowVariablePortObject;
import org.spikeflow.core.port.PortObject;
import org.spikeflow.core.port.PortObjectSpec;
import org.spikeflow.core.port.PortType;
import org.spikeflow.core.settings.InvalidSettingsException;

/** Writes flow variables into a one-row table, one column per variable. */
public class VariablesToTableNodeModel extends NodeModel<VariablesToTableNodeSettings> {

    public VariablesToTableNodeModel() {
        super(new PortType[] {FlowVariablePortObject.TYPE_OPTIONAL}, new PortType[] {DataTable.TYPE},
                VariablesToTableNodeSettings.class);
    }

    @Override
    protected PortObjectSpec[] configure(PortObjectSpec[] inSpecs) throws InvalidSettingsException {
        return new PortObjectSpec[] {specOf(selected())};
    }

    @Override
    protected PortObject[] execute(PortObject[] inObjects, ExecutionContext exec) throws InvalidSettingsException {
        List<FlowVariable> variables = selected();
        DataTableBuilder builder = new DataTableBuilder(specOf(variables), 1);
        builder.appendRow(variables.stream().map(FlowVariable::getValue).toArray());
        return new PortObject[] {builder.build()};
    }

    private List<FlowVariable> selected() throws InvalidSettingsException {
        Map<String, FlowVariable> available = getAvailableFlowVariables();
        List<String> names = getSettings().variables;
        if (names == null || names.isEmpty()) {
            return new ArrayList<>(available.values());
        }
        List<FlowVariable> variables = new ArrayList<>();
        for (String name : names) {
            FlowVariable variable = available.get(name);
            if (variable == null) {
                throw new InvalidSettingsException("Setting 'variables' names flow variable '" + name
                        + "', which is not available here; available: " + available.keySet());
            }
            if (variables.contains(variable)) {
                throw new InvalidSettingsException("Setting 'variables' names flow variable '" + name + "' twice");
            }
            variables.add(variable);
        }
        return variables;
    }

    private static DataTableSpec specOf(List<FlowVariable> variables) {
        List<DataColumnSpec> columns = new ArrayList<>();
        for (FlowVariable variable : variables) {
            columns.add(new DataColumnSpec(variable.getName(), FlowVariableColumns.columnType(variable.getType())));
        }
        return new DataTableSpec(columns);
    }
}
