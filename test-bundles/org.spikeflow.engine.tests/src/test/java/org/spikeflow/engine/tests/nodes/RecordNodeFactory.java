package org.spikeflow.engine.tests.nodes;

import java.util.concurrent.TimeUnit;

import org.spikeflow.core.data.Column;
import org.spikeflow.core.data.DataColumnSpec;
import org.spikeflow.core.data.DataTable;
import org.spikeflow.core.data.DataTableBuilder;
import org.spikeflow.core.data.DataTableSpec;
import org.spikeflow.core.data.DataType;
import org.spikeflow.core.data.DoubleColumn;
import org.spikeflow.core.node.AbstractNodeFactory;
import org.spikeflow.core.node.ExecutionContext;
import org.spikeflow.core.node.NodeModel;
import org.spikeflow.core.port.PortObject;
import org.spikeflow.core.port.PortObjectSpec;
import org.spikeflow.core.port.PortType;
import org.spikeflow.core.settings.InvalidSettingsException;

/**
 * Test node: logs "label" on execute, optionally meets other nodes at a rendezvous, and outputs its input table (or a
 * one-row table x = 1 without input) with {@code add} added to double cells.
 */
public final class RecordNodeFactory extends AbstractNodeFactory<RecordNodeFactory.Model> {
    public static final String ID = "test.record";

    public RecordNodeFactory() {
        super(ID);
    }

    @Override
    public Model createNodeModel() {
        return new Model();
    }

    public static final class Model extends NodeModel<RecordNodeSettings> {
        Model() {
            super(new PortType[] {DataTable.TYPE_OPTIONAL, DataTable.TYPE_OPTIONAL}, new PortType[] {DataTable.TYPE},
                    RecordNodeSettings.class);
        }

        @Override
        protected PortObjectSpec[] configure(PortObjectSpec[] inSpecs) throws InvalidSettingsException {
            return new PortObjectSpec[] {inSpecs[0] != null ? inSpecs[0] : DataTableSpec.of("x", DataType.DOUBLE)};
        }

        @Override
        protected PortObject[] execute(PortObject[] in, ExecutionContext exec) throws Exception {
            TestLog.add("start " + getSettings().label);
            if (!getSettings().rendezvous.isEmpty()) {
                var latch = TestLog.latch(getSettings().rendezvous, 2);
                latch.countDown();
                boolean met = latch.await(5, TimeUnit.SECONDS);
                TestLog.add((met ? "met " : "alone ") + getSettings().label);
            }
            DataTable input = in[0] != null
                    ? (DataTable) in[0]
                    : new DataTableBuilder(DataTableSpec.of("x", DataType.DOUBLE)).appendRow(1.0).build();
            DataTable output = input;
            if (getSettings().add != 0) {
                java.util.List<Column> columns = new java.util.ArrayList<>();
                for (int c = 0; c < input.getColumnCount(); c++) {
                    Column column = input.getColumn(c);
                    if (column instanceof DoubleColumn doubles) {
                        double[] values = doubles.toArray();
                        for (int i = 0; i < values.length; i++) {
                            values[i] += getSettings().add;
                        }
                        column = DoubleColumn.of(values);
                    }
                    columns.add(column);
                }
                output = new DataTable(input.getSpec(), columns);
            }
            TestLog.add("end " + getSettings().label);
            return new PortObject[] {output};
        }

        static DataColumnSpec x() {
            return new DataColumnSpec("x", DataType.DOUBLE);
        }
    }
}
