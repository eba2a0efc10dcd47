package org.spikeflow.core.data;

import java.util.Objects;

/** Name and type of one column. Names are kept exactly as given, e.g. {@code Time (ms)}. */
public record DataColumnSpec(String name, DataType type) {
    public DataColumnSpec {
        Objects.requireNonNull(name, "column name");
        Objects.requireNonNull(type, "column type");
        if (name.isEmpty()) {
            throw new IllegalArgumentException("Column names must not be empty");
        }
    }

    @Override
    public String toString() {
        return "'" + name + "' (" + type.label() + ")";
    }
}
