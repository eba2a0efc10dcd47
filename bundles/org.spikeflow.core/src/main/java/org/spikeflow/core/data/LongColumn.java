package org.spikeflow.core.data;

import java.nio.LongBuffer;
import java.util.Arrays;
import java.util.BitSet;

/** A column of long values; missing cells are flagged in a bit set (null when none is missing). */
public final class LongColumn extends MaskedColumn {
    private final LongBuffer values;

    private LongColumn(LongBuffer values, BitSet missing) {
        super(missing);
        this.values = values;
    }

    /** Wraps the array without copying; the caller must not change it afterwards. */
    public static LongColumn of(long... values) {
        return new LongColumn(LongBuffer.wrap(values), null);
    }

    /** Wraps a buffer (heap or memory-mapped) and an optional missing-value mask. */
    public static LongColumn wrap(LongBuffer buffer, BitSet missing) {
        return new LongColumn(buffer.slice(), missing);
    }

    @Override
    public DataType type() {
        return DataType.LONG;
    }

    @Override
    public int size() {
        return values.limit();
    }

    public long get(int row) {
        return values.get(row);
    }

    @Override
    Object boxed(int row) {
        return get(row);
    }

    public long[] toArray() {
        long[] copy = new long[size()];
        values.get(0, copy, 0, copy.length);
        return copy;
    }

    @Override
    public LongColumn slice(int from, int to) {
        checkRange(from, to);
        return new LongColumn(values.slice(from, to - from), missingSlice(from, to));
    }

    /** Growable builder. */
    public static final class Builder extends MaskedColumn.Builder<LongColumn> {
        private long[] data;

        public Builder(int expectedRows) {
            super(LongColumn.class);
            data = new long[Math.max(16, expectedRows)];
        }

        public void append(long value) {
            if (size == data.length) {
                data = Arrays.copyOf(data, grownCapacity(data.length));
            }
            data[size++] = value;
        }

        @Override
        public DataType type() {
            return DataType.LONG;
        }

        @Override
        void appendPlaceholder() {
            append(0);
        }

        @Override
        void appendPresent(LongColumn column, int row) {
            append(column.get(row));
        }

        @Override
        void appendValue(Object value) {
            append(value instanceof Number number ? number.longValue() : Long.parseLong(value.toString().trim()));
        }

        @Override
        public LongColumn build() {
            long[] result = data.length == size ? data : Arrays.copyOf(data, size);
            LongColumn column = new LongColumn(LongBuffer.wrap(result), takeMissing());
            data = new long[16];
            size = 0;
            return column;
        }
    }
}
