package org.spikeflow.nodes.dl.internal.trainer;

import org.osgi.service.component.annotations.Component;
import org.spikeflow.core.node.AbstractNodeFactory;
import org.spikeflow.core.node.NodeFactory;

/** LSTM Residual Trainer: learns the error of a base forecast. */
@Component(service = NodeFactory.class, property = NodeFactory.ID_PROPERTY + "=" + LstmResidualTrainerNodeFactory.ID)
public class LstmResidualTrainerNodeFactory extends AbstractNodeFactory<LstmResidualTrainerNodeModel> {
    public static final String ID = "org.spikeflow.nodes.dl.trainer";

    public LstmResidualTrainerNodeFactory() {
        super(ID);
    }

    @Override
    public LstmResidualTrainerNodeModel createNodeModel() {
        return new LstmResidualTrainerNodeModel();
    }
}
