package org.spikeflow.base.internal.table.creator;

import org.osgi.service.component.annotations.Component;
import org.spikeflow.core.node.AbstractNodeFactory;
import org.spikeflow.core.node.NodeFactory;

/** Table Creator: a small table typed into the settings. */
@Component(service = NodeFactory.class, property = NodeFactory.ID_PROPERTY + "=" + TableCreatorNodeFactory.ID)
public class TableCreatorNodeFactory extends AbstractNodeFactory<TableCreatorNodeModel> {
    public static final String ID = "org.spikeflow.base.table.creator";

    public TableCreatorNodeFactory() {
        super(ID);
    }

    @Override
    public TableCreatorNodeModel createNodeModel() {
        return new TableCreatorNodeModel();
    }
}
