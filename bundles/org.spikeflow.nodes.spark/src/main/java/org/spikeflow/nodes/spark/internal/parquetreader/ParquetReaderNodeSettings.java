package org.spikeflow.nodes.spark.internal.parquetreader;

import org.spikeflow.core.settings.NodeSettings;
import org.spikeflow.core.settings.Setting;

/** Settings of the Parquet Reader. */
public class ParquetReaderNodeSettings extends NodeSettings {
    @Setting(title = "Folder", description = "The Parquet dataset (or file) to read. Relative paths are relative to"
            + " the workflow's folder; URIs such as hdfs:// or s3a:// go to Spark unchanged.", path = "input",
            required = true)
    public String path = "results.parquet";
}
