package org.example.spikeflow.lv.internal.localvariation;

import org.osgi.service.component.annotations.Component;
import org.spikeflow.core.node.AbstractNodeFactory;
import org.spikeflow.core.node.NodeFactory;

/**
 * Spike Train Local Variation. Registered as a {@link NodeFactory} OSGi service: Spikeflow's node repository picks
 * it up; name, category, ports and options come from LocalVariationNodeFactory.xml and the settings class.
 */
@Component(service = NodeFactory.class)
public class LocalVariationNodeFactory extends AbstractNodeFactory<LocalVariationNodeModel> {
    /** The node type id written into workflow files: never change it once published. */
    public static final String ID = "org.example.spikeflow.lv.localvariation";

    public LocalVariationNodeFactory() {
        super(ID);
    }

    @Override
    public LocalVariationNodeModel createNodeModel() {
        return new LocalVariationNodeModel();
    }
}
