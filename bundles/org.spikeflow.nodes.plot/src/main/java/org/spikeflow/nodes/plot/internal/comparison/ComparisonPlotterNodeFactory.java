package org.spikeflow.nodes.plot.internal.comparison;

import org.osgi.service.component.annotations.Component;
import org.spikeflow.core.node.AbstractNodeFactory;
import org.spikeflow.core.node.NodeFactory;

/**
 * Comparison Plotter: plots a forecast against the simulation: context, actual continuation, base forecast with shaded
 * prediction intervals and the corrected forecast, with MAE and coverage in the subtitle.
 */
@Component(service = NodeFactory.class, property = NodeFactory.ID_PROPERTY + "=" + ComparisonPlotterNodeFactory.ID)
public class ComparisonPlotterNodeFactory extends AbstractNodeFactory<ComparisonPlotterNodeModel> {
    public static final String ID = "org.spikeflow.nodes.plot.comparison";

    public ComparisonPlotterNodeFactory() {
        super(ID);
    }

    @Override
    public ComparisonPlotterNodeModel createNodeModel() {
        return new ComparisonPlotterNodeModel();
    }
}
