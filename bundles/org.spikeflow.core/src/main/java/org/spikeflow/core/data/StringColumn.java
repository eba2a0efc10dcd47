package org.spikeflow.core.data;

import java.nio.ByteBuffer;
import java.nio.LongBuffer;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;

/**
 * A column of strings; null marks a missing value. Held as a String array on the heap, or as UTF-8 bytes with offsets
 * in a memory-mapped file after spilling (offset -1 marks missing).
 */
public final class StringColumn extends Column {
    private final String[] heap;
    private final LongBuffer offsets; // size + 1 entries when mapped
    private final ByteBuffer utf8;

    private StringColumn(String[] heap, LongBuffer offsets, ByteBuffer utf8) {
        this.heap = heap;
        this.offsets = offsets;
        this.utf8 = utf8;
    }

    /** Wraps the array without copying; the caller must not change it afterwards. */
    public static StringColumn of(String... values) {
        return new StringColumn(values, null, null);
    }

    /**
     * Wraps encoded storage: {@code offsets} has one entry per row plus one, entry i is the start of row i in
     * {@code utf8} or -1 for a missing value (its end is the next non-negative start).
     */
    public static StringColumn wrap(LongBuffer offsets, ByteBuffer utf8) {
        return new StringColumn(null, offsets.slice(), utf8.slice());
    }

    @Override
    public DataType type() {
        return DataType.STRING;
    }

    @Override
    public int size() {
        return heap != null ? heap.length : offsets.limit() - 1;
    }

    public String get(int row) {
        if (heap != null) {
            return heap[row];
        }
        long start = offsets.get(row);
        if (start < 0) {
            return null;
        }
        long end = -1;
        for (int next = row + 1; end < 0; next++) {
            end = offsets.get(next);
        }
        byte[] bytes = new byte[(int) (end - start)];
        utf8.get((int) start, bytes);
        return new String(bytes, StandardCharsets.UTF_8);
    }

    @Override
    public boolean isMissing(int row) {
        return heap != null ? heap[row] == null : offsets.get(row) < 0;
    }

    @Override
    public Object getObject(int row) {
        return get(row);
    }

    @Override
    public String format(int row) {
        String value = get(row);
        return value == null ? "" : value;
    }

    @Override
    public StringColumn slice(int from, int to) {
        checkRange(from, to);
        String[] copy = new String[to - from];
        for (int i = from; i < to; i++) {
            copy[i - from] = get(i);
        }
        return new StringColumn(copy, null, null);
    }

    /** Growable builder. */
    public static final class Builder implements ColumnBuilder {
        private String[] data;
        private int size;

        public Builder(int expectedRows) {
            data = new String[Math.max(16, expectedRows)];
        }

        public void append(String value) {
            if (size == data.length) {
                data = Arrays.copyOf(data, grownCapacity(data.length));
            }
            data[size++] = value;
        }

        @Override
        public DataType type() {
            return DataType.STRING;
        }

        @Override
        public int size() {
            return size;
        }

        @Override
        public void appendMissing() {
            append(null);
        }

        @Override
        public void appendObject(Object value) {
            append(value == null ? null : value.toString());
        }

        @Override
        public void appendFrom(Column source, int row) {
            append(((StringColumn) source).get(row));
        }

        @Override
        public StringColumn build() {
            StringColumn column = new StringColumn(Arrays.copyOf(data, size), null, null);
            data = new String[16];
            size = 0;
            return column;
        }
    }
}
