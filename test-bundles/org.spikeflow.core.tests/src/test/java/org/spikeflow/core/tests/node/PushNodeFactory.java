package org.spikeflow.core.tests.node;

import org.spikeflow.core.node.AbstractNodeFactory;
import org.spikeflow.core.node.ExecutionContext;
import org.spikeflow.core.node.NodeModel;
import org.spikeflow.core.port.FlowVariablePortObject;
import org.spikeflow.core.port.FlowVariablePortObjectSpec;
import org.spikeflow.core.port.PortObject;
import org.spikeflow.core.port.PortObjectSpec;
import org.spikeflow.core.port.PortType;
import org.spikeflow.core.settings.InvalidSettingsException;
import org.spikeflow.core.settings.NodeSettings;
import org.spikeflow.core.settings.Setting;

/**
 * Test node: pushes an int variable, and optionally reads a variable as a double and pushes twice its value as
 * {@code doubled}.
 */
public final class PushNodeFactory extends AbstractNodeFactory<PushNodeFactory.Model> {

    public PushNodeFactory() {
        super("org.spikeflow.core.tests.push");
    }

    @Override
    public Model createNodeModel() {
        return new Model();
    }

    public static class Settings extends NodeSettings {
        @Setting(title = "Variable name", required = true)
        public String variableName = "count";

        @Setting(title = "Value")
        public int value = 1;

        @Setting(title = "Variable to double", description = "A variable read as a double; empty for none.")
        public String readVariable = "";
    }

    public static final class Model extends NodeModel<Settings> {
        Model() {
            super(new PortType[] {FlowVariablePortObject.TYPE_OPTIONAL},
                    new PortType[] {FlowVariablePortObject.TYPE}, Settings.class);
        }

        private void push() throws InvalidSettingsException {
            pushFlowVariableInt(getSettings().variableName, getSettings().value);
            if (!getSettings().readVariable.isEmpty()) {
                pushFlowVariableDouble("doubled", 2 * peekFlowVariableDouble(getSettings().readVariable));
            }
        }

        @Override
        protected PortObjectSpec[] configure(PortObjectSpec[] inSpecs) throws InvalidSettingsException {
            push();
            return new PortObjectSpec[] {FlowVariablePortObjectSpec.INSTANCE};
        }

        @Override
        protected PortObject[] execute(PortObject[] inObjects, ExecutionContext exec) throws Exception {
            push();
            return new PortObject[] {FlowVariablePortObject.INSTANCE};
        }
    }
}
