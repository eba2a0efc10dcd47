package org.spikeflow.core.flowvar;

import java.util.Objects;

/** A named, typed value passed between nodes along connections. Immutable. */
public final class FlowVariable implements FlowObject {
    private final String name;
    private final FlowVariableType type;
    private final Object value;

    private FlowVariable(String name, FlowVariableType type, Object value) {
        if (name == null || name.isBlank()) {
            throw new IllegalArgumentException("Flow variable names must not be blank");
        }
        this.name = name;
        this.type = type;
        this.value = Objects.requireNonNull(value, "flow variable value");
    }

    public static FlowVariable ofInt(String name, int value) {
        return new FlowVariable(name, FlowVariableType.INT, value);
    }

    public static FlowVariable ofDouble(String name, double value) {
        return new FlowVariable(name, FlowVariableType.DOUBLE, value);
    }

    public static FlowVariable ofString(String name, String value) {
        return new FlowVariable(name, FlowVariableType.STRING, value);
    }

    public static FlowVariable ofBoolean(String name, boolean value) {
        return new FlowVariable(name, FlowVariableType.BOOLEAN, value);
    }

    /**
     * Parses {@code text} as a value of {@code type}.
     *
     * @throws IllegalArgumentException
     *             naming the variable if the text does not fit the type
     */
    public static FlowVariable parse(String name, FlowVariableType type, String text) {
        String trimmed = text.trim();
        try {
            return switch (type) {
                case INT -> ofInt(name, Integer.parseInt(trimmed));
                case DOUBLE -> ofDouble(name, Double.parseDouble(trimmed));
                case STRING -> ofString(name, text);
                case BOOLEAN -> {
                    if (!trimmed.equalsIgnoreCase("true") && !trimmed.equalsIgnoreCase("false")) {
                        throw new IllegalArgumentException("not true or false");
                    }
                    yield ofBoolean(name, Boolean.parseBoolean(trimmed));
                }
            };
        } catch (IllegalArgumentException e) {
            throw new IllegalArgumentException("Value '" + text + "' of flow variable '" + name + "' is not a valid "
                    + type.label(), e);
        }
    }

    /**
     * A variable whose type is inferred from the text: int if it is an integer, double if a number, boolean if
     * true/false, else string.
     */
    public static FlowVariable infer(String name, String text) {
        String trimmed = text.trim();
        if (trimmed.matches("[+-]?\\d{1,9}")) {
            return ofInt(name, Integer.parseInt(trimmed));
        }
        if (trimmed.equalsIgnoreCase("true") || trimmed.equalsIgnoreCase("false")) {
            return ofBoolean(name, Boolean.parseBoolean(trimmed));
        }
        try {
            if (!trimmed.isEmpty() && trimmed.matches("[+-]?[0-9.eE+-]+|[+-]?Infinity|NaN")) {
                return ofDouble(name, Double.parseDouble(trimmed));
            }
        } catch (NumberFormatException e) {
            // not a number: falls through to string
        }
        return ofString(name, text);
    }

    public String getName() {
        return name;
    }

    public FlowVariableType getType() {
        return type;
    }

    /** The value as Integer, Double, String or Boolean. */
    public Object getValue() {
        return value;
    }

    public int getIntValue() {
        if (type != FlowVariableType.INT) {
            throw typeError(FlowVariableType.INT);
        }
        return (Integer) value;
    }

    /** The value as a double; int variables are widened. */
    public double getDoubleValue() {
        if (type == FlowVariableType.INT) {
            return (Integer) value;
        }
        if (type != FlowVariableType.DOUBLE) {
            throw typeError(FlowVariableType.DOUBLE);
        }
        return (Double) value;
    }

    public boolean getBooleanValue() {
        if (type != FlowVariableType.BOOLEAN) {
            throw typeError(FlowVariableType.BOOLEAN);
        }
        return (Boolean) value;
    }

    /** The value as text (any type). */
    public String getStringValue() {
        return type == FlowVariableType.DOUBLE ? Double.toString((Double) value) : value.toString();
    }

    private IllegalStateException typeError(FlowVariableType wanted) {
        return new IllegalStateException("Flow variable '" + name + "' is " + type.label() + ", not " + wanted.label());
    }

    @Override
    public String toString() {
        return name + " (" + type.label() + ") = " + getStringValue();
    }
}
