package org.spikeflow.core.data;

import java.nio.DoubleBuffer;
import java.util.Arrays;

/** A column of IEEE doubles; NaN marks a missing value. */
public final class DoubleColumn extends Column {
    private final DoubleBuffer values;

    private DoubleColumn(DoubleBuffer values) {
        this.values = values;
    }

    /** Wraps the array without copying; the caller must not change it afterwards. */
    public static DoubleColumn of(double... values) {
        return new DoubleColumn(DoubleBuffer.wrap(values));
    }

    /** Wraps the first {@code length} values of the array without copying. */
    public static DoubleColumn of(double[] values, int length) {
        return new DoubleColumn(DoubleBuffer.wrap(values, 0, length).slice());
    }

    /** Wraps a buffer (heap or memory-mapped) from its position to its limit. */
    public static DoubleColumn wrap(DoubleBuffer buffer) {
        return new DoubleColumn(buffer.slice());
    }

    @Override
    public DataType type() {
        return DataType.DOUBLE;
    }

    @Override
    public int size() {
        return values.limit();
    }

    public double get(int row) {
        return values.get(row);
    }

    /** Copies the values into a new array. */
    public double[] toArray() {
        double[] copy = new double[size()];
        values.get(0, copy, 0, copy.length);
        return copy;
    }

    /** Copies rows {@code [from, from + length)} into {@code target} at {@code offset}. */
    public void copyTo(int from, double[] target, int offset, int length) {
        values.get(from, target, offset, length);
    }

    /** A read-only view for bulk access. */
    public DoubleBuffer buffer() {
        return values.asReadOnlyBuffer();
    }

    @Override
    public boolean isMissing(int row) {
        return Double.isNaN(values.get(row));
    }

    @Override
    public Object getObject(int row) {
        double v = values.get(row);
        return Double.isNaN(v) ? null : v;
    }

    @Override
    public String format(int row) {
        double v = values.get(row);
        return Double.isNaN(v) ? "" : formatDouble(v);
    }

    /** Shortest text that reads back to the same double; integral values print as {@code -65.0}. */
    public static String formatDouble(double v) {
        if (Double.isInfinite(v)) {
            return v > 0 ? "Infinity" : "-Infinity";
        }
        return Double.toString(v);
    }

    @Override
    public DoubleColumn slice(int from, int to) {
        checkRange(from, to);
        return new DoubleColumn(values.slice(from, to - from));
    }

    /** Growable builder. */
    public static final class Builder implements ColumnBuilder {
        private double[] data;
        private int size;

        public Builder(int expectedRows) {
            data = new double[Math.max(16, expectedRows)];
        }

        public void append(double value) {
            if (size == data.length) {
                data = Arrays.copyOf(data, grownCapacity(data.length));
            }
            data[size++] = value;
        }

        @Override
        public DataType type() {
            return DataType.DOUBLE;
        }

        @Override
        public int size() {
            return size;
        }

        @Override
        public void appendMissing() {
            append(Double.NaN);
        }

        @Override
        public void appendObject(Object value) {
            if (value == null) {
                appendMissing();
            } else if (value instanceof Number number) {
                append(number.doubleValue());
            } else {
                append(Double.parseDouble(value.toString().trim()));
            }
        }

        @Override
        public void appendFrom(Column source, int row) {
            append(((DoubleColumn) source).get(row));
        }

        @Override
        public void appendAll(Column source) {
            DoubleColumn column = (DoubleColumn) source;
            int n = column.size();
            if (size + n > data.length) {
                data = Arrays.copyOf(data, Math.max(size + n, data.length * 2));
            }
            column.copyTo(0, data, size, n);
            size += n;
        }

        @Override
        public DoubleColumn build() {
            // Trim only when much too large, to avoid copying big columns.
            double[] result = data.length - size > data.length / 4 ? Arrays.copyOf(data, size) : data;
            DoubleColumn column = DoubleColumn.of(result, size);
            data = new double[16];
            size = 0;
            return column;
        }
    }
}
