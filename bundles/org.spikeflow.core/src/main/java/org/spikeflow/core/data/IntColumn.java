package org.spikeflow.core.data;

import java.nio.IntBuffer;
import java.util.Arrays;
import java.util.BitSet;

/** A column of int values; missing cells are flagged in a bit set (null when none is missing). */
public final class IntColumn extends Column {
    private final IntBuffer values;
    private final BitSet missing;

    private IntColumn(IntBuffer values, BitSet missing) {
        this.values = values;
        this.missing = missing == null || missing.isEmpty() ? null : missing;
    }

    /** Wraps the array without copying; the caller must not change it afterwards. */
    public static IntColumn of(int... values) {
        return new IntColumn(IntBuffer.wrap(values), null);
    }

    /** Wraps a buffer (heap or memory-mapped) and an optional missing-value mask. */
    public static IntColumn wrap(IntBuffer buffer, BitSet missing) {
        return new IntColumn(buffer.slice(), missing);
    }

    @Override
    public DataType type() {
        return DataType.INT;
    }

    @Override
    public int size() {
        return values.limit();
    }

    public int get(int row) {
        return values.get(row);
    }

    public int[] toArray() {
        int[] copy = new int[size()];
        values.get(0, copy, 0, copy.length);
        return copy;
    }

    /** The missing-value mask, or null when no value is missing. */
    public BitSet missingMask() {
        return missing == null ? null : (BitSet) missing.clone();
    }

    @Override
    public boolean isMissing(int row) {
        return missing != null && missing.get(row);
    }

    @Override
    public Object getObject(int row) {
        return isMissing(row) ? null : values.get(row);
    }

    @Override
    public String format(int row) {
        return isMissing(row) ? "" : String.valueOf(values.get(row));
    }

    @Override
    public IntColumn slice(int from, int to) {
        checkRange(from, to);
        return new IntColumn(values.slice(from, to - from), missing == null ? null : missing.get(from, to));
    }

    @Override
    public String toString() {
        return "IntColumn[" + size() + "]";
    }

    /** Growable builder. */
    public static final class Builder implements ColumnBuilder {
        private int[] data;
        private int size;
        private BitSet missing;

        public Builder(int expectedRows) {
            data = new int[Math.max(16, expectedRows)];
        }

        public void append(int value) {
            if (size == data.length) {
                data = Arrays.copyOf(data, (int) Math.min(Integer.MAX_VALUE - 8, data.length * 2L));
            }
            data[size++] = value;
        }

        @Override
        public DataType type() {
            return DataType.INT;
        }

        @Override
        public int size() {
            return size;
        }

        @Override
        public void appendMissing() {
            if (missing == null) {
                missing = new BitSet();
            }
            missing.set(size);
            append(0);
        }

        @Override
        public void appendObject(Object value) {
            if (value == null) {
                appendMissing();
            } else if (value instanceof Number number) {
                append(number.intValue());
            } else {
                append(Integer.parseInt(value.toString().trim()));
            }
        }

        @Override
        public void appendFrom(Column source, int row) {
            IntColumn column = (IntColumn) source;
            if (column.isMissing(row)) {
                appendMissing();
            } else {
                append(column.get(row));
            }
        }

        @Override
        public IntColumn build() {
            int[] result = data.length == size ? data : Arrays.copyOf(data, size);
            IntColumn column = new IntColumn(IntBuffer.wrap(result), missing);
            data = new int[16];
            size = 0;
            missing = null;
            return column;
        }
    }
}
