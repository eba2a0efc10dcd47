package org.spikeflow.engine.tests.nodes;

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

/** Test node whose settings have two migration steps: outputs one row (count, fraction). */
public final class VersionedNodeFactory extends AbstractNodeFactory<VersionedNodeFactory.Model> {
    public static final String ID = "test.versioned";

    public VersionedNodeFactory() {
        super(ID);
    }

    @Override
    public Model createNodeModel() {
        return new Model();
    }

    public static final class Model extends NodeModel<VersionedNodeSettings> {
        Model() {
            super(new PortType[0], new PortType[] {DataTable.TYPE}, VersionedNodeSettings.class);
        }

        private static DataTableSpec spec() {
            return DataTableSpec.of("count", DataType.INT, "fraction", DataType.DOUBLE);
        }

        @Override
        protected PortObjectSpec[] configure(PortObjectSpec[] inSpecs) {
            return new PortObjectSpec[] {spec()};
        }

        @Override
        protected PortObject[] execute(PortObject[] in, ExecutionContext exec) {
            return new PortObject[] {new DataTableBuilder(spec())
                    .appendRow(getSettings().repetitions, getSettings().fraction).build()};
        }
    }
}
