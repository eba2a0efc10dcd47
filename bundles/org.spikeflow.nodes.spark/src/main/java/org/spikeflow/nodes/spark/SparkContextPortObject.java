package org.spikeflow.nodes.spark;

import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Objects;

import org.spikeflow.core.port.PortObjectSpec;
import org.spikeflow.core.port.PortObjectSummary;
import org.spikeflow.core.port.PortType;
import org.spikeflow.spark.SparkCluster;

/**
 * A Spark context: the cluster that the Spark nodes downstream run their jobs on. Spark itself runs in a driver process
 * that each job starts (see org.spikeflow.spark.SparkDriver); the port carries the connection settings.
 */
public final class SparkContextPortObject implements PortObjectSummary, PortObjectSpec {
    public static final PortType TYPE = PortType.create("org.spikeflow.spark.context", "Spark Context",
            SparkContextPortObject.class, SparkContextPortObject.class, "#e25a1c");

    private final SparkCluster cluster;

    public SparkContextPortObject(SparkCluster cluster) {
        this.cluster = Objects.requireNonNull(cluster, "cluster");
    }

    public SparkCluster getCluster() {
        return cluster;
    }

    @Override
    public SparkContextPortObject getSpec() {
        return this;
    }

    @Override
    public String summary() {
        return "Spark on " + cluster.master;
    }

    @Override
    public Map<String, Object> summaryFields() {
        Map<String, Object> fields = new LinkedHashMap<>();
        fields.put("Master", cluster.master);
        fields.put("Executor memory", cluster.executorMemory == null ? "Spark's default" : cluster.executorMemory);
        fields.put("Executor cores", cluster.executorCores == 0 ? "Spark's default" : cluster.executorCores);
        fields.put("Driver memory", cluster.driverMemory == null ? "JVM default" : cluster.driverMemory);
        return fields;
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof SparkContextPortObject other && summaryFields().equals(other.summaryFields());
    }

    @Override
    public int hashCode() {
        return summaryFields().hashCode();
    }

    @Override
    public String toString() {
        return summary();
    }
}
