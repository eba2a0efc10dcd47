package org.spikeflow.nodes.forecast.internal.scorer;

import org.osgi.service.component.annotations.Component;
import org.spikeflow.core.node.AbstractNodeFactory;
import org.spikeflow.core.node.NodeFactory;

/** Forecast Scorer: accuracy of forecasts against the actual continuation. */
@Component(service = NodeFactory.class, property = NodeFactory.ID_PROPERTY + "=" + ForecastScorerNodeFactory.ID)
public class ForecastScorerNodeFactory extends AbstractNodeFactory<ForecastScorerNodeModel> {
    public static final String ID = "org.spikeflow.nodes.forecast.scorer";

    public ForecastScorerNodeFactory() {
        super(ID);
    }

    @Override
    public ForecastScorerNodeModel createNodeModel() {
        return new ForecastScorerNodeModel();
    }
}
