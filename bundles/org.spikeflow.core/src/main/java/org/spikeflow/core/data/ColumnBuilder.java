package org.spikeflow.core.data;

import org.osgi.annotation.versioning.ProviderType;

/** Appends values to a growing column. Typed appends avoid boxing; the generic one is for convenience paths. */
@ProviderType
public interface ColumnBuilder {
    DataType type();

    int size();

    void appendMissing();

    /** Appends a value of any compatible Java type (Number, String, Boolean) or null for missing. */
    void appendObject(Object value);

    /** Appends row {@code row} of {@code source}, which must have this builder's type. */
    void appendFrom(Column source, int row);

    /** Appends all rows of {@code source}, which must have this builder's type. */
    default void appendAll(Column source) {
        for (int row = 0; row < source.size(); row++) {
            appendFrom(source, row);
        }
    }

    Column build();
}
