package org.spikeflow.core.data;

import java.nio.LongBuffer;
import java.util.Arrays;
import java.util.BitSet;

/** A column of long values; missing cells are flagged in a bit set (null when none is missing). */
public final class LongColumn extends Column {
    private final LongBuffer values;
    private final BitSet missing;

    private LongColumn(LongBuffer values, BitSet missing) {
        this.values = values;
        this.missing = missing == null || missing.isEmpty() ? null : missing;
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

    public long[] toArray() {
        long[] copy = new long[size()];
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
    public LongColumn slice(int from, int to) {
        checkRange(from, to);
        return new LongColumn(values.slice(from, to - from), missing == null ? null : missing.get(from, to));
    }

    @Override
    public String toString() {
        return "LongColumn[" + size() + "]";
    }

    /** Growable builder. */
    public static final class Builder implements ColumnBuilder {
        private long[] data;
        private int size;
        private BitSet missing;

        public Builder(int expectedRows) {
            data = new long[Math.max(16, expectedRows)];
        }

        public void append(long value) {
            if (size == data.length) {
                data = Arrays.copyOf(data, (int) Math.min(Integer.MAX_VALUE - 8, data.length * 2L));
            }
            data[size++] = value;
        }

        @Override
        public DataType type() {
            return DataType.LONG;
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
                append(number.longValue());
            } else {
                append(Long.parseLong(value.toString().trim()));
            }
        }

        @Override
        public void appendFrom(Column source, int row) {
            LongColumn column = (LongColumn) source;
            if (column.isMissing(row)) {
                appendMissing();
            } else {
                append(column.get(row));
            }
        }

        @Override
        public LongColumn build() {
            long[] result = data.length == size ? data : Arrays.copyOf(data, size);
            LongColumn column = new LongColumn(LongBuffer.wrap(result), missing);
            data = new long[16];
            size = 0;
            missing = null;
            return column;
        }
    }
}
