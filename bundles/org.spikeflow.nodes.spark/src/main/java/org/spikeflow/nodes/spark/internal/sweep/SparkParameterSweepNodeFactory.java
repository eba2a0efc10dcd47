package org.spikeflow.nodes.spark.internal.sweep;

import org.osgi.service.component.annotations.Component;
import org.spikeflow.core.node.AbstractNodeFactory;
import org.spikeflow.core.node.NodeFactory;

/** Spark Parameter Sweep: a grid, random or Latin hypercube sweep generated on the cluster. */
@Component(service = NodeFactory.class, property = NodeFactory.ID_PROPERTY + "=" + SparkParameterSweepNodeFactory.ID)
public class SparkParameterSweepNodeFactory extends AbstractNodeFactory<SparkParameterSweepNodeModel> {
    public static final String ID = "org.spikeflow.nodes.spark.sweep";

    public SparkParameterSweepNodeFactory() {
        super(ID);
    }

    @Override
    public SparkParameterSweepNodeModel createNodeModel() {
        return new SparkParameterSweepNodeModel();
    }
}
