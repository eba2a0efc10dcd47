package org.spikeflow.nodes.dl.internal.corrector;

import org.osgi.service.component.annotations.Component;
import org.spikeflow.core.node.AbstractNodeFactory;
import org.spikeflow.core.node.NodeFactory;

/** Residual Corrector: adds an LSTM's predicted residual to a forecast. */
@Component(service = NodeFactory.class, property = NodeFactory.ID_PROPERTY + "=" + ResidualCorrectorNodeFactory.ID)
public class ResidualCorrectorNodeFactory extends AbstractNodeFactory<ResidualCorrectorNodeModel> {
    public static final String ID = "org.spikeflow.nodes.dl.corrector";

    public ResidualCorrectorNodeFactory() {
        super(ID);
    }

    @Override
    public ResidualCorrectorNodeModel createNodeModel() {
        return new ResidualCorrectorNodeModel();
    }
}
