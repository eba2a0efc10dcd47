package org.spikeflow.engine.tests.nodes;

import org.spikeflow.core.data.DataTable;
import org.spikeflow.core.data.DataTableBuilder;
import org.spikeflow.core.data.DataTableSpec;
import org.spikeflow.core.data.DataType;
import org.spikeflow.core.flowvar.FlowVariable;
import org.spikeflow.core.node.AbstractNodeFactory;
import org.spikeflow.core.node.ExecutionContext;
import org.spikeflow.core.node.NodeModel;
import org.spikeflow.core.port.PortObject;
import org.spikeflow.core.port.PortObjectSpec;
import org.spikeflow.core.port.PortType;
import org.spikeflow.core.settings.NodeSettings;
import org.spikeflow.core.settings.Setting;

/**
 * Test node: outputs a one-row table with the text value of the flow variable {@code variable} ("<absent>" if not
 * visible) and the value of its {@code number} setting (which tests bind to variables); pushes {@code push}=pushValue
 * when {@code push} is set.
 */
public final class ReadVariableNodeFactory extends AbstractNodeFactory<ReadVariableNodeFactory.Model> {
    public static final String ID = "test.readvariable";

    public ReadVariableNodeFactory() {
        super(ID);
    }

    @Override
    public Model createNodeModel() {
        return new Model();
    }

    public static class Settings extends NodeSettings {
        @Setting(title = "Variable to read")
        public String variable = "";

        @Setting(title = "Number", min = 0, max = 100)
        public double number = 0;

        @Setting(title = "Variable to push")
        public String push = "";

        @Setting(title = "Value to push")
        public String pushValue = "";
    }

    public static final class Model extends NodeModel<Settings> {
        Model() {
            super(new PortType[] {DataTable.TYPE_OPTIONAL, DataTable.TYPE_OPTIONAL}, new PortType[] {DataTable.TYPE},
                    Settings.class);
        }

        static DataTableSpec spec() {
            return DataTableSpec.of("value", DataType.STRING, "number", DataType.DOUBLE);
        }

        @Override
        protected PortObjectSpec[] configure(PortObjectSpec[] inSpecs) {
            if (!getSettings().push.isEmpty()) {
                pushFlowVariable(FlowVariable.infer(getSettings().push, getSettings().pushValue));
            }
            return new PortObjectSpec[] {spec()};
        }

        @Override
        protected PortObject[] execute(PortObject[] in, ExecutionContext exec) {
            String value = findFlowVariable(getSettings().variable).map(FlowVariable::getStringValue)
                    .orElse("<absent>");
            if (!getSettings().push.isEmpty()) {
                pushFlowVariable(FlowVariable.infer(getSettings().push, getSettings().pushValue));
            }
            DataTable table = new DataTableBuilder(spec()).appendRow(value, getSettings().number).build();
            return new PortObject[] {table};
        }
    }
}
