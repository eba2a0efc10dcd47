package org.spikeflow.core.data;

/**
 * One immutable, typed column of a {@link DataTable}. Values are held unboxed, either on the heap or in a memory-mapped
 * file when the table was spilled to disk, so a table of millions of doubles costs about its raw size.
 */
public abstract sealed class Column permits DoubleColumn, StringColumn, MaskedColumn {

    public abstract DataType type();

    public abstract int size();

    /** Whether the cell holds no value (NaN for doubles, null for strings, a flag for the other types). */
    public abstract boolean isMissing(int row);

    /** The value boxed, or null when missing. For generic code paths and views, not for numeric loops. */
    public abstract Object getObject(int row);

    /** The value as text for files and views; the empty string when missing. Doubles keep full precision. */
    public abstract String format(int row);

    /** A column of the same type holding rows {@code [from, to)}. */
    public abstract Column slice(int from, int to);

    protected final void checkRange(int from, int to) {
        if (from < 0 || to > size() || from > to) {
            throw new IndexOutOfBoundsException("Rows [" + from + ", " + to + ") of a column with " + size() + " rows");
        }
    }

    @Override
    public String toString() {
        return getClass().getSimpleName() + "[" + size() + "]";
    }

    /** The capacity a builder's array grows to when full: doubled, within the largest array the VM allows. */
    static int grownCapacity(int length) {
        return (int) Math.min(Integer.MAX_VALUE - 8, length * 2L);
    }

    /** A builder for a column of the given type. */
    public static ColumnBuilder builder(DataType type, int expectedRows) {
        return switch (type) {
            case DOUBLE -> new DoubleColumn.Builder(expectedRows);
            case INT -> new IntColumn.Builder(expectedRows);
            case LONG -> new LongColumn.Builder(expectedRows);
            case STRING -> new StringColumn.Builder(expectedRows);
            case BOOLEAN -> new BooleanColumn.Builder(expectedRows);
        };
    }
}
