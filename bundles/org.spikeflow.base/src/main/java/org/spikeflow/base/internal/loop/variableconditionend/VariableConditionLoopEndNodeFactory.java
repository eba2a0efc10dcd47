package org.spikeflow.base.internal.loop.variableconditionend;

import org.osgi.service.component.annotations.Component;
import org.spikeflow.core.node.AbstractNodeFactory;
import org.spikeflow.core.node.NodeFactory;

/** Variable Condition Loop End: ends a loop once a flow variable meets a condition. */
@Component(service = NodeFactory.class,
        property = NodeFactory.ID_PROPERTY + "=" + VariableConditionLoopEndNodeFactory.ID)
public class VariableConditionLoopEndNodeFactory extends AbstractNodeFactory<VariableConditionLoopEndNodeModel> {
    public static final String ID = "org.spikeflow.base.loop.variableconditionend";

    public VariableConditionLoopEndNodeFactory() {
        super(ID);
    }

    @Override
    public VariableConditionLoopEndNodeModel createNodeModel() {
        return new VariableConditionLoopEndNodeModel();
    }
}
