package org.spikeflow.base.internal.table.columnappender;

import org.osgi.service.component.annotations.Component;
import org.spikeflow.core.node.AbstractNodeFactory;
import org.spikeflow.core.node.NodeFactory;

/** KNIME's Column Appender for Spikeflow. */
@Component(service = NodeFactory.class, property = NodeFactory.ID_PROPERTY + "=" + ColumnAppenderNodeFactory.ID)
public class ColumnAppenderNodeFactory extends AbstractNodeFactory<ColumnAppenderNodeModel> {
    public static final String ID = "org.spikeflow.base.table.columnappender";

    public ColumnAppenderNodeFactory() {
        super(ID);
    }

    @Override
    public ColumnAppenderNodeModel createNodeModel() {
        return new ColumnAppenderNodeModel();
    }
}
