package org.spikeflow.base.internal;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.spikeflow.core.data.Column;
import org.spikeflow.core.data.ColumnBuilder;
import org.spikeflow.core.data.DataColumnSpec;
import org.spikeflow.core.data.DataTable;
import org.spikeflow.core.data.DataTableSpec;
import org.spikeflow.core.data.DataType;
import org.spikeflow.core.data.DoubleColumn;
import org.spikeflow.core.data.IntColumn;
import org.spikeflow.core.data.LongColumn;

/**
 * Collects the tables of a loop's iterations and concatenates them, optionally with an iteration-number column. Tables
 * are kept (their columns are shared, not copied) until {@link #build()} copies them once into the result.
 */
public final class TableConcatenator {
    private final boolean allowChangingSpecs;
    private final String iterationColumn; // null: none
    private final List<DataTable> tables = new ArrayList<>();
    private final List<Integer> iterations = new ArrayList<>();
    private final Map<String, DataType> unionTypes = new LinkedHashMap<>();
    private DataTableSpec firstSpec;

    /**
     * @param allowChangingSpecs
     *            whether later tables may have other columns (the result has the union, missing cells where a table
     *            lacks a column; int and long widen to long or double)
     * @param iterationColumn
     *            name of the iteration-number column to add, or null for none
     */
    public TableConcatenator(boolean allowChangingSpecs, String iterationColumn) {
        this.allowChangingSpecs = allowChangingSpecs;
        this.iterationColumn = iterationColumn;
    }

    /**
     * The result spec for an input spec, for configure: the input's columns plus the iteration column.
     *
     * @throws IllegalArgumentException
     *             if the iteration column's name is already an input column
     */
    public static DataTableSpec outputSpec(DataTableSpec inSpec, String iterationColumn) {
        if (iterationColumn == null) {
            return inSpec;
        }
        checkIterationColumn(inSpec, iterationColumn);
        return inSpec.append(new DataColumnSpec(iterationColumn, DataType.INT));
    }

    private static void checkIterationColumn(DataTableSpec spec, String iterationColumn) {
        if (spec.containsColumn(iterationColumn)) {
            throw new IllegalArgumentException("The iteration column '" + iterationColumn
                    + "' clashes with an input column of the same name; choose another iteration column name or"
                    + " switch the iteration column off");
        }
    }

    /**
     * Adds the table of one iteration.
     *
     * @throws IllegalArgumentException
     *             if its columns differ from the first table's (and changing specs are not allowed), naming the
     *             iteration and the columns, or if a column changes to an incompatible type
     */
    public void add(DataTable table, int iteration) {
        DataTableSpec spec = table.getSpec();
        if (iterationColumn != null) {
            checkIterationColumn(spec, iterationColumn);
        }
        if (firstSpec == null) {
            firstSpec = spec;
        } else if (!allowChangingSpecs && !spec.equals(firstSpec)) {
            throw new IllegalArgumentException("The table of iteration " + iteration + " has other columns than the"
                    + " first iteration's: " + difference(firstSpec, spec) + ". Switch on 'allowChangingSpecs' to"
                    + " concatenate the union of the columns");
        }
        for (DataColumnSpec column : spec.getColumns()) {
            DataType known = unionTypes.get(column.name());
            if (known == null) {
                unionTypes.put(column.name(), column.type());
            } else if (known != column.type()) {
                DataType widened = widen(known, column.type());
                if (widened == null) {
                    throw new IllegalArgumentException("Column '" + column.name() + "' is " + known.label()
                            + " in earlier iterations but " + column.type().label() + " in iteration " + iteration);
                }
                unionTypes.put(column.name(), widened);
            }
        }
        tables.add(table);
        iterations.add(iteration);
    }

    private static DataType widen(DataType a, DataType b) {
        if (a.isNumeric() && b.isNumeric()) {
            return a == DataType.DOUBLE || b == DataType.DOUBLE ? DataType.DOUBLE : DataType.LONG;
        }
        return null;
    }

    private static String difference(DataTableSpec expected, DataTableSpec actual) {
        List<String> parts = new ArrayList<>();
        List<String> missing = new ArrayList<>();
        List<String> extra = new ArrayList<>();
        List<String> retyped = new ArrayList<>();
        for (DataColumnSpec column : expected.getColumns()) {
            int index = actual.findColumnIndex(column.name());
            if (index < 0) {
                missing.add("'" + column.name() + "'");
            } else if (actual.getColumnSpec(index).type() != column.type()) {
                retyped.add("'" + column.name() + "' (" + column.type().label() + " before, now "
                        + actual.getColumnSpec(index).type().label() + ")");
            }
        }
        for (DataColumnSpec column : actual.getColumns()) {
            if (!expected.containsColumn(column.name())) {
                extra.add("'" + column.name() + "'");
            }
        }
        if (!missing.isEmpty()) {
            parts.add("missing " + String.join(", ", missing));
        }
        if (!extra.isEmpty()) {
            parts.add("new " + String.join(", ", extra));
        }
        if (!retyped.isEmpty()) {
            parts.add("changed type " + String.join(", ", retyped));
        }
        if (parts.isEmpty()) {
            parts.add("the same columns in another order (" + actual.columnNames() + " instead of "
                    + expected.columnNames() + ")");
        }
        return String.join("; ", parts);
    }

    public int size() {
        return tables.size();
    }

    public boolean isEmpty() {
        return tables.isEmpty();
    }

    /** The spec {@link #build()} will return (null before the first table). */
    public DataTableSpec resultSpec() {
        if (firstSpec == null) {
            return null;
        }
        List<DataColumnSpec> columns = new ArrayList<>();
        unionTypes.forEach((name, type) -> columns.add(new DataColumnSpec(name, type)));
        if (iterationColumn != null) {
            columns.add(new DataColumnSpec(iterationColumn, DataType.INT));
        }
        return new DataTableSpec(columns);
    }

    /** The concatenation of all tables added so far. */
    public DataTable build() {
        DataTableSpec spec = resultSpec();
        if (spec == null) {
            throw new IllegalStateException("No iteration has been collected");
        }
        long rows = 0;
        for (DataTable table : tables) {
            rows += table.getRowCount();
        }
        if (rows > Integer.MAX_VALUE - 8) {
            throw new IllegalStateException("The concatenated table would have " + rows + " rows, more than a table"
                    + " can hold");
        }
        int totalRows = (int) rows;
        List<Column> columns = new ArrayList<>();
        int dataColumns = unionTypes.size();
        for (int c = 0; c < dataColumns; c++) {
            DataColumnSpec target = spec.getColumnSpec(c);
            ColumnBuilder builder = Column.builder(target.type(), totalRows);
            for (DataTable table : tables) {
                int index = table.getSpec().findColumnIndex(target.name());
                if (index < 0) {
                    for (int r = 0; r < table.getRowCount(); r++) {
                        builder.appendMissing();
                    }
                } else {
                    appendConverted(builder, table.getColumn(index));
                }
            }
            columns.add(builder.build());
        }
        if (iterationColumn != null) {
            int[] numbers = new int[totalRows];
            int offset = 0;
            for (int t = 0; t < tables.size(); t++) {
                int n = tables.get(t).getRowCount();
                java.util.Arrays.fill(numbers, offset, offset + n, iterations.get(t));
                offset += n;
            }
            columns.add(IntColumn.of(numbers));
        }
        return new DataTable(spec, columns);
    }

    /** Appends a column, widening int/long to the builder's long or double type where the types differ. */
    private static void appendConverted(ColumnBuilder builder, Column source) {
        if (source.type() == builder.type()) {
            builder.appendAll(source);
            return;
        }
        for (int r = 0; r < source.size(); r++) {
            if (source.isMissing(r)) {
                builder.appendMissing();
            } else if (builder instanceof DoubleColumn.Builder doubles) {
                doubles.append(source instanceof IntColumn ints ? ints.get(r) : ((LongColumn) source).get(r));
            } else {
                ((LongColumn.Builder) builder).append(((IntColumn) source).get(r));
            }
        }
    }

    /** Drops everything collected. */
    public void clear() {
        tables.clear();
        iterations.clear();
        unionTypes.clear();
        firstSpec = null;
    }
}
