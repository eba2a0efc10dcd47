package org.spikeflow.nodes.spark.internal.totable;

import org.osgi.service.component.annotations.Component;
import org.spikeflow.core.node.AbstractNodeFactory;
import org.spikeflow.core.node.NodeFactory;

/** Spark to Table: runs the plan and brings (at most a row limit of) its rows into a table. */
@Component(service = NodeFactory.class, property = NodeFactory.ID_PROPERTY + "=" + SparkToTableNodeFactory.ID)
public class SparkToTableNodeFactory extends AbstractNodeFactory<SparkToTableNodeModel> {
    public static final String ID = "org.spikeflow.nodes.spark.totable";

    public SparkToTableNodeFactory() {
        super(ID);
    }

    @Override
    public SparkToTableNodeModel createNodeModel() {
        return new SparkToTableNodeModel();
    }
}
