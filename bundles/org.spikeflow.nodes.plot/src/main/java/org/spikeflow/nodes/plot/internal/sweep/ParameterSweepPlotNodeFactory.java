package org.spikeflow.nodes.plot.internal.sweep;

import org.osgi.service.component.annotations.Component;
import org.spikeflow.core.node.AbstractNodeFactory;
import org.spikeflow.core.node.NodeFactory;

/**
 * Parameter Sweep Plot: overlaid traces of a parameter sweep, coloured by the swept value (viridis), one panel per
 * parameter (single_neuron.py's 5×1 figure).
 */
@Component(service = NodeFactory.class, property = NodeFactory.ID_PROPERTY + "=" + ParameterSweepPlotNodeFactory.ID)
public class ParameterSweepPlotNodeFactory extends AbstractNodeFactory<ParameterSweepPlotNodeModel> {
    public static final String ID = "org.spikeflow.nodes.plot.sweep";

    public ParameterSweepPlotNodeFactory() {
        super(ID);
    }

    @Override
    public ParameterSweepPlotNodeModel createNodeModel() {
        return new ParameterSweepPlotNodeModel();
    }
}
