package org.spikeflow.nodes.spark;

import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Objects;

import org.spikeflow.core.port.PortObjectSummary;
import org.spikeflow.core.port.PortType;
import org.spikeflow.spark.SparkPlan;

/**
 * A Spark DataFrame travelling between Spark nodes. Like Spark's own DataFrames it is lazy: it holds the plan (the
 * source and the steps), and only a node that needs rows (Spark to Table, Parquet Writer) runs it on the cluster. Being
 * a plan, it is rebuilt by executing the nodes again after a workflow is reopened (ports are not saved).
 */
public final class SparkDataFramePortObject implements PortObjectSummary {
    public static final PortType TYPE = PortType.create("org.spikeflow.spark.dataframe", "Spark DataFrame",
            SparkDataFramePortObject.class, SparkDataFrameSpec.class, "#f2a33a");

    private final SparkPlan plan;
    private final SparkDataFrameSpec spec;

    public SparkDataFramePortObject(SparkPlan plan, SparkDataFrameSpec spec) {
        this.plan = Objects.requireNonNull(plan, "plan");
        this.spec = Objects.requireNonNull(spec, "spec");
    }

    public SparkPlan getPlan() {
        return plan;
    }

    @Override
    public SparkDataFrameSpec getSpec() {
        return spec;
    }

    @Override
    public String summary() {
        return "Spark DataFrame: " + plan.describe();
    }

    @Override
    public Map<String, Object> summaryFields() {
        Map<String, Object> fields = new LinkedHashMap<>();
        fields.put("Plan", plan.describe());
        fields.put("Columns", spec.summary());
        return fields;
    }

    @Override
    public String toString() {
        return summary();
    }
}
