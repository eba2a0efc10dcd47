package org.spikeflow.engine.tests.nodes;

import org.spikeflow.core.data.DataTable;
import org.spikeflow.core.node.AbstractNodeFactory;
import org.spikeflow.core.node.ExecutionContext;
import org.spikeflow.core.node.NodeModel;
import org.spikeflow.core.port.PortObject;
import org.spikeflow.core.port.PortObjectSpec;
import org.spikeflow.core.port.PortType;
import org.spikeflow.core.settings.NodeSettings;
import org.spikeflow.core.settings.Setting;

/** Test node: configures fine, fails on execute with a known message. */
public final class FailNodeFactory extends AbstractNodeFactory<FailNodeFactory.Model> {
    public static final String ID = "test.fail";

    public FailNodeFactory() {
        super(ID);
    }

    @Override
    public Model createNodeModel() {
        return new Model();
    }

    public static class Settings extends NodeSettings {
        @Setting(title = "Message")
        public String message = "boom";
    }

    public static final class Model extends NodeModel<Settings> {
        Model() {
            super(new PortType[] {DataTable.TYPE_OPTIONAL}, new PortType[] {DataTable.TYPE}, Settings.class);
        }

        @Override
        protected PortObjectSpec[] configure(PortObjectSpec[] inSpecs) {
            return new PortObjectSpec[] {inSpecs[0]};
        }

        @Override
        protected PortObject[] execute(PortObject[] in, ExecutionContext exec) {
            TestLog.add("fail");
            throw new IllegalStateException(getSettings().message);
        }
    }
}
