package org.spikeflow.nodes.spark.internal.common;

import java.util.concurrent.CancellationException;

import org.spikeflow.core.node.CanceledExecutionException;
import org.spikeflow.core.node.ExecutionContext;
import org.spikeflow.spark.SparkDriver;
import org.spikeflow.spark.SparkInstallation;
import org.spikeflow.spark.SparkJobException;
import org.spikeflow.spark.SparkJobRequest;
import org.spikeflow.spark.SparkPlan;
import org.spikeflow.spark.SparkResult;
import org.spikeflow.spark.SparkSink;

/** Runs a plan from a node: the driver's progress goes to the node, the node's cancellation to the driver. */
public final class SparkJobs {
    private SparkJobs() {
    }

    public static SparkResult run(SparkPlan plan, SparkSink sink, ExecutionContext exec) throws Exception {
        exec.setProgress(0, "Starting the Spark driver for " + plan.cluster.master);
        SparkDriver driver = new SparkDriver(SparkInstallation.locate());
        try {
            return driver.run(new SparkJobRequest(plan, sink), new SparkDriver.Listener() {
                @Override
                public void progress(double fraction, String message) {
                    exec.setProgress(Math.min(0.99, fraction), "Spark: " + message);
                }

                @Override
                public void log(String line) {
                    if (line.contains(" ERROR ")) {
                        exec.getLogger().warn(line);
                    }
                }
            }, exec::isCanceled);
        } catch (CancellationException e) {
            throw new CanceledExecutionException("the Spark job was cancelled");
        } catch (SparkJobException e) {
            throw new IllegalStateException("Spark job on " + plan.cluster.master + " failed: " + e.getMessage(), e);
        }
    }
}
