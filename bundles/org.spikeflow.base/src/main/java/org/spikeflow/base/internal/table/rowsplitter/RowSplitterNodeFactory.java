package org.spikeflow.base.internal.table.rowsplitter;

import org.osgi.service.component.annotations.Component;
import org.spikeflow.core.node.AbstractNodeFactory;
import org.spikeflow.core.node.NodeFactory;

/** KNIME's Row Splitter for Spikeflow: rows by number (optionally counted per group) or by a column's value range. */
@Component(service = NodeFactory.class, property = NodeFactory.ID_PROPERTY + "=" + RowSplitterNodeFactory.ID)
public class RowSplitterNodeFactory extends AbstractNodeFactory<RowSplitterNodeModel> {
    public static final String ID = "org.spikeflow.base.table.rowsplitter";

    public RowSplitterNodeFactory() {
        super(ID);
    }

    @Override
    public RowSplitterNodeModel createNodeModel() {
        return new RowSplitterNodeModel();
    }
}
