package org.spikeflow.engine.tests.dropin;

import org.spikeflow.core.data.DataTable;
import org.spikeflow.core.data.DataTableBuilder;
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

/**
 * A node packaged at test time into a separate bundle (see DropInBundleTest): it proves a bundle installed into a
 * running platform adds its nodes without touching the core. Self-contained on purpose.
 */
public final class HelloNodeFactory extends AbstractNodeFactory<HelloNodeFactory.Model> {
    public static final String ID = "org.spikeflow.test.dropin.hello";

    public HelloNodeFactory() {
        super(ID);
    }

    @Override
    public Model createNodeModel() {
        return new Model();
    }

    public static class Settings extends NodeSettings {
        @Setting(title = "Greeting")
        public String greeting = "hello from a drop-in bundle";
    }

    public static final class Model extends NodeModel<Settings> {
        Model() {
            super(new PortType[0], new PortType[] {DataTable.TYPE}, Settings.class);
        }

        @Override
        protected PortObjectSpec[] configure(PortObjectSpec[] inSpecs) {
            return new PortObjectSpec[] {DataTableSpec.of("greeting", DataType.STRING)};
        }

        @Override
        protected PortObject[] execute(PortObject[] in, ExecutionContext exec) {
            return new PortObject[] {new DataTableBuilder(DataTableSpec.of("greeting", DataType.STRING))
                    .appendRow(getSettings().greeting).build()};
        }
    }
}
