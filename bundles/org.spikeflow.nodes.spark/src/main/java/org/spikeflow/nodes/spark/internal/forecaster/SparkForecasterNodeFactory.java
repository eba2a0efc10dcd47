package org.spikeflow.nodes.spark.internal.forecaster;

import org.osgi.service.component.annotations.Component;
import org.spikeflow.core.node.AbstractNodeFactory;
import org.spikeflow.core.node.NodeFactory;

/** Spark Forecaster: an embedded forecaster applied to every series on the cluster. */
@Component(service = NodeFactory.class, property = NodeFactory.ID_PROPERTY + "=" + SparkForecasterNodeFactory.ID)
public class SparkForecasterNodeFactory extends AbstractNodeFactory<SparkForecasterNodeModel> {
    public static final String ID = "org.spikeflow.nodes.spark.forecaster";

    public SparkForecasterNodeFactory() {
        super(ID);
    }

    @Override
    public SparkForecasterNodeModel createNodeModel() {
        return new SparkForecasterNodeModel();
    }
}
