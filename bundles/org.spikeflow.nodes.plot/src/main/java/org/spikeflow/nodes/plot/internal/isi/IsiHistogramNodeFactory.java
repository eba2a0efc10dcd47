package org.spikeflow.nodes.plot.internal.isi;

import org.osgi.service.component.annotations.Component;
import org.spikeflow.core.node.AbstractNodeFactory;
import org.spikeflow.core.node.NodeFactory;

/** ISI Histogram: histogram of inter-spike intervals, pooled over neurons. */
@Component(service = NodeFactory.class, property = NodeFactory.ID_PROPERTY + "=" + IsiHistogramNodeFactory.ID)
public class IsiHistogramNodeFactory extends AbstractNodeFactory<IsiHistogramNodeModel> {
    public static final String ID = "org.spikeflow.nodes.plot.isi";

    public IsiHistogramNodeFactory() {
        super(ID);
    }

    @Override
    public IsiHistogramNodeModel createNodeModel() {
        return new IsiHistogramNodeModel();
    }
}
