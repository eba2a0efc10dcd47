package org.spikeflow.core.port;

/**
 * Generic ports, for nodes that pass objects through without looking at them (e.g. the second port of the recursive
 * loop, which carries a trained model from one iteration to the next). A generic output may be connected to an input of
 * any type; the object's type is checked when the receiving node executes, and at configure time a spec of the wrong
 * kind reaches the receiving node as "unknown" (null).
 */
public final class GenericPorts {

    /** Carries any port object. */
    public static final PortType ANY = PortType.create("org.spikeflow.any", "Any port object", PortObject.class,
            PortObjectSpec.class, "#9e9e9e");

    /** {@link #ANY} on an optional port. */
    public static final PortType ANY_OPTIONAL = ANY.asOptional();

    private GenericPorts() {
    }

    /** @return whether {@code type} is the generic type (its outputs are accepted by every input) */
    public static boolean isGeneric(PortType type) {
        return type.getObjectClass() == PortObject.class;
    }
}
