package org.spikeflow.base.internal.loop.recursiveend;

import org.osgi.service.component.annotations.Component;
import org.spikeflow.core.node.AbstractNodeFactory;
import org.spikeflow.core.node.NodeFactory;

/** Recursive Loop End: feeds a table back to the Recursive Loop Start and collects results. */
@Component(service = NodeFactory.class, property = NodeFactory.ID_PROPERTY + "=" + RecursiveLoopEndNodeFactory.ID)
public class RecursiveLoopEndNodeFactory extends AbstractNodeFactory<RecursiveLoopEndNodeModel> {
    public static final String ID = "org.spikeflow.base.loop.recursiveend";

    public RecursiveLoopEndNodeFactory() {
        super(ID);
    }

    @Override
    public RecursiveLoopEndNodeModel createNodeModel() {
        return new RecursiveLoopEndNodeModel();
    }
}
