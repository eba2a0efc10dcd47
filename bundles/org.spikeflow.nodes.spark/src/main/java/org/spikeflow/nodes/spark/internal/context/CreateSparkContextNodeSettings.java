package org.spikeflow.nodes.spark.internal.context;

import org.spikeflow.core.settings.InvalidSettingsException;
import org.spikeflow.core.settings.NodeSettings;
import org.spikeflow.core.settings.Setting;
import org.spikeflow.spark.SparkMasters;

/** Settings of Create Spark Context. */
public class CreateSparkContextNodeSettings extends NodeSettings {
    @Setting(title = "Master URL", description = "local[*] (Spark inside the driver process, all cores), local[N],"
            + " spark://HOST:PORT (a standalone cluster), yarn (needs HADOOP_CONF_DIR and a Spark distribution with"
            + " spark-yarn in SPIKEFLOW_SPARK_HOME) or k8s://HOST:PORT. A cluster must already run: Spikeflow never"
            + " starts one.", required = true)
    public String master = "local[*]";

    @Setting(title = "Executor memory", description = "spark.executor.memory, e.g. 4g; empty for Spark's default.",
            pattern = "^$|^[0-9]+[kmgtKMGT]?$")
    public String executorMemory = "";

    @Setting(title = "Executor cores", description = "spark.executor.cores; 0 for Spark's default.", min = 0,
            max = 1024)
    public int executorCores = 0;

    @Setting(title = "Driver memory", description = "Heap of the driver process, e.g. 2g; empty for the JVM's"
            + " default. Results brought back by Spark to Table pass through it.", pattern = "^$|^[0-9]+[kmgtKMGT]?$",
            advanced = true)
    public String driverMemory = "";

    @Override
    public void validate() throws InvalidSettingsException {
        try {
            SparkMasters.check(master);
        } catch (IllegalArgumentException e) {
            throw new InvalidSettingsException("Setting 'master': " + e.getMessage());
        }
    }
}
