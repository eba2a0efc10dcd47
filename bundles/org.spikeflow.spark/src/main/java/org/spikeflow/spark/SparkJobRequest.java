package org.spikeflow.spark;

/** What the driver process is asked to do: compute a plan and write it to a sink. */
public final class SparkJobRequest {
    public SparkPlan plan;
    public SparkSink sink;

    public SparkJobRequest() {
    }

    public SparkJobRequest(SparkPlan plan, SparkSink sink) {
        this.plan = plan;
        this.sink = sink;
    }
}
