package org.spikeflow.base.internal.loop.countingstart;

import org.osgi.service.component.annotations.Component;
import org.spikeflow.core.node.AbstractNodeFactory;
import org.spikeflow.core.node.NodeFactory;

/** Counting Loop Start: runs a loop body a fixed number of times. */
@Component(service = NodeFactory.class, property = NodeFactory.ID_PROPERTY + "=" + CountingLoopStartNodeFactory.ID)
public class CountingLoopStartNodeFactory extends AbstractNodeFactory<CountingLoopStartNodeModel> {
    public static final String ID = "org.spikeflow.base.loop.countingstart";

    public CountingLoopStartNodeFactory() {
        super(ID);
    }

    @Override
    public CountingLoopStartNodeModel createNodeModel() {
        return new CountingLoopStartNodeModel();
    }
}
