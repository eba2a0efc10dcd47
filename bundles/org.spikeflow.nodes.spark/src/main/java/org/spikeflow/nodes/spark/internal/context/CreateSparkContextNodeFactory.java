package org.spikeflow.nodes.spark.internal.context;

import org.osgi.service.component.annotations.Component;
import org.spikeflow.core.node.AbstractNodeFactory;
import org.spikeflow.core.node.NodeFactory;

/** Create Spark Context: the cluster that downstream Spark nodes run on. */
@Component(service = NodeFactory.class, property = NodeFactory.ID_PROPERTY + "=" + CreateSparkContextNodeFactory.ID)
public class CreateSparkContextNodeFactory extends AbstractNodeFactory<CreateSparkContextNodeModel> {
    public static final String ID = "org.spikeflow.nodes.spark.context";

    public CreateSparkContextNodeFactory() {
        super(ID);
    }

    @Override
    public CreateSparkContextNodeModel createNodeModel() {
        return new CreateSparkContextNodeModel();
    }
}
