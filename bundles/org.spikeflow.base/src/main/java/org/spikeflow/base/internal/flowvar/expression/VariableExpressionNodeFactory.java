package org.spikeflow.base.internal.flowvar.expression;

import org.osgi.service.component.annotations.Component;
import org.spikeflow.core.node.AbstractNodeFactory;
import org.spikeflow.core.node.NodeFactory;

/** Variable Expression: computes a flow variable from an expression. */
@Component(service = NodeFactory.class, property = NodeFactory.ID_PROPERTY + "=" + VariableExpressionNodeFactory.ID)
public class VariableExpressionNodeFactory extends AbstractNodeFactory<VariableExpressionNodeModel> {
    public static final String ID = "org.spikeflow.base.flowvar.expression";

    public VariableExpressionNodeFactory() {
        super(ID);
    }

    @Override
    public VariableExpressionNodeModel createNodeModel() {
        return new VariableExpressionNodeModel();
    }
}
