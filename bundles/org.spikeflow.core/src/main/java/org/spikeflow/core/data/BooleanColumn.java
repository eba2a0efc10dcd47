package org.spikeflow.core.data;

import java.util.BitSet;

/** A column of booleans held as bits; missing cells are flagged in a second bit set. */
public final class BooleanColumn extends MaskedColumn {
    private final BitSet values;
    private final int size;

    private BooleanColumn(BitSet values, BitSet missing, int size) {
        super(missing);
        this.values = values;
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

    @Override
    Object boxed(int row) {
        return get(row);
    }

    @Override
    public BooleanColumn slice(int from, int to) {
        checkRange(from, to);
        return new BooleanColumn(values.get(from, to), missingSlice(from, to), to - from);
    }

    /** Growable builder. */
    public static final class Builder extends MaskedColumn.Builder<BooleanColumn> {
        private BitSet values;

        public Builder(int expectedRows) {
            super(BooleanColumn.class);
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
        void appendPlaceholder() {
            append(false);
        }

        @Override
        void appendPresent(BooleanColumn column, int row) {
            append(column.get(row));
        }

        @Override
        void appendValue(Object value) {
            if (value instanceof Boolean bool) {
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
        public BooleanColumn build() {
            BooleanColumn column = new BooleanColumn(values, takeMissing(), size);
            values = new BitSet();
            size = 0;
            return column;
        }
    }
}
