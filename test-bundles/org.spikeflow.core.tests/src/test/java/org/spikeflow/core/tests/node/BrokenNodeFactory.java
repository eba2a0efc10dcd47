package org.spikeflow.core.tests.node;

import org.spikeflow.core.data.DataTable;
import org.spikeflow.core.node.AbstractNodeFactory;
import org.spikeflow.core.node.ExecutionContext;
import org.spikeflow.core.node.NodeModel;
import org.spikeflow.core.port.FlowVariablePortObject;
import org.spikeflow.core.port.PortObject;
import org.spikeflow.core.port.PortObjectSpec;
import org.spikeflow.core.port.PortType;
import org.spikeflow.core.settings.NodeSettings;
import org.spikeflow.core.settings.Setting;

/** Test source node that breaks the model contract in the way its {@code fault} setting says. No description. */
public final class BrokenNodeFactory extends AbstractNodeFactory<BrokenNodeFactory.Model> {
    public static final String ID = "org.spikeflow.core.tests.broken";

    public BrokenNodeFactory() {
        super(ID);
    }

    @Override
    public Model createNodeModel() {
        return new Model();
    }

    public static class Settings extends NodeSettings {
        @Setting(title = "Fault", description = "no array, too few, nothing, wrong type, continue or none")
        public String fault = "none";
    }

    public static final class Model extends NodeModel<Settings> {
        Model() {
            super(new PortType[0], new PortType[] {DataTable.TYPE}, Settings.class);
        }

        @Override
        protected PortObjectSpec[] configure(PortObjectSpec[] inSpecs) {
            return getSettings().fault.equals("too few") ? new PortObjectSpec[0] : new PortObjectSpec[] {null};
        }

        @Override
        protected PortObject[] execute(PortObject[] inObjects, ExecutionContext exec) {
            return switch (getSettings().fault) {
                case "no array" -> null;
                case "too few" -> new PortObject[0];
                case "nothing" -> new PortObject[] {null};
                case "wrong type" -> new PortObject[] {FlowVariablePortObject.INSTANCE};
                case "continue" -> {
                    continueLoop();
                    yield null;
                }
                default -> new PortObject[] {DataTable.empty(new org.spikeflow.core.data.DataTableSpec())};
            };
        }
    }
}
