package org.spikeflow.base.internal.flowvar.tablerowtovariable;

import org.osgi.service.component.annotations.Component;
import org.spikeflow.core.node.AbstractNodeFactory;
import org.spikeflow.core.node.NodeFactory;

/** Table Row to Variable: turns one table row into flow variables. */
@Component(service = NodeFactory.class, property = NodeFactory.ID_PROPERTY + "=" + TableRowToVariableNodeFactory.ID)
public class TableRowToVariableNodeFactory extends AbstractNodeFactory<TableRowToVariableNodeModel> {
    public static final String ID = "org.spikeflow.base.flowvar.tablerowtovariable";

    public TableRowToVariableNodeFactory() {
        super(ID);
    }

    @Override
    public TableRowToVariableNodeModel createNodeModel() {
        return new TableRowToVariableNodeModel();
    }
}
