package org.spikeflow.core.data;

import java.util.ArrayList;
import java.util.List;

/**
 * Builds a {@link DataTable} row by row (or column by column) without boxing: append typed values to each column, then
 * {@link #build()} checks all columns have the same length.
 */
public final class DataTableBuilder {
    private final DataTableSpec spec;
    private final ColumnBuilder[] builders;

    public DataTableBuilder(DataTableSpec spec) {
        this(spec, 16);
    }

    public DataTableBuilder(DataTableSpec spec, int expectedRows) {
        this.spec = spec;
        this.builders = new ColumnBuilder[spec.getNumColumns()];
        for (int i = 0; i < builders.length; i++) {
            builders[i] = Column.builder(spec.getColumnSpec(i).type(), expectedRows);
        }
    }

    public DataTableSpec getSpec() {
        return spec;
    }

    public ColumnBuilder column(int index) {
        return builders[index];
    }

    public DataTableBuilder appendDouble(int column, double value) {
        ((DoubleColumn.Builder) typed(column, DataType.DOUBLE)).append(value);
        return this;
    }

    public DataTableBuilder appendInt(int column, int value) {
        ((IntColumn.Builder) typed(column, DataType.INT)).append(value);
        return this;
    }

    public DataTableBuilder appendLong(int column, long value) {
        ((LongColumn.Builder) typed(column, DataType.LONG)).append(value);
        return this;
    }

    public DataTableBuilder appendString(int column, String value) {
        ((StringColumn.Builder) typed(column, DataType.STRING)).append(value);
        return this;
    }

    public DataTableBuilder appendBoolean(int column, boolean value) {
        ((BooleanColumn.Builder) typed(column, DataType.BOOLEAN)).append(value);
        return this;
    }

    public DataTableBuilder appendMissing(int column) {
        builders[column].appendMissing();
        return this;
    }

    /** Appends one whole row of boxed values (null for missing); convenient for small tables. */
    public DataTableBuilder appendRow(Object... values) {
        if (values.length != builders.length) {
            throw new IllegalArgumentException("Row has " + values.length + " values but the table has "
                    + builders.length + " columns");
        }
        for (int i = 0; i < values.length; i++) {
            builders[i].appendObject(values[i]);
        }
        return this;
    }

    /** Appends every row of a table whose spec has the same column types in the same order. */
    public DataTableBuilder appendTable(DataTable table) {
        if (table.getColumnCount() != builders.length) {
            throw new IllegalArgumentException("Cannot append a table with " + table.getColumnCount()
                    + " columns to one with " + builders.length);
        }
        for (int i = 0; i < builders.length; i++) {
            if (table.getColumn(i).type() != builders[i].type()) {
                throw new IllegalArgumentException("Column '" + spec.getColumnSpec(i).name() + "' has type "
                        + builders[i].type() + " but the appended table's column '"
                        + table.getSpec().getColumnSpec(i).name() + "' has type " + table.getColumn(i).type());
            }
            builders[i].appendAll(table.getColumn(i));
        }
        return this;
    }

    public int size() {
        return builders.length == 0 ? 0 : builders[0].size();
    }

    private ColumnBuilder typed(int column, DataType expected) {
        ColumnBuilder builder = builders[column];
        if (builder.type() != expected) {
            throw new IllegalArgumentException(
                    "Column " + spec.getColumnSpec(column) + " cannot take a " + expected + " value");
        }
        return builder;
    }

    /**
     * @throws IllegalStateException
     *             if columns received different numbers of values
     */
    public DataTable build() {
        List<Column> columns = new ArrayList<>(builders.length);
        for (ColumnBuilder builder : builders) {
            columns.add(builder.build());
        }
        for (int i = 1; i < columns.size(); i++) {
            if (columns.get(i).size() != columns.get(0).size()) {
                throw new IllegalStateException("Column '" + spec.getColumnSpec(i).name() + "' received "
                        + columns.get(i).size() + " values but column '" + spec.getColumnSpec(0).name() + "' "
                        + columns.get(0).size());
            }
        }
        return new DataTable(spec, columns);
    }
}
