package org.spikeflow.nodes.spark.internal.fromtable;

import org.spikeflow.core.settings.NodeSettings;
import org.spikeflow.core.settings.Setting;

/** Settings of Table to Spark. */
public class TableToSparkNodeSettings extends NodeSettings {
    @Setting(title = "File", description = "The CSV file the table is written to for Spark. It must be readable by"
            + " the executors: any path for local Spark, a shared folder for a cluster. Relative paths are relative"
            + " to the output folder.", path = "output", required = true)
    public String path = "spark-input.csv";
}
