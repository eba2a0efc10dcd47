package org.spikeflow.nodes.plot.internal.fi;

import org.osgi.service.component.annotations.Component;
import org.spikeflow.core.node.AbstractNodeFactory;
import org.spikeflow.core.node.NodeFactory;

/** F–I Curve: firing rate against input current (F–I curve), one curve per group. */
@Component(service = NodeFactory.class, property = NodeFactory.ID_PROPERTY + "=" + FiCurveNodeFactory.ID)
public class FiCurveNodeFactory extends AbstractNodeFactory<FiCurveNodeModel> {
    public static final String ID = "org.spikeflow.nodes.plot.ficurve";

    public FiCurveNodeFactory() {
        super(ID);
    }

    @Override
    public FiCurveNodeModel createNodeModel() {
        return new FiCurveNodeModel();
    }
}
