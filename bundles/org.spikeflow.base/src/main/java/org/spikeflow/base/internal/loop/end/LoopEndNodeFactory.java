package org.spikeflow.base.internal.loop.end;

import org.osgi.service.component.annotations.Component;
import org.spikeflow.core.node.AbstractNodeFactory;
import org.spikeflow.core.node.NodeFactory;

/** Loop End: concatenates the tables of all iterations of a loop. */
@Component(service = NodeFactory.class, property = NodeFactory.ID_PROPERTY + "=" + LoopEndNodeFactory.ID)
public class LoopEndNodeFactory extends AbstractNodeFactory<LoopEndNodeModel> {
    public static final String ID = "org.spikeflow.base.loop.end";

    public LoopEndNodeFactory() {
        super(ID);
    }

    @Override
    public LoopEndNodeModel createNodeModel() {
        return new LoopEndNodeModel();
    }
}
