package org.spikeflow.engine.tests.nodes;

import org.spikeflow.core.data.DataTable;
import org.spikeflow.core.data.DataTableSpec;
import org.spikeflow.core.data.DataType;
import org.spikeflow.core.data.DoubleColumn;
import org.spikeflow.core.data.IntColumn;
import org.spikeflow.core.node.AbstractNodeFactory;
import org.spikeflow.core.node.ExecutionContext;
import org.spikeflow.core.node.NodeModel;
import org.spikeflow.core.port.PortObject;
import org.spikeflow.core.port.PortObjectSpec;
import org.spikeflow.core.port.PortType;
import org.spikeflow.core.settings.NodeSettings;
import org.spikeflow.core.settings.Setting;

/** Test node: a table of {@code rows} rows, columns i (int) and sqrt(i) (double). */
public final class BigTableNodeFactory extends AbstractNodeFactory<BigTableNodeFactory.Model> {
    public static final String ID = "test.bigtable";

    public BigTableNodeFactory() {
        super(ID);
    }

    @Override
    public Model createNodeModel() {
        return new Model();
    }

    public static class Settings extends NodeSettings {
        @Setting(title = "Rows", min = 0)
        public int rows = 10;
    }

    public static final class Model extends NodeModel<Settings> {
        Model() {
            super(new PortType[0], new PortType[] {DataTable.TYPE}, Settings.class);
        }

        static DataTableSpec spec() {
            return DataTableSpec.of("i", DataType.INT, "sqrt", DataType.DOUBLE);
        }

        @Override
        protected PortObjectSpec[] configure(PortObjectSpec[] inSpecs) {
            return new PortObjectSpec[] {spec()};
        }

        @Override
        protected PortObject[] execute(PortObject[] in, ExecutionContext exec) {
            int n = getSettings().rows;
            int[] index = new int[n];
            double[] roots = new double[n];
            for (int i = 0; i < n; i++) {
                index[i] = i;
                roots[i] = Math.sqrt(i);
            }
            return new PortObject[] {new DataTable(spec(), IntColumn.of(index), DoubleColumn.of(roots))};
        }
    }
}
