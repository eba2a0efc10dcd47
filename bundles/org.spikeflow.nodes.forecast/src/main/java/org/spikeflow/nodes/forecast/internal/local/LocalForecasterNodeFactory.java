package org.spikeflow.nodes.forecast.internal.local;

import org.osgi.service.component.annotations.Component;
import org.spikeflow.core.node.AbstractNodeFactory;
import org.spikeflow.core.node.NodeFactory;

/** Local Forecaster: the embedded forecasters (no key, no network). */
@Component(service = NodeFactory.class, property = NodeFactory.ID_PROPERTY + "=" + LocalForecasterNodeFactory.ID)
public class LocalForecasterNodeFactory extends AbstractNodeFactory<LocalForecasterNodeModel> {
    public static final String ID = "org.spikeflow.nodes.forecast.local";

    public LocalForecasterNodeFactory() {
        super(ID);
    }

    @Override
    public LocalForecasterNodeModel createNodeModel() {
        return new LocalForecasterNodeModel();
    }
}
