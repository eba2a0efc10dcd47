package org.spikeflow.base.internal.table.columnexpression;

import org.osgi.service.component.annotations.Component;
import org.spikeflow.core.node.AbstractNodeFactory;
import org.spikeflow.core.node.NodeFactory;

/** KNIME's Math Formula for Spikeflow: appends or replaces a column computed per row by an expression. */
@Component(service = NodeFactory.class, property = NodeFactory.ID_PROPERTY + "=" + ColumnExpressionNodeFactory.ID)
public class ColumnExpressionNodeFactory extends AbstractNodeFactory<ColumnExpressionNodeModel> {
    public static final String ID = "org.spikeflow.base.table.columnexpression";

    public ColumnExpressionNodeFactory() {
        super(ID);
    }

    @Override
    public ColumnExpressionNodeModel createNodeModel() {
        return new ColumnExpressionNodeModel();
    }
}
