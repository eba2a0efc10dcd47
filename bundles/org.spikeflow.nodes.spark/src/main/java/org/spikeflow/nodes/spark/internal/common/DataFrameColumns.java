package org.spikeflow.nodes.spark.internal.common;

import java.util.List;

import org.spikeflow.core.port.PortObjectSpec;
import org.spikeflow.core.settings.InvalidSettingsException;
import org.spikeflow.nodes.spark.SparkDataFrameSpec;

/** The configure-time check of the columns a Spark node reads from its input DataFrame. */
public final class DataFrameColumns {
    private DataFrameColumns() {
    }

    /**
     * Refuses an input DataFrame whose columns are known and lack one of {@code needed}; a DataFrame whose columns only
     * the cluster sees (a file read by Spark) passes, to be checked when the job runs.
     *
     * @param why
     *            what the node needs the columns for, shown in the message
     */
    public static void require(PortObjectSpec input, List<String> needed, String why) throws InvalidSettingsException {
        if (input instanceof SparkDataFrameSpec in && in.isKnown()) {
            for (String column : needed) {
                if (!in.columns().contains(column)) {
                    throw new InvalidSettingsException("The input DataFrame has no column '" + column + "' (" + why
                            + "; its columns: " + in.summary() + ")");
                }
            }
        }
    }
}
