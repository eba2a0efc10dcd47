package org.spikeflow.core.port;

import java.util.Objects;

/**
 * The type of a node port: which port objects it carries. Output-to-input connections are type-checked with
 * {@link #accepts(PortType)}. Creating a port type registers it with the {@link PortTypeRegistry}, so bundles add new
 * port types (models, images) just by declaring them.
 */
public final class PortType {
    private final String id;
    private final String name;
    private final Class<? extends PortObject> objectClass;
    private final Class<? extends PortObjectSpec> specClass;
    private final String color;
    private final boolean optional;

    private PortType(String id, String name, Class<? extends PortObject> objectClass,
            Class<? extends PortObjectSpec> specClass, String color, boolean optional) {
        this.id = Objects.requireNonNull(id);
        this.name = Objects.requireNonNull(name);
        this.objectClass = Objects.requireNonNull(objectClass);
        this.specClass = Objects.requireNonNull(specClass);
        this.color = color;
        this.optional = optional;
    }

    /**
     * Declares and registers a port type.
     *
     * @param id
     *            stable id, e.g. {@code org.spikeflow.table}
     * @param color
     *            CSS colour the canvas draws the port in, e.g. {@code #000000}
     */
    public static PortType create(String id, String name, Class<? extends PortObject> objectClass,
            Class<? extends PortObjectSpec> specClass, String color) {
        PortType type = new PortType(id, name, objectClass, specClass, color, false);
        PortTypeRegistry.getInstance().register(type);
        return type;
    }

    /** The same type on an optional port: the node runs without a connection there. */
    public PortType asOptional() {
        return optional ? this : new PortType(id, name, objectClass, specClass, color, true);
    }

    public String getId() {
        return id;
    }

    public String getName() {
        return name;
    }

    public Class<? extends PortObject> getObjectClass() {
        return objectClass;
    }

    public Class<? extends PortObjectSpec> getSpecClass() {
        return specClass;
    }

    public String getColor() {
        return color;
    }

    public boolean isOptional() {
        return optional;
    }

    /**
     * Whether an output of type {@code source} may be connected to an input of this type: when it carries a subtype, or
     * when it is generic ({@link GenericPorts#ANY}; the object is then checked at execution).
     */
    public boolean accepts(PortType source) {
        return objectClass.isAssignableFrom(source.objectClass) || source.objectClass == PortObject.class;
    }

    /** Whether {@code object} (null allowed for optional ports) fits this port. */
    public boolean isInstance(PortObject object) {
        return object == null ? optional : objectClass.isInstance(object);
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof PortType other && id.equals(other.id) && optional == other.optional;
    }

    @Override
    public int hashCode() {
        return id.hashCode() * 31 + (optional ? 1 : 0);
    }

    @Override
    public String toString() {
        return name + (optional ? " (optional)" : "");
    }
}
