package org.spikeflow.nodes.forecast.internal.parameterupdate;

import org.osgi.service.component.annotations.Component;
import org.spikeflow.core.node.AbstractNodeFactory;
import org.spikeflow.core.node.NodeFactory;

/** The parameter-update step of the generative loop: next cycle's neuron parameters and initial state. */
@Component(service = NodeFactory.class, property = NodeFactory.ID_PROPERTY + "=" + ParameterUpdateNodeFactory.ID)
public class ParameterUpdateNodeFactory extends AbstractNodeFactory<ParameterUpdateNodeModel> {
    public static final String ID = "org.spikeflow.nodes.forecast.parameterupdate";

    public ParameterUpdateNodeFactory() {
        super(ID);
    }

    @Override
    public ParameterUpdateNodeModel createNodeModel() {
        return new ParameterUpdateNodeModel();
    }
}
