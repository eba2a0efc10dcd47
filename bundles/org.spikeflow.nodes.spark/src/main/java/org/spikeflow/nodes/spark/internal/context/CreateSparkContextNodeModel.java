package org.spikeflow.nodes.spark.internal.context;

import org.spikeflow.core.io.UserGrants;
import org.spikeflow.core.node.ExecutionContext;
import org.spikeflow.core.node.NodeModel;
import org.spikeflow.core.port.PortObject;
import org.spikeflow.core.port.PortObjectSpec;
import org.spikeflow.core.port.PortType;
import org.spikeflow.core.settings.InvalidSettingsException;
import org.spikeflow.nodes.spark.SparkContextPortObject;
import org.spikeflow.spark.SparkCluster;
import org.spikeflow.spark.SparkInstallation;
import org.spikeflow.spark.SparkMasters;

/**
 * Checks the master URL and that Spark support is installed, and passes the cluster on. A master outside this machine
 * receives the workflow's jobs and data, so a workflow file may name one only if the user granted it
 * ({@code spikeflow run --spark-master URL}).
 */
public class CreateSparkContextNodeModel extends NodeModel<CreateSparkContextNodeSettings> {

    public CreateSparkContextNodeModel() {
        super(new PortType[0], new PortType[] {SparkContextPortObject.TYPE}, CreateSparkContextNodeSettings.class);
    }

    private SparkContextPortObject context() throws InvalidSettingsException {
        CreateSparkContextNodeSettings s = getSettings();
        s.validate();
        SparkCluster cluster = new SparkCluster();
        cluster.master = SparkMasters.check(s.master);
        cluster.executorMemory = s.executorMemory.isBlank() ? null : s.executorMemory.trim();
        cluster.executorCores = s.executorCores;
        cluster.driverMemory = s.driverMemory.isBlank() ? null : s.driverMemory.trim();
        return new SparkContextPortObject(cluster);
    }

    @Override
    protected PortObjectSpec[] configure(PortObjectSpec[] inSpecs) throws InvalidSettingsException {
        return new PortObjectSpec[] {context()};
    }

    @Override
    protected PortObject[] execute(PortObject[] inObjects, ExecutionContext exec) throws Exception {
        String master = SparkMasters.check(getSettings().master);
        String granted = getUserGrants().endpoint(UserGrants.SPARK_MASTER).orElse(null);
        if (!SparkMasters.isLocal(master) && !master.equals(granted)) {
            throw new InvalidSettingsException("Setting 'master': the Spark cluster '" + master + "' would receive this"
                    + " workflow's jobs and data, and only the user can choose a cluster outside this machine"
                    + (granted == null ? "" : " (granted: '" + granted + "')")
                    + "; run with --spark-master " + master + " to allow it");
        }
        SparkInstallation installation = SparkInstallation.locate();
        exec.getLogger().info("Spark jobs run in a driver process with the jars of " + installation.sparkJars());
        return new PortObject[] {context()};
    }
}
