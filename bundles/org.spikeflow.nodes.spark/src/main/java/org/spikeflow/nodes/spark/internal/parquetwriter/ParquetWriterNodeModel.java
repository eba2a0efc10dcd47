package org.spikeflow.nodes.spark.internal.parquetwriter;

import org.spikeflow.core.node.ExecutionContext;
import org.spikeflow.core.node.NodeModel;
import org.spikeflow.core.port.PortObject;
import org.spikeflow.core.port.PortObjectSpec;
import org.spikeflow.core.port.PortType;
import org.spikeflow.core.settings.InvalidSettingsException;
import org.spikeflow.nodes.spark.SparkDataFramePortObject;
import org.spikeflow.nodes.spark.internal.common.SparkJobs;
import org.spikeflow.spark.SparkResult;
import org.spikeflow.spark.SparkSink;

/** Runs the plan and writes the result as Parquet from the executors: results that do not fit in memory. */
public class ParquetWriterNodeModel extends NodeModel<ParquetWriterNodeSettings> {

    public ParquetWriterNodeModel() {
        super(new PortType[] {SparkDataFramePortObject.TYPE}, new PortType[0], ParquetWriterNodeSettings.class);
    }

    @Override
    protected PortObjectSpec[] configure(PortObjectSpec[] inSpecs) throws InvalidSettingsException {
        if (getSettings().path.isBlank()) {
            throw new InvalidSettingsException("Set the Parquet folder to write ('path')");
        }
        return new PortObjectSpec[0];
    }

    @Override
    protected PortObject[] execute(PortObject[] inObjects, ExecutionContext exec) throws Exception {
        String path = ParquetPaths.resolve(getSettings().path, exec);
        SparkSink sink = SparkSink.of(SparkSink.PARQUET, path);
        sink.overwrite = getSettings().overwrite;
        SparkResult result = SparkJobs.run(((SparkDataFramePortObject) inObjects[0]).getPlan(), sink, exec);
        exec.setProgress(1, "Wrote " + result.rows() + " rows to " + path);
        return new PortObject[0];
    }
}
