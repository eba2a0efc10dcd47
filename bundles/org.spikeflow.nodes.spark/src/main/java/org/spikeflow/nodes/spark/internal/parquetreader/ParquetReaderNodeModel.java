package org.spikeflow.nodes.spark.internal.parquetreader;

import org.spikeflow.core.node.ExecutionContext;
import org.spikeflow.core.node.NodeModel;
import org.spikeflow.core.port.PortObject;
import org.spikeflow.core.port.PortObjectSpec;
import org.spikeflow.core.port.PortType;
import org.spikeflow.core.settings.InvalidSettingsException;
import org.spikeflow.nodes.spark.SparkContextPortObject;
import org.spikeflow.nodes.spark.SparkDataFramePortObject;
import org.spikeflow.nodes.spark.SparkDataFrameSpec;
import org.spikeflow.nodes.spark.internal.parquetwriter.ParquetPaths;
import org.spikeflow.spark.SparkPlan;

/** A Parquet dataset as a (lazy) DataFrame: the executors read it when a downstream node runs the plan. */
public class ParquetReaderNodeModel extends NodeModel<ParquetReaderNodeSettings> {

    public ParquetReaderNodeModel() {
        super(new PortType[] {SparkContextPortObject.TYPE}, new PortType[] {SparkDataFramePortObject.TYPE},
                ParquetReaderNodeSettings.class);
    }

    @Override
    protected PortObjectSpec[] configure(PortObjectSpec[] inSpecs) throws InvalidSettingsException {
        if (getSettings().path.isBlank()) {
            throw new InvalidSettingsException("Set the Parquet dataset to read ('path')");
        }
        return new PortObjectSpec[] {SparkDataFrameSpec.UNKNOWN};
    }

    @Override
    protected PortObject[] execute(PortObject[] inObjects, ExecutionContext exec) throws Exception {
        SparkPlan plan = new SparkPlan();
        plan.cluster = ((SparkContextPortObject) inObjects[0]).getCluster();
        plan.source.kind = SparkPlan.Source.PARQUET;
        plan.source.path = ParquetPaths.resolveInput(getSettings().path, exec);
        return new PortObject[] {new SparkDataFramePortObject(plan, SparkDataFrameSpec.UNKNOWN)};
    }
}
