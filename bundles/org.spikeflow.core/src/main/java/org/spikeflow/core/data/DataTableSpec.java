package org.spikeflow.core.data;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collections;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

import org.spikeflow.core.port.PortObjectSpec;

/** The columns of a table: names (unique) and types, in order. Immutable. */
public final class DataTableSpec implements PortObjectSpec {
    private final List<DataColumnSpec> columns;
    private final Map<String, Integer> indexByName;

    public DataTableSpec(List<DataColumnSpec> columns) {
        this.columns = List.copyOf(columns);
        Map<String, Integer> index = new HashMap<>();
        for (int i = 0; i < this.columns.size(); i++) {
            if (index.put(this.columns.get(i).name(), i) != null) {
                throw new IllegalArgumentException("Duplicate column name '" + this.columns.get(i).name() + "'");
            }
        }
        this.indexByName = Collections.unmodifiableMap(index);
    }

    public DataTableSpec(DataColumnSpec... columns) {
        this(Arrays.asList(columns));
    }

    /** Shorthand: alternating names and types, e.g. {@code of("Time (ms)", DOUBLE, "Neuron", INT)}. */
    public static DataTableSpec of(Object... namesAndTypes) {
        if (namesAndTypes.length % 2 != 0) {
            throw new IllegalArgumentException("Expected name/type pairs");
        }
        List<DataColumnSpec> list = new ArrayList<>();
        for (int i = 0; i < namesAndTypes.length; i += 2) {
            list.add(new DataColumnSpec((String) namesAndTypes[i], (DataType) namesAndTypes[i + 1]));
        }
        return new DataTableSpec(list);
    }

    public int getNumColumns() {
        return columns.size();
    }

    public List<DataColumnSpec> getColumns() {
        return columns;
    }

    public DataColumnSpec getColumnSpec(int index) {
        return columns.get(index);
    }

    /** Index of the named column, or -1. */
    public int findColumnIndex(String name) {
        Integer index = indexByName.get(name);
        return index == null ? -1 : index;
    }

    public boolean containsColumn(String name) {
        return indexByName.containsKey(name);
    }

    /**
     * Index of the named column, checking its type.
     *
     * @param what
     *            the table's role for the message, e.g. "input table 'Simulation'"
     * @throws IllegalArgumentException
     *             naming the column and listing what the table has
     */
    public int requireColumn(String name, String what, DataType... acceptedTypes) {
        int index = findColumnIndex(name);
        if (index < 0) {
            throw new IllegalArgumentException("The " + what + " has no column '" + name + "'; its columns are "
                    + columnNames().stream().map(n -> "'" + n + "'").collect(Collectors.joining(", ")));
        }
        if (acceptedTypes.length > 0 && !Arrays.asList(acceptedTypes).contains(columns.get(index).type())) {
            throw new IllegalArgumentException("Column '" + name + "' of the " + what + " has type "
                    + columns.get(index).type().label() + " but must be one of " + Arrays.toString(acceptedTypes));
        }
        return index;
    }

    public List<String> columnNames() {
        return columns.stream().map(DataColumnSpec::name).toList();
    }

    /** A spec with the given column appended. */
    public DataTableSpec append(DataColumnSpec column) {
        List<DataColumnSpec> list = new ArrayList<>(columns);
        list.add(column);
        return new DataTableSpec(list);
    }

    @Override
    public String summary() {
        return columns.size() + " columns: "
                + columns.stream().map(DataColumnSpec::toString).collect(Collectors.joining(", "));
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof DataTableSpec other && columns.equals(other.columns);
    }

    @Override
    public int hashCode() {
        return columns.hashCode();
    }

    @Override
    public String toString() {
        return summary();
    }
}
