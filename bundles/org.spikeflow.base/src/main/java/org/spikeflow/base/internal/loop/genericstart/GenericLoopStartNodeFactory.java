package org.spikeflow.base.internal.loop.genericstart;

import org.osgi.service.component.annotations.Component;
import org.spikeflow.core.node.AbstractNodeFactory;
import org.spikeflow.core.node.NodeFactory;

/** Generic Loop Start: runs a loop body until its loop end decides to stop. */
@Component(service = NodeFactory.class, property = NodeFactory.ID_PROPERTY + "=" + GenericLoopStartNodeFactory.ID)
public class GenericLoopStartNodeFactory extends AbstractNodeFactory<GenericLoopStartNodeModel> {
    public static final String ID = "org.spikeflow.base.loop.genericstart";

    public GenericLoopStartNodeFactory() {
        super(ID);
    }

    @Override
    public GenericLoopStartNodeModel createNodeModel() {
        return new GenericLoopStartNodeModel();
    }
}
