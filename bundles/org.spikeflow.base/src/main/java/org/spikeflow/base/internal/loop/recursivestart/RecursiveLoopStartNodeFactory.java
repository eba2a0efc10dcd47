package org.spikeflow.base.internal.loop.recursivestart;

import org.osgi.service.component.annotations.Component;
import org.spikeflow.core.node.AbstractNodeFactory;
import org.spikeflow.core.node.NodeFactory;

/** Recursive Loop Start: each iteration works on the table the previous one fed back. */
@Component(service = NodeFactory.class, property = NodeFactory.ID_PROPERTY + "=" + RecursiveLoopStartNodeFactory.ID)
public class RecursiveLoopStartNodeFactory extends AbstractNodeFactory<RecursiveLoopStartNodeModel> {
    public static final String ID = "org.spikeflow.base.loop.recursivestart";

    public RecursiveLoopStartNodeFactory() {
        super(ID);
    }

    @Override
    public RecursiveLoopStartNodeModel createNodeModel() {
        return new RecursiveLoopStartNodeModel();
    }
}
