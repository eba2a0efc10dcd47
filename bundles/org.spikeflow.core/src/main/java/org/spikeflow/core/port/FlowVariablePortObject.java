package org.spikeflow.core.port;

/**
 * The object on a flow-variable port. Like KNIME's, it carries no data: connecting it only passes the upstream node's
 * flow variables (and orders execution).
 */
public final class FlowVariablePortObject implements PortObject {
    public static final FlowVariablePortObject INSTANCE = new FlowVariablePortObject();

    public static final PortType TYPE = PortType.create("org.spikeflow.flowvariable", "Flow Variables",
            FlowVariablePortObject.class, FlowVariablePortObjectSpec.class, "#d9342b");

    /** An optional flow-variable input. */
    public static final PortType TYPE_OPTIONAL = TYPE.asOptional();

    private FlowVariablePortObject() {
    }

    @Override
    public PortObjectSpec getSpec() {
        return FlowVariablePortObjectSpec.INSTANCE;
    }

    @Override
    public String summary() {
        return "flow variables";
    }
}
