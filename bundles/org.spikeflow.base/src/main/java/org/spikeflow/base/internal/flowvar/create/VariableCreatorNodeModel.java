package org.spikeflow.base.internal.flowvar.create;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

import org.spikeflow.base.internal.flowvar.create.VariableCreatorNodeSettings.VariableDefinition;
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

/** Creates flow variables with values typed in by the user. */
public class VariableCreatorNodeModel extends NodeModel<VariableCreatorNodeSettings> {

    public VariableCreatorNodeModel() {
        super(new PortType[] {FlowVariablePortObject.TYPE_OPTIONAL}, new PortType[] {FlowVariablePortObject.TYPE},
                VariableCreatorNodeSettings.class);
    }

    @Override
    protected PortObjectSpec[] configure(PortObjectSpec[] inSpecs) throws InvalidSettingsException {
        createVariables().forEach(this::pushFlowVariable);
        return new PortObjectSpec[] {FlowVariablePortObjectSpec.INSTANCE};
    }

    @Override
    protected PortObject[] execute(PortObject[] inObjects, ExecutionContext exec) throws InvalidSettingsException {
        createVariables().forEach(this::pushFlowVariable);
        return new PortObject[] {FlowVariablePortObject.INSTANCE};
    }

    /**
     * @throws InvalidSettingsException
     *             naming the variable whose name, type or value is wrong
     */
    private List<FlowVariable> createVariables() throws InvalidSettingsException {
        List<FlowVariable> created = new ArrayList<>();
        Set<String> names = new HashSet<>();
        List<VariableDefinition> definitions = getSettings().variables;
        for (int i = 0; i < definitions.size(); i++) {
            VariableDefinition definition = definitions.get(i);
            String where = "Variable " + (i + 1) + " of setting 'variables'";
            if (definition == null || definition.name == null || definition.name.isBlank()) {
                throw new InvalidSettingsException(where + " has no name");
            }
            String name = definition.name.trim();
            where = "Variable '" + name + "'";
            if (!names.add(name)) {
                throw new InvalidSettingsException(where + " is defined twice in setting 'variables'");
            }
            FlowVariableType type;
            try {
                type = FlowVariableType.fromLabel(definition.type == null ? "" : definition.type);
            } catch (IllegalArgumentException e) {
                throw new InvalidSettingsException(where + " has type '" + definition.type
                        + "'; expected int, double, string or boolean");
            }
            try {
                created.add(FlowVariable.parse(name, type, definition.value == null ? "" : definition.value));
            } catch (IllegalArgumentException e) {
                throw new InvalidSettingsException(where + " is " + type.label() + " but its value '"
                        + definition.value + "' is not " + (type == FlowVariableType.INT
                                ? "an int"
                                : type == FlowVariableType.BOOLEAN ? "true or false" : "a " + type.label()));
            }
        }
        return created;
    }
}
