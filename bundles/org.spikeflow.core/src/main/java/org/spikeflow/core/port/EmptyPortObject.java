package org.spikeflow.core.port;

/**
 * "Nothing yet" on a generic port, e.g. the model port of a recursive loop in its first iteration. An optional input
 * receiving it sees no connection (null); a required input fails with a message saying so.
 */
public final class EmptyPortObject implements PortObject {

    public static final EmptyPortObject INSTANCE = new EmptyPortObject();

    /** The spec of the empty object. */
    public static final PortObjectSpec SPEC = () -> "nothing";

    private EmptyPortObject() {
    }

    @Override
    public PortObjectSpec getSpec() {
        return SPEC;
    }

    @Override
    public String summary() {
        return "nothing (empty)";
    }
}
