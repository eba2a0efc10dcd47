package org.spikeflow.core.tests.node;

import java.util.ArrayList;
import java.util.List;

import org.spikeflow.core.data.Column;
import org.spikeflow.core.data.DataColumnSpec;
import org.spikeflow.core.data.DataTable;
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
import org.spikeflow.core.settings.NodeSettings;
import org.spikeflow.core.settings.Setting;

/** Test node: multiplies one numeric column of its input table by a factor (the column becomes double). */
public final class ScaleNodeFactory extends AbstractNodeFactory<ScaleNodeFactory.Model> {
    public static final String ID = "org.spikeflow.core.tests.scale";

    public ScaleNodeFactory() {
        super(ID);
    }

    @Override
    public Model createNodeModel() {
        return new Model();
    }

    public static class Settings extends NodeSettings {
        @Setting(title = "Factor", description = "Every value of the column is multiplied by this.", min = -1000,
                max = 1000)
        public double factor = 2.0;

        @Setting(title = "Column", description = "The numeric column to scale.", required = true,
                columnOfInputPort = 0)
        public String column = "Voltage (mV)";

        @Setting(title = "Access token", secret = true)
        public String token = "";
    }

    public static final class Model extends NodeModel<Settings> {
        /** The settings the last execute ran with, for assertions. */
        public Settings executedWith;

        Model() {
            super(new PortType[] {DataTable.TYPE}, new PortType[] {DataTable.TYPE}, Settings.class);
        }

        @Override
        protected PortObjectSpec[] configure(PortObjectSpec[] inSpecs) throws InvalidSettingsException {
            DataTableSpec in = (DataTableSpec) inSpecs[0];
            return new PortObjectSpec[] {in == null ? null : outSpec(in)};
        }

        private DataTableSpec outSpec(DataTableSpec in) throws InvalidSettingsException {
            String column = getSettings().column;
            try {
                in.requireColumn(column, "input table", DataType.DOUBLE, DataType.INT, DataType.LONG);
            } catch (IllegalArgumentException e) {
                throw new InvalidSettingsException(e.getMessage(), e);
            }
            List<DataColumnSpec> columns = new ArrayList<>();
            for (DataColumnSpec spec : in.getColumns()) {
                columns.add(spec.name().equals(column) ? new DataColumnSpec(column, DataType.DOUBLE) : spec);
            }
            return new DataTableSpec(columns);
        }

        @Override
        protected PortObject[] execute(PortObject[] inObjects, ExecutionContext exec) throws Exception {
            executedWith = getSettings();
            DataTable table = (DataTable) inObjects[0];
            String column = getSettings().column;
            double[] values = table.getDoubleColumn(column).toArray();
            int missing = 0;
            for (int i = 0; i < values.length; i++) {
                exec.checkCanceled();
                if (Double.isNaN(values[i])) {
                    missing++;
                }
                values[i] *= getSettings().factor;
            }
            if (missing > 0) {
                setWarningMessage(missing + " missing values stay missing");
            }
            List<Column> columns = new ArrayList<>(table.getColumns());
            columns.set(table.getSpec().findColumnIndex(column), DoubleColumn.of(values));
            exec.setProgress(1.0, "Scaled " + values.length + " values");
            return new PortObject[] {new DataTable(outSpec(table.getSpec()), columns)};
        }
    }
}
