package org.spikeflow.nodes.spark.internal.totable;

import org.spikeflow.core.settings.NodeSettings;
import org.spikeflow.core.settings.Setting;

/** Settings of Spark to Table. */
public class SparkToTableNodeSettings extends NodeSettings {
    @Setting(title = "Row limit",
            description = "At most this many rows are brought back (the first ones in the DataFrame's order); write"
                    + " larger results with the Parquet Writer.",
            min = 1, max = Integer.MAX_VALUE - 8)
    public int rowLimit = 1_000_000;
}
