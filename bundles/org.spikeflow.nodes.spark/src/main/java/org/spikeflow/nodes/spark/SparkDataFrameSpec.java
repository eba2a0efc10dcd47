package org.spikeflow.nodes.spark;

import java.util.List;

import org.spikeflow.core.port.PortObjectSpec;

/**
 * The columns of a Spark DataFrame where they are known without running anything (sweeps, simulation and forecast
 * results, tables sent to Spark); empty for files read by Spark, whose schema only the cluster sees.
 */
public record SparkDataFrameSpec(List<String> columns) implements PortObjectSpec {
    public static final SparkDataFrameSpec UNKNOWN = new SparkDataFrameSpec(List.of());

    public SparkDataFrameSpec {
        columns = List.copyOf(columns);
    }

    public boolean isKnown() {
        return !columns.isEmpty();
    }

    @Override
    public String summary() {
        return isKnown() ? String.join(", ", columns) : "columns known when the plan runs";
    }
}
