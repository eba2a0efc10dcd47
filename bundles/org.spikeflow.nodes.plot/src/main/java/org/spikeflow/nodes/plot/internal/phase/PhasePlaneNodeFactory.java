package org.spikeflow.nodes.plot.internal.phase;

import org.osgi.service.component.annotations.Component;
import org.spikeflow.core.node.AbstractNodeFactory;
import org.spikeflow.core.node.NodeFactory;

/**
 * Phase Plane: the v–u phase plane of an Izhikevich neuron: the trajectory, the v- and u-nullclines and the spike
 * cutoff.
 */
@Component(service = NodeFactory.class, property = NodeFactory.ID_PROPERTY + "=" + PhasePlaneNodeFactory.ID)
public class PhasePlaneNodeFactory extends AbstractNodeFactory<PhasePlaneNodeModel> {
    public static final String ID = "org.spikeflow.nodes.plot.phaseplane";

    public PhasePlaneNodeFactory() {
        super(ID);
    }

    @Override
    public PhasePlaneNodeModel createNodeModel() {
        return new PhasePlaneNodeModel();
    }
}
