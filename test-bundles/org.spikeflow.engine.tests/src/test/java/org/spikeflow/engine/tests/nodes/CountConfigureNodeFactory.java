package org.spikeflow.engine.tests.nodes;

import java.util.concurrent.atomic.AtomicInteger;

import org.spikeflow.core.data.DataTable;
import org.spikeflow.core.data.DataTableSpec;
import org.spikeflow.core.data.DataType;
import org.spikeflow.core.node.AbstractNodeFactory;
import org.spikeflow.core.node.ExecutionContext;
import org.spikeflow.core.node.NodeModel;
import org.spikeflow.core.port.PortObject;
import org.spikeflow.core.port.PortObjectSpec;
import org.spikeflow.core.port.PortType;
import org.spikeflow.core.settings.NodeSettings;
import org.spikeflow.core.settings.Setting;

/** Test node: counts how often any of its models is configured (in {@link #CONFIGURES}); passes its input on. */
public final class CountConfigureNodeFactory extends AbstractNodeFactory<CountConfigureNodeFactory.Model> {
    public static final String ID = "test.countconfigure";

    /** Configure calls of all models of this type since the last reset. */
    public static final AtomicInteger CONFIGURES = new AtomicInteger();

    public CountConfigureNodeFactory() {
        super(ID);
    }

    @Override
    public Model createNodeModel() {
        return new Model();
    }

    public static class Settings extends NodeSettings {
        @Setting(title = "Label")
        public String label = "";
    }

    public static final class Model extends NodeModel<Settings> {
        Model() {
            super(new PortType[] {DataTable.TYPE_OPTIONAL}, new PortType[] {DataTable.TYPE}, Settings.class);
        }

        @Override
        protected PortObjectSpec[] configure(PortObjectSpec[] inSpecs) {
            CONFIGURES.incrementAndGet();
            return new PortObjectSpec[] {inSpecs[0] != null ? inSpecs[0] : DataTableSpec.of("x", DataType.DOUBLE)};
        }

        @Override
        protected PortObject[] execute(PortObject[] in, ExecutionContext exec) {
            return new PortObject[] {in[0]};
        }
    }
}
