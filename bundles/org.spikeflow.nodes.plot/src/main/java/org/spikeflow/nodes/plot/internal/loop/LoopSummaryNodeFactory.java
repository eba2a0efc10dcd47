package org.spikeflow.nodes.plot.internal.loop;

import org.osgi.service.component.annotations.Component;
import org.spikeflow.core.node.AbstractNodeFactory;
import org.spikeflow.core.node.NodeFactory;

/**
 * Generative-Loop Summary: metrics per cycle of a loop (e.g. MAE of the base and the corrected forecast), one panel per
 * metric.
 */
@Component(service = NodeFactory.class, property = NodeFactory.ID_PROPERTY + "=" + LoopSummaryNodeFactory.ID)
public class LoopSummaryNodeFactory extends AbstractNodeFactory<LoopSummaryNodeModel> {
    public static final String ID = "org.spikeflow.nodes.plot.loopsummary";

    public LoopSummaryNodeFactory() {
        super(ID);
    }

    @Override
    public LoopSummaryNodeModel createNodeModel() {
        return new LoopSummaryNodeModel();
    }
}
