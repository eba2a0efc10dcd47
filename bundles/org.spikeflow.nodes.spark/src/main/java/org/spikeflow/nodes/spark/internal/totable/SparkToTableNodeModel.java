package org.spikeflow.nodes.spark.internal.totable;

import java.nio.file.Files;
import java.nio.file.Path;

import org.spikeflow.core.data.DataTable;
import org.spikeflow.core.node.ExecutionContext;
import org.spikeflow.core.node.NodeModel;
import org.spikeflow.core.port.PortObject;
import org.spikeflow.core.port.PortObjectSpec;
import org.spikeflow.core.port.PortType;
import org.spikeflow.core.settings.InvalidSettingsException;
import org.spikeflow.nodes.spark.SparkDataFramePortObject;
import org.spikeflow.nodes.spark.internal.common.SparkCsv;
import org.spikeflow.nodes.spark.internal.common.SparkJobs;
import org.spikeflow.spark.SparkResult;
import org.spikeflow.spark.SparkSink;

/** Runs the plan; the driver writes (at most the row limit of) the rows to a CSV file that becomes the table. */
public class SparkToTableNodeModel extends NodeModel<SparkToTableNodeSettings> {

    public SparkToTableNodeModel() {
        super(new PortType[] {SparkDataFramePortObject.TYPE}, new PortType[] {DataTable.TYPE},
                SparkToTableNodeSettings.class);
    }

    @Override
    protected PortObjectSpec[] configure(PortObjectSpec[] inSpecs) throws InvalidSettingsException {
        return new PortObjectSpec[] {null};
    }

    @Override
    protected PortObject[] execute(PortObject[] inObjects, ExecutionContext exec) throws Exception {
        Path file = Files.createTempFile("spikeflow-spark-", ".csv");
        try {
            SparkSink sink = SparkSink.of(SparkSink.CSV, file.toString());
            sink.limit = getSettings().rowLimit;
            SparkResult result = SparkJobs.run(((SparkDataFramePortObject) inObjects[0]).getPlan(), sink, exec);
            exec.setProgress(0.99, "Reading " + result.rows() + " rows");
            return new PortObject[] {SparkCsv.read(file, result.columns())};
        } finally {
            Files.deleteIfExists(file);
        }
    }
}
