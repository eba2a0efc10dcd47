package org.spikeflow.base.internal.flowvar.variablestotable;

import org.osgi.service.component.annotations.Component;
import org.spikeflow.core.node.AbstractNodeFactory;
import org.spikeflow.core.node.NodeFactory;

/** Variables to Table: writes flow variables into a one-row table. */
@Component(service = NodeFactory.class, property = NodeFactory.ID_PROPERTY + "=" + VariablesToTableNodeFactory.ID)
public class VariablesToTableNodeFactory extends AbstractNodeFactory<VariablesToTableNodeModel> {
    public static final String ID = "org.spikeflow.base.flowvar.variablestotable";

    public VariablesToTableNodeFactory() {
        super(ID);
    }

    @Override
    public VariablesToTableNodeModel createNodeModel() {
        return new VariablesToTableNodeModel();
    }
}
