package org.spikeflow.nodes.dl.internal.reader;

import org.osgi.service.component.annotations.Component;
import org.spikeflow.core.node.AbstractNodeFactory;
import org.spikeflow.core.node.NodeFactory;

/** LSTM Model Reader: loads a residual model from a file. */
@Component(service = NodeFactory.class, property = NodeFactory.ID_PROPERTY + "=" + LstmModelReaderNodeFactory.ID)
public class LstmModelReaderNodeFactory extends AbstractNodeFactory<LstmModelReaderNodeModel> {
    public static final String ID = "org.spikeflow.nodes.dl.reader";

    public LstmModelReaderNodeFactory() {
        super(ID);
    }

    @Override
    public LstmModelReaderNodeModel createNodeModel() {
        return new LstmModelReaderNodeModel();
    }
}
