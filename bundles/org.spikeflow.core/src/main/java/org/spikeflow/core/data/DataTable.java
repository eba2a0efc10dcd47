package org.spikeflow.core.data;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

import org.spikeflow.core.port.PortObject;
import org.spikeflow.core.port.PortType;

/**
 * An immutable, columnar, typed table: the port object of data ports. Columns are shared, never copied, between nodes
 * that pass a table through.
 */
public final class DataTable implements PortObject {
    public static final PortType TYPE = PortType.create("org.spikeflow.table", "Data Table", DataTable.class,
            DataTableSpec.class, "#000000");

    /** An optional table input. */
    public static final PortType TYPE_OPTIONAL = TYPE.asOptional();

    private final DataTableSpec spec;
    private final Column[] columns;
    private final int rowCount;

    /**
     * @throws IllegalArgumentException
     *             if the columns do not match the spec's count and types or differ in length
     */
    public DataTable(DataTableSpec spec, List<? extends Column> columns) {
        this.spec = spec;
        this.columns = columns.toArray(new Column[0]);
        if (this.columns.length != spec.getNumColumns()) {
            throw new IllegalArgumentException(
                    "Spec has " + spec.getNumColumns() + " columns, got " + this.columns.length);
        }
        int rows = this.columns.length == 0 ? 0 : this.columns[0].size();
        for (int i = 0; i < this.columns.length; i++) {
            DataColumnSpec columnSpec = spec.getColumnSpec(i);
            if (this.columns[i].type() != columnSpec.type()) {
                throw new IllegalArgumentException(
                        "Column " + columnSpec + " was given " + this.columns[i].type() + " data");
            }
            if (this.columns[i].size() != rows) {
                throw new IllegalArgumentException("Column '" + columnSpec.name() + "' has " + this.columns[i].size()
                        + " rows but column '" + spec.getColumnSpec(0).name() + "' has " + rows);
            }
        }
        this.rowCount = rows;
    }

    public DataTable(DataTableSpec spec, Column... columns) {
        this(spec, Arrays.asList(columns));
    }

    /** An empty table with the given columns. */
    public static DataTable empty(DataTableSpec spec) {
        return new DataTableBuilder(spec).build();
    }

    @Override
    public DataTableSpec getSpec() {
        return spec;
    }

    public int getRowCount() {
        return rowCount;
    }

    public int getColumnCount() {
        return columns.length;
    }

    public Column getColumn(int index) {
        return columns[index];
    }

    public List<Column> getColumns() {
        return List.of(columns);
    }

    /** The named column. @throws IllegalArgumentException naming the missing column */
    public Column getColumn(String name) {
        return columns[spec.requireColumn(name, "table")];
    }

    /** The named column as doubles; int and long columns are converted. */
    public DoubleColumn getDoubleColumn(String name) {
        return asDoubles(getColumn(name), name);
    }

    private static DoubleColumn asDoubles(Column column, String name) {
        if (column instanceof DoubleColumn doubles) {
            return doubles;
        }
        double[] values = new double[column.size()];
        if (column instanceof IntColumn ints) {
            for (int i = 0; i < values.length; i++) {
                values[i] = ints.isMissing(i) ? Double.NaN : ints.get(i);
            }
        } else if (column instanceof LongColumn longs) {
            for (int i = 0; i < values.length; i++) {
                values[i] = longs.isMissing(i) ? Double.NaN : longs.get(i);
            }
        } else {
            throw new IllegalArgumentException("Column '" + name + "' has type " + column.type() + ", not numeric");
        }
        return DoubleColumn.of(values);
    }

    /** A table with an extra column appended. */
    public DataTable withColumn(DataColumnSpec columnSpec, Column column) {
        List<Column> list = new ArrayList<>(Arrays.asList(columns));
        list.add(column);
        return new DataTable(spec.append(columnSpec), list);
    }

    /** Rows {@code [from, to)}. */
    public DataTable slice(int from, int to) {
        List<Column> list = new ArrayList<>();
        for (Column column : columns) {
            list.add(column.slice(from, to));
        }
        return new DataTable(spec, list);
    }

    /** Bytes of raw cell data (8 per double or long, 4 per int, string lengths estimated), for memory decisions. */
    public long estimatedSizeInBytes() {
        long bytes = 0;
        for (Column column : columns) {
            bytes += switch (column.type()) {
                case DOUBLE, LONG -> 8L * rowCount;
                case INT -> 4L * rowCount;
                case BOOLEAN -> rowCount / 8 + 1;
                case STRING -> 40L * rowCount;
            };
        }
        return bytes;
    }

    @Override
    public String summary() {
        return rowCount + " rows, " + columns.length + " columns";
    }

    @Override
    public String toString() {
        return "DataTable[" + summary() + "]";
    }
}
