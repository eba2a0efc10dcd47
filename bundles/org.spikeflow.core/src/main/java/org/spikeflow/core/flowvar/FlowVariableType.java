package org.spikeflow.core.flowvar;

/** The types a flow variable can have. */
public enum FlowVariableType {
    INT("int"), DOUBLE("double"), STRING("string"), BOOLEAN("boolean");

    private final String label;

    FlowVariableType(String label) {
        this.label = label;
    }

    public String label() {
        return label;
    }

    public static FlowVariableType fromLabel(String text) {
        for (FlowVariableType type : values()) {
            if (type.label.equalsIgnoreCase(text.trim())) {
                return type;
            }
        }
        throw new IllegalArgumentException(
                "Unknown flow variable type '" + text + "'; expected int, double, string or boolean");
    }

    @Override
    public String toString() {
        return label;
    }
}
