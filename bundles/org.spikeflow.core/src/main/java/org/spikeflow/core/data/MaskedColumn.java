package org.spikeflow.core.data;

import java.util.BitSet;

/**
 * Base of the columns that cannot mark a missing cell in the value itself (int, long, boolean): missing cells are
 * flagged in a bit set, null when none is missing. The cell under a missing flag holds 0 or false.
 */
abstract sealed class MaskedColumn extends Column permits IntColumn, LongColumn, BooleanColumn {
    private final BitSet missing;

    MaskedColumn(BitSet missing) {
        this.missing = missing == null || missing.isEmpty() ? null : missing;
    }

    /** The value of a row, boxed, whether or not it is flagged missing. */
    abstract Object boxed(int row);

    /** The missing-value mask, or null when no value is missing. */
    public final BitSet missingMask() {
        return missing == null ? null : (BitSet) missing.clone();
    }

    /** The flags of rows {@code [from, to)} for a slice, or null when none is missing. */
    final BitSet missingSlice(int from, int to) {
        return missing == null ? null : missing.get(from, to);
    }

    @Override
    public final boolean isMissing(int row) {
        return missing != null && missing.get(row);
    }

    @Override
    public final Object getObject(int row) {
        return isMissing(row) ? null : boxed(row);
    }

    @Override
    public final String format(int row) {
        return isMissing(row) ? "" : String.valueOf(boxed(row));
    }

    /**
     * Base of the builders of masked columns: records which appended rows are missing.
     *
     * @param <C>
     *            the column type built
     */
    abstract static class Builder<C extends MaskedColumn> implements ColumnBuilder {
        private final Class<C> columnType;
        private BitSet missing;
        /** The number of rows appended so far; the subclasses' appends count them. */
        int size;

        Builder(Class<C> columnType) {
            this.columnType = columnType;
        }

        @Override
        public final int size() {
            return size;
        }

        /** Appends the placeholder value that stands under a missing flag (0 or false). */
        abstract void appendPlaceholder();

        /** Appends row {@code row} of {@code column}, which is not missing there. */
        abstract void appendPresent(C column, int row);

        /** Appends a value that is not null: a Number or Boolean of the column's type, or its text. */
        abstract void appendValue(Object value);

        @Override
        public final void appendObject(Object value) {
            if (value == null) {
                appendMissing();
            } else {
                appendValue(value);
            }
        }

        @Override
        public final void appendMissing() {
            if (missing == null) {
                missing = new BitSet();
            }
            missing.set(size());
            appendPlaceholder();
        }

        @Override
        public final void appendFrom(Column source, int row) {
            C column = columnType.cast(source);
            if (column.isMissing(row)) {
                appendMissing();
            } else {
                appendPresent(column, row);
            }
        }

        /** The flags of the rows appended so far; the builder starts a new mask afterwards. */
        final BitSet takeMissing() {
            BitSet taken = missing;
            missing = null;
            return taken;
        }
    }
}
