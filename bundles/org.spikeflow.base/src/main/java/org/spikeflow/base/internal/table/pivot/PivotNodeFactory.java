package org.spikeflow.base.internal.table.pivot;

import org.osgi.service.component.annotations.Component;
import org.spikeflow.core.node.AbstractNodeFactory;
import org.spikeflow.core.node.NodeFactory;

/** KNIME's Pivoting for Spikeflow, without aggregation: long tables (one row per key and category) to wide ones. */
@Component(service = NodeFactory.class, property = NodeFactory.ID_PROPERTY + "=" + PivotNodeFactory.ID)
public class PivotNodeFactory extends AbstractNodeFactory<PivotNodeModel> {
    public static final String ID = "org.spikeflow.base.table.pivot";

    public PivotNodeFactory() {
        super(ID);
    }

    @Override
    public PivotNodeModel createNodeModel() {
        return new PivotNodeModel();
    }
}
