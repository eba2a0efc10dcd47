package org.spikeflow.nodes.forecast.internal.rollingorigins;

import org.osgi.service.component.annotations.Component;
import org.spikeflow.core.node.AbstractNodeFactory;
import org.spikeflow.core.node.NodeFactory;

/** Rolling Origins: the contexts of backtest forecasts inside a trace. */
@Component(service = NodeFactory.class, property = NodeFactory.ID_PROPERTY + "=" + RollingOriginsNodeFactory.ID)
public class RollingOriginsNodeFactory extends AbstractNodeFactory<RollingOriginsNodeModel> {
    public static final String ID = "org.spikeflow.nodes.forecast.rollingorigins";

    public RollingOriginsNodeFactory() {
        super(ID);
    }

    @Override
    public RollingOriginsNodeModel createNodeModel() {
        return new RollingOriginsNodeModel();
    }
}
