package org.spikeflow.core.data;

/** The cell types a {@link DataTable} column can hold. Each has primitive, unboxed storage. */
public enum DataType {
    DOUBLE("double"), INT("int"), LONG("long"), STRING("string"), BOOLEAN("boolean");

    private final String label;

    DataType(String label) {
        this.label = label;
    }

    /** The lower-case name used in files, schemas and messages. */
    public String label() {
        return label;
    }

    public boolean isNumeric() {
        return this == DOUBLE || this == INT || this == LONG;
    }

    /** Parses {@link #label()} (case-insensitive). */
    public static DataType fromLabel(String text) {
        for (DataType type : values()) {
            if (type.label.equalsIgnoreCase(text.trim())) {
                return type;
            }
        }
        throw new IllegalArgumentException(
                "Unknown column type '" + text + "'; expected one of double, int, long, string, boolean");
    }

    @Override
    public String toString() {
        return label;
    }
}
