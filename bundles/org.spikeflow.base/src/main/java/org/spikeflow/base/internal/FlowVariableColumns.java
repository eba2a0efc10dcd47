package org.spikeflow.base.internal;

import org.spikeflow.core.data.BooleanColumn;
import org.spikeflow.core.data.Column;
import org.spikeflow.core.data.DataTableSpec;
import org.spikeflow.core.data.DataType;
import org.spikeflow.core.data.DoubleColumn;
import org.spikeflow.core.data.IntColumn;
import org.spikeflow.core.data.LongColumn;
import org.spikeflow.core.data.StringColumn;
import org.spikeflow.core.flowvar.FlowVariable;
import org.spikeflow.core.flowvar.FlowVariableType;
import org.spikeflow.core.settings.InvalidSettingsException;

/** The mapping between flow variable types and column types, shared by the nodes that turn one into the other. */
public final class FlowVariableColumns {
    private FlowVariableColumns() {
    }

    public static DataType columnType(FlowVariableType type) {
        return switch (type) {
            case INT -> DataType.INT;
            case DOUBLE -> DataType.DOUBLE;
            case BOOLEAN -> DataType.BOOLEAN;
            case STRING -> DataType.STRING;
        };
    }

    /** A placeholder of the given type, pushed at configure so that settings can bind to it before execution. */
    public static FlowVariable placeholder(String name, FlowVariableType type) {
        return switch (type) {
            case INT -> FlowVariable.ofInt(name, 0);
            case DOUBLE -> FlowVariable.ofDouble(name, 0.0);
            case BOOLEAN -> FlowVariable.ofBoolean(name, false);
            case STRING -> FlowVariable.ofString(name, "");
        };
    }

    /** The variable type a column's cells become (a long that does not fit an int becomes a double at execution). */
    public static FlowVariableType variableType(DataType type) {
        return switch (type) {
            case DOUBLE -> FlowVariableType.DOUBLE;
            case INT, LONG -> FlowVariableType.INT;
            case STRING -> FlowVariableType.STRING;
            case BOOLEAN -> FlowVariableType.BOOLEAN;
        };
    }

    /** The cell at {@code row} of {@code column} as a variable; the cell must not be missing. */
    public static FlowVariable cellVariable(String name, Column column, int row) {
        if (column instanceof DoubleColumn doubles) {
            return FlowVariable.ofDouble(name, doubles.get(row));
        }
        if (column instanceof IntColumn ints) {
            return FlowVariable.ofInt(name, ints.get(row));
        }
        if (column instanceof LongColumn longs) {
            long value = longs.get(row);
            return value == (int) value ? FlowVariable.ofInt(name, (int) value) : FlowVariable.ofDouble(name, value);
        }
        if (column instanceof BooleanColumn booleans) {
            return FlowVariable.ofBoolean(name, booleans.get(row));
        }
        return FlowVariable.ofString(name, ((StringColumn) column).get(row));
    }

    /**
     * Indices of the named columns (all columns when {@code wanted} is empty).
     *
     * @throws InvalidSettingsException
     *             naming the setting 'columns' and the missing column
     */
    public static java.util.List<Integer> selectedColumns(DataTableSpec spec, java.util.List<String> wanted)
            throws InvalidSettingsException {
        java.util.List<Integer> indices = new java.util.ArrayList<>();
        if (wanted == null || wanted.isEmpty()) {
            for (int i = 0; i < spec.getNumColumns(); i++) {
                indices.add(i);
            }
            return indices;
        }
        for (String name : wanted) {
            try {
                indices.add(spec.requireColumn(name, "input table"));
            } catch (IllegalArgumentException e) {
                throw new InvalidSettingsException("Setting 'columns': " + e.getMessage());
            }
        }
        return indices;
    }
}
