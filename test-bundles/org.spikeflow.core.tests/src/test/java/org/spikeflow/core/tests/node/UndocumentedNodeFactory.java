package org.spikeflow.core.tests.node;

import org.spikeflow.core.node.AbstractNodeFactory;

/** Test factory without a description XML next to it. */
public final class UndocumentedNodeFactory extends AbstractNodeFactory<PushNodeFactory.Model> {

    public UndocumentedNodeFactory() {
        super("org.spikeflow.core.tests.undocumented");
    }

    @Override
    public PushNodeFactory.Model createNodeModel() {
        return new PushNodeFactory().createNodeModel();
    }
}
