package org.spikeflow.nodes.izhikevich.internal.simulator;

import org.osgi.service.component.annotations.Component;
import org.spikeflow.core.node.AbstractNodeFactory;
import org.spikeflow.core.node.NodeFactory;

/** Izhikevich Simulator: one neuron or a population, with the schemes, presets and protocols of the library. */
@Component(service = NodeFactory.class)
public class IzhikevichSimulatorNodeFactory extends AbstractNodeFactory<IzhikevichSimulatorNodeModel> {
    public static final String ID = "org.spikeflow.nodes.izhikevich.simulator";

    public IzhikevichSimulatorNodeFactory() {
        super(ID);
    }

    @Override
    public IzhikevichSimulatorNodeModel createNodeModel() {
        return new IzhikevichSimulatorNodeModel();
    }
}
