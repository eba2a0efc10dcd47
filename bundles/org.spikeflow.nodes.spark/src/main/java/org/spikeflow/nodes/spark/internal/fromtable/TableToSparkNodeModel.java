package org.spikeflow.nodes.spark.internal.fromtable;

import java.nio.file.Path;

import org.spikeflow.core.data.DataTable;
import org.spikeflow.core.data.DataTableSpec;
import org.spikeflow.core.node.ExecutionContext;
import org.spikeflow.core.node.NodeModel;
import org.spikeflow.core.port.PortObject;
import org.spikeflow.core.port.PortObjectSpec;
import org.spikeflow.core.port.PortType;
import org.spikeflow.core.settings.InvalidSettingsException;
import org.spikeflow.nodes.spark.SparkContextPortObject;
import org.spikeflow.nodes.spark.SparkDataFramePortObject;
import org.spikeflow.nodes.spark.SparkDataFrameSpec;
import org.spikeflow.nodes.spark.internal.common.SparkCsv;
import org.spikeflow.spark.SparkPlan;

/** Writes the table as CSV where the executors can read it; the DataFrame reads that file. */
public class TableToSparkNodeModel extends NodeModel<TableToSparkNodeSettings> {

    public TableToSparkNodeModel() {
        super(new PortType[] {SparkContextPortObject.TYPE, DataTable.TYPE},
                new PortType[] {SparkDataFramePortObject.TYPE}, TableToSparkNodeSettings.class);
    }

    @Override
    protected PortObjectSpec[] configure(PortObjectSpec[] inSpecs) throws InvalidSettingsException {
        if (getSettings().path.isBlank()) {
            throw new InvalidSettingsException("Set the CSV file the table is handed to Spark in ('path')");
        }
        return new PortObjectSpec[] {inSpecs[1] instanceof DataTableSpec spec
                ? new SparkDataFrameSpec(spec.columnNames())
                : null};
    }

    @Override
    protected PortObject[] execute(PortObject[] inObjects, ExecutionContext exec) throws Exception {
        DataTable table = (DataTable) inObjects[1];
        Path file = exec.resolveOutput(getSettings().path);
        SparkCsv.write(table, file);
        exec.fileWritten(file);
        SparkPlan plan = new SparkPlan();
        plan.cluster = ((SparkContextPortObject) inObjects[0]).getCluster();
        plan.source.kind = SparkPlan.Source.CSV;
        plan.source.path = file.toAbsolutePath().toString();
        return new PortObject[] {new SparkDataFramePortObject(plan,
                new SparkDataFrameSpec(table.getSpec().columnNames()))};
    }
}
