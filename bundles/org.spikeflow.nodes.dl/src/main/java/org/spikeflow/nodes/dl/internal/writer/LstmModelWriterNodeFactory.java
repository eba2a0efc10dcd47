package org.spikeflow.nodes.dl.internal.writer;

import org.osgi.service.component.annotations.Component;
import org.spikeflow.core.node.AbstractNodeFactory;
import org.spikeflow.core.node.NodeFactory;

/** LSTM Model Writer: saves a residual model to a file. */
@Component(service = NodeFactory.class, property = NodeFactory.ID_PROPERTY + "=" + LstmModelWriterNodeFactory.ID)
public class LstmModelWriterNodeFactory extends AbstractNodeFactory<LstmModelWriterNodeModel> {
    public static final String ID = "org.spikeflow.nodes.dl.writer";

    public LstmModelWriterNodeFactory() {
        super(ID);
    }

    @Override
    public LstmModelWriterNodeModel createNodeModel() {
        return new LstmModelWriterNodeModel();
    }
}
