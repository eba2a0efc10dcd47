package org.spikeflow.nodes.izhikevich.internal.simulator;

import java.util.stream.Collectors;

import org.osgi.service.component.annotations.Component;
import org.spikeflow.core.node.AbstractNodeFactory;
import org.spikeflow.core.node.NodeFactory;
import org.spikeflow.izhikevich.Scheme;

/** Izhikevich Simulator: one neuron or a population, with the schemes, presets and protocols of the library. */
@Component(service = NodeFactory.class, property = NodeFactory.ID_PROPERTY + "=" + IzhikevichSimulatorNodeFactory.ID)
public class IzhikevichSimulatorNodeFactory extends AbstractNodeFactory<IzhikevichSimulatorNodeModel> {
    public static final String ID = "org.spikeflow.nodes.izhikevich.simulator";

    public IzhikevichSimulatorNodeFactory() {
        super(ID);
    }

    /** Where the description (XML) shows the schemes: filled in from the library's registry. */
    static final String SCHEMES = "{schemes}";

    @Override
    public IzhikevichSimulatorNodeModel createNodeModel() {
        return new IzhikevichSimulatorNodeModel();
    }

    @Override
    protected String fullDescription(String text) {
        return text.replace(SCHEMES, schemes());
    }

    /** @return one sentence naming every registered scheme with its description and source, in the registry's order */
    static String schemes() {
        return "Schemes (setting 'scheme'), each implemented exactly as its source: " + Scheme.all().stream()
                .map(s -> s.id() + " (" + s.description() + "; source: " + s.source() + ")")
                .collect(Collectors.joining("; ")) + ".";
    }
}
