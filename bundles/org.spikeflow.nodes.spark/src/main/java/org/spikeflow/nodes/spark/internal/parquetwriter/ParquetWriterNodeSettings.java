package org.spikeflow.nodes.spark.internal.parquetwriter;

import org.spikeflow.core.settings.NodeSettings;
import org.spikeflow.core.settings.Setting;

/** Settings of the Parquet Writer. */
public class ParquetWriterNodeSettings extends NodeSettings {
    @Setting(title = "Folder", description = "The Parquet dataset to write (a folder of part files, one per"
            + " partition, written by the executors). Relative paths are relative to the output folder; on a cluster"
            + " use a location all executors reach (e.g. hdfs:// or s3a:// paths are passed to Spark unchanged).",
            path = "output", required = true)
    public String path = "results.parquet";

    @Setting(title = "Overwrite", description = "Whether an existing dataset is replaced; otherwise the node fails.")
    public boolean overwrite = true;
}
