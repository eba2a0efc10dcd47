package org.spikeflow.base.internal.flowvar.create;

import org.osgi.service.component.annotations.Component;
import org.spikeflow.core.node.AbstractNodeFactory;
import org.spikeflow.core.node.NodeFactory;

/** Variable Creator: creates flow variables from typed-in values. */
@Component(service = NodeFactory.class, property = NodeFactory.ID_PROPERTY + "=" + VariableCreatorNodeFactory.ID)
public class VariableCreatorNodeFactory extends AbstractNodeFactory<VariableCreatorNodeModel> {
    public static final String ID = "org.spikeflow.base.flowvar.create";

    public VariableCreatorNodeFactory() {
        super(ID);
    }

    @Override
    public VariableCreatorNodeModel createNodeModel() {
        return new VariableCreatorNodeModel();
    }
}
