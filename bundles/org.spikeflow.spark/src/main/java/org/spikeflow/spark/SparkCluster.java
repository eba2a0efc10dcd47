package org.spikeflow.spark;

import java.util.LinkedHashMap;
import java.util.Map;

/**
 * The Spark cluster a plan runs on. Spikeflow never starts a cluster: {@code local[...]} runs Spark inside the driver
 * process; {@code spark://}, {@code yarn} and {@code k8s://} use a cluster that already runs.
 */
public final class SparkCluster {
    public String master = "local[*]";
    /** spark.executor.memory, e.g. {@code 4g}; null for Spark's default */
    public String executorMemory;
    /** spark.executor.cores; 0 for Spark's default */
    public int executorCores;
    /** heap of the driver process, e.g. {@code 2g}; null for the JVM's default */
    public String driverMemory;
    /** further Spark settings (spark.*) */
    public Map<String, String> conf = new LinkedHashMap<>();
}
