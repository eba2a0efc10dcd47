package org.spikeflow.core.port;

/** Spec of a flow-variable port: the variables themselves travel on the flow stack, so there is nothing to describe. */
public final class FlowVariablePortObjectSpec implements PortObjectSpec {
    public static final FlowVariablePortObjectSpec INSTANCE = new FlowVariablePortObjectSpec();

    private FlowVariablePortObjectSpec() {
    }

    @Override
    public String summary() {
        return "flow variables";
    }
}
