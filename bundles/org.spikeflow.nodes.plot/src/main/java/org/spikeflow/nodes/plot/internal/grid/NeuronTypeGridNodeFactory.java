package org.spikeflow.nodes.plot.internal.grid;

import org.osgi.service.component.annotations.Component;
import org.spikeflow.core.node.AbstractNodeFactory;
import org.spikeflow.core.node.NodeFactory;

/**
 * Neuron Type Grid: small multiples of membrane-potential traces: one panel per neuron or preset, with one shared y
 * range (single_neuron.py's 6×2 grid of neuron types).
 */
@Component(service = NodeFactory.class, property = NodeFactory.ID_PROPERTY + "=" + NeuronTypeGridNodeFactory.ID)
public class NeuronTypeGridNodeFactory extends AbstractNodeFactory<NeuronTypeGridNodeModel> {
    public static final String ID = "org.spikeflow.nodes.plot.grid";

    public NeuronTypeGridNodeFactory() {
        super(ID);
    }

    @Override
    public NeuronTypeGridNodeModel createNodeModel() {
        return new NeuronTypeGridNodeModel();
    }
}
