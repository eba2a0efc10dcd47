package org.spikeflow.base.internal.table.columnfilter;

import org.osgi.service.component.annotations.Component;
import org.spikeflow.core.node.AbstractNodeFactory;
import org.spikeflow.core.node.NodeFactory;

/** KNIME's Column Filter (and reorderer) for Spikeflow. */
@Component(service = NodeFactory.class, property = NodeFactory.ID_PROPERTY + "=" + ColumnFilterNodeFactory.ID)
public class ColumnFilterNodeFactory extends AbstractNodeFactory<ColumnFilterNodeModel> {
    public static final String ID = "org.spikeflow.base.table.columnfilter";

    public ColumnFilterNodeFactory() {
        super(ID);
    }

    @Override
    public ColumnFilterNodeModel createNodeModel() {
        return new ColumnFilterNodeModel();
    }
}
