package org.spikeflow.base.internal.loop.tablerowstart;

import org.osgi.service.component.annotations.Component;
import org.spikeflow.core.node.AbstractNodeFactory;
import org.spikeflow.core.node.NodeFactory;

/** Loops over the rows of a table, one iteration per row, with the row's cells as flow variables. */
@Component(service = NodeFactory.class,
        property = NodeFactory.ID_PROPERTY + "=" + TableRowToVariableLoopStartNodeFactory.ID)
public class TableRowToVariableLoopStartNodeFactory extends AbstractNodeFactory<TableRowToVariableLoopStartNodeModel> {
    public static final String ID = "org.spikeflow.base.loop.tablerowstart";

    public TableRowToVariableLoopStartNodeFactory() {
        super(ID);
    }

    @Override
    public TableRowToVariableLoopStartNodeModel createNodeModel() {
        return new TableRowToVariableLoopStartNodeModel();
    }
}
