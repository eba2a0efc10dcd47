package org.spikeflow.nodes.spark.internal.simulator;

import org.osgi.service.component.annotations.Component;
import org.spikeflow.core.node.AbstractNodeFactory;
import org.spikeflow.core.node.NodeFactory;

/** Spark Izhikevich Simulator: one population run per partition of a parameter DataFrame. */
@Component(service = NodeFactory.class,
        property = NodeFactory.ID_PROPERTY + "=" + SparkIzhikevichSimulatorNodeFactory.ID)
public class SparkIzhikevichSimulatorNodeFactory extends AbstractNodeFactory<SparkIzhikevichSimulatorNodeModel> {
    public static final String ID = "org.spikeflow.nodes.spark.simulator";

    public SparkIzhikevichSimulatorNodeFactory() {
        super(ID);
    }

    @Override
    public SparkIzhikevichSimulatorNodeModel createNodeModel() {
        return new SparkIzhikevichSimulatorNodeModel();
    }
}
