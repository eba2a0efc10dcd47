package org.spikeflow.core.data;

import java.util.BitSet;

/** A column of booleans held as bits; missing cells are flagged in a second bit set. */
public final class BooleanColumn extends Column {
    private final BitSet values;
    private final BitSet missing;
    private final int size;

    private BooleanColumn(BitSet values, BitSet missing, int size) {
        this.values = values;
        this.missing = missing == null || missing.isEmpty() ? null : missing;
        this.size = size;
    }

    public static BooleanColumn of(boolean... values) {
        BitSet bits = new BitSet(values.length);
        for (int i = 0; i < values.length; i++) {
            bits.set(i, values[i]);
        }
        return new BooleanColumn(bits, null, values.length);
    }

    /** Wraps bit sets (copied) of the given size. */
    public static BooleanColumn wrap(BitSet values, BitSet missing, int size) {
        return new BooleanColumn((BitSet) values.clone(), missing == null ? null : (BitSet) missing.clone(), size);
    }

    @Override
    public DataType type() {
        return DataType.BOOLEAN;
    }

    @Override
    public int size() {
        return size;
    }

    public boolean get(int row) {
        if (row < 0 || row >= size) {
            throw new IndexOutOfBoundsException("Row " + row + " of " + size);
        }
        return values.get(row);
    }

    public BitSet valueBits() {
        return (BitSet) values.clone();
    }

    public BitSet missingMask() {
        return missing == null ? null : (BitSet) missing.clone();
    }

    @Override
    public boolean isMissing(int row) {
        return missing != null && missing.get(row);
    }

    @Override
    public Object getObject(int row) {
        return isMissing(row) ? null : get(row);
    }

    @Override
    public String format(int row) {
        return isMissing(row) ? "" : String.valueOf(get(row));
    }

    @Override
    public BooleanColumn slice(int from, int to) {
        checkRange(from, to);
        return new BooleanColumn(values.get(from, to), missing == null ? null : missing.get(from, to), to - from);
    }

    @Override
    public String toString() {
        return "BooleanColumn[" + size + "]";
    }

    /** Growable builder. */
    public static final class Builder implements ColumnBuilder {
        private BitSet values = new BitSet();
        private BitSet missing;
        private int size;

        public Builder(int expectedRows) {
            values = new BitSet(Math.max(16, expectedRows));
        }

        public void append(boolean value) {
            values.set(size++, value);
        }

        @Override
        public DataType type() {
            return DataType.BOOLEAN;
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
            append(false);
        }

        @Override
        public void appendObject(Object value) {
            if (value == null) {
                appendMissing();
            } else if (value instanceof Boolean bool) {
                append(bool);
            } else {
                String text = value.toString().trim();
                if (text.equalsIgnoreCase("true")) {
                    append(true);
                } else if (text.equalsIgnoreCase("false")) {
                    append(false);
                } else {
                    throw new IllegalArgumentException("'" + text + "' is not a boolean (true/false)");
                }
            }
        }

        @Override
        public void appendFrom(Column source, int row) {
            BooleanColumn column = (BooleanColumn) source;
            if (column.isMissing(row)) {
                appendMissing();
            } else {
                append(column.get(row));
            }
        }

        @Override
        public BooleanColumn build() {
            BooleanColumn column = new BooleanColumn(values, missing, size);
            values = new BitSet();
            missing = null;
            size = 0;
            return column;
        }
    }
}
