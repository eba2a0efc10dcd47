package org.spikeflow.core.data;

import java.nio.IntBuffer;
import java.util.Arrays;
import java.util.BitSet;

/** A column of int values; missing cells are flagged in a bit set (null when none is missing). */
public final class IntColumn extends MaskedColumn {
    private final IntBuffer values;

    private IntColumn(IntBuffer values, BitSet missing) {
        super(missing);
        this.values = values;
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

    @Override
    Object boxed(int row) {
        return get(row);
    }

    public int[] toArray() {
        int[] copy = new int[size()];
        values.get(0, copy, 0, copy.length);
        return copy;
    }

    @Override
    public IntColumn slice(int from, int to) {
        checkRange(from, to);
        return new IntColumn(values.slice(from, to - from), missingSlice(from, to));
    }

    /** Growable builder. */
    public static final class Builder extends MaskedColumn.Builder<IntColumn> {
        private int[] data;

        public Builder(int expectedRows) {
            super(IntColumn.class);
            data = new int[Math.max(16, expectedRows)];
        }

        public void append(int value) {
            if (size == data.length) {
                data = Arrays.copyOf(data, grownCapacity(data.length));
            }
            data[size++] = value;
        }

        @Override
        public DataType type() {
            return DataType.INT;
        }

        @Override
        void appendPlaceholder() {
            append(0);
        }

        @Override
        void appendPresent(IntColumn column, int row) {
            append(column.get(row));
        }

        @Override
        void appendValue(Object value) {
            append(value instanceof Number number ? number.intValue() : Integer.parseInt(value.toString().trim()));
        }

        @Override
        public IntColumn build() {
            int[] result = data.length == size ? data : Arrays.copyOf(data, size);
            IntColumn column = new IntColumn(IntBuffer.wrap(result), takeMissing());
            data = new int[16];
            size = 0;
            return column;
        }
    }
}
