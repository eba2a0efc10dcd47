package org.spikeflow.nodes.plot.internal.raster;

import org.osgi.service.component.annotations.Component;
import org.spikeflow.core.node.AbstractNodeFactory;
import org.spikeflow.core.node.NodeFactory;

/**
 * Spike Raster: spike raster of a population: a tick per spike, neurons on the y axis, time on the x axis; fast for
 * 10^5 neurons.
 */
@Component(service = NodeFactory.class, property = NodeFactory.ID_PROPERTY + "=" + SpikeRasterNodeFactory.ID)
public class SpikeRasterNodeFactory extends AbstractNodeFactory<SpikeRasterNodeModel> {
    public static final String ID = "org.spikeflow.nodes.plot.raster";

    public SpikeRasterNodeFactory() {
        super(ID);
    }

    @Override
    public SpikeRasterNodeModel createNodeModel() {
        return new SpikeRasterNodeModel();
    }
}
