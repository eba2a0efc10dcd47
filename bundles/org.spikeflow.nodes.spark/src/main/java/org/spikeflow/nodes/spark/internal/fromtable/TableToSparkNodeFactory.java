package org.spikeflow.nodes.spark.internal.fromtable;

import org.osgi.service.component.annotations.Component;
import org.spikeflow.core.node.AbstractNodeFactory;
import org.spikeflow.core.node.NodeFactory;

/** Table to Spark: makes a table available to Spark as a DataFrame. */
@Component(service = NodeFactory.class, property = NodeFactory.ID_PROPERTY + "=" + TableToSparkNodeFactory.ID)
public class TableToSparkNodeFactory extends AbstractNodeFactory<TableToSparkNodeModel> {
    public static final String ID = "org.spikeflow.nodes.spark.fromtable";

    public TableToSparkNodeFactory() {
        super(ID);
    }

    @Override
    public TableToSparkNodeModel createNodeModel() {
        return new TableToSparkNodeModel();
    }
}
