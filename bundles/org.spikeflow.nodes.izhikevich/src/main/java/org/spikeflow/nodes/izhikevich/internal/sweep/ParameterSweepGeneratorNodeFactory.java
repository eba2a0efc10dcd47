package org.spikeflow.nodes.izhikevich.internal.sweep;

import org.osgi.service.component.annotations.Component;
import org.spikeflow.core.node.AbstractNodeFactory;
import org.spikeflow.core.node.NodeFactory;

/** Parameter Sweep Generator: grids, one-at-a-time studies, random and Latin hypercube samples of a, b, c, d, I, v0. */
@Component(service = NodeFactory.class,
        property = NodeFactory.ID_PROPERTY + "=" + ParameterSweepGeneratorNodeFactory.ID)
public class ParameterSweepGeneratorNodeFactory extends AbstractNodeFactory<ParameterSweepGeneratorNodeModel> {
    public static final String ID = "org.spikeflow.nodes.izhikevich.sweep";

    public ParameterSweepGeneratorNodeFactory() {
        super(ID);
    }

    @Override
    public ParameterSweepGeneratorNodeModel createNodeModel() {
        return new ParameterSweepGeneratorNodeModel();
    }
}
