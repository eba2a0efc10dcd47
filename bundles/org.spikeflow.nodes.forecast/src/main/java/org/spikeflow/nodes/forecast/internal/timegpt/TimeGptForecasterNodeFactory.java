package org.spikeflow.nodes.forecast.internal.timegpt;

import org.osgi.service.component.annotations.Component;
import org.spikeflow.core.node.AbstractNodeFactory;
import org.spikeflow.core.node.NodeFactory;

/** TimeGPT Forecaster: forecasts through Nixtla's TimeGPT REST API. */
@Component(service = NodeFactory.class, property = NodeFactory.ID_PROPERTY + "=" + TimeGptForecasterNodeFactory.ID)
public class TimeGptForecasterNodeFactory extends AbstractNodeFactory<TimeGptForecasterNodeModel> {
    public static final String ID = "org.spikeflow.nodes.forecast.timegpt";

    public TimeGptForecasterNodeFactory() {
        super(ID);
    }

    @Override
    public TimeGptForecasterNodeModel createNodeModel() {
        return new TimeGptForecasterNodeModel();
    }
}
