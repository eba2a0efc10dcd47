package org.spikeflow.base.internal.table.columnexpression;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import org.spikeflow.base.internal.expression.Expression;
import org.spikeflow.base.internal.expression.ExpressionException;
import org.spikeflow.core.data.BooleanColumn;
import org.spikeflow.core.data.Column;
import org.spikeflow.core.data.ColumnBuilder;
import org.spikeflow.core.data.DataColumnSpec;
import org.spikeflow.core.data.DataTable;
import org.spikeflow.core.data.DataTableSpec;
import org.spikeflow.core.data.DataType;
import org.spikeflow.core.data.DoubleColumn;
import org.spikeflow.core.data.IntColumn;
import org.spikeflow.core.data.LongColumn;
import org.spikeflow.core.data.StringColumn;
import org.spikeflow.core.flowvar.FlowVariable;
import org.spikeflow.core.node.ExecutionContext;
import org.spikeflow.core.node.NodeModel;
import org.spikeflow.core.port.PortObject;
import org.spikeflow.core.port.PortObjectSpec;
import org.spikeflow.core.port.PortType;
import org.spikeflow.core.settings.InvalidSettingsException;

/** Evaluates the expression for every row; column names resolve to the row's cells, other names to flow variables. */
public class ColumnExpressionNodeModel extends NodeModel<ColumnExpressionNodeSettings> {

    public ColumnExpressionNodeModel() {
        super(new PortType[] {DataTable.TYPE}, new PortType[] {DataTable.TYPE}, ColumnExpressionNodeSettings.class);
    }

    @Override
    protected PortObjectSpec[] configure(PortObjectSpec[] inSpecs) throws InvalidSettingsException {
        Expression expression = parse();
        DataTableSpec in = (DataTableSpec) inSpecs[0];
        if (in == null) {
            return new PortObjectSpec[] {null};
        }
        Map<String, FlowVariable> variables = getAvailableFlowVariables();
        for (String name : expression.variables()) {
            if (!in.containsColumn(name) && !variables.containsKey(name)) {
                throw new InvalidSettingsException("Setting 'expression' uses '" + name + "', which is neither a column"
                        + " of the input (" + String.join(", ", in.columnNames()) + ") nor a flow variable");
            }
        }
        return new PortObjectSpec[] {outputSpec(in)};
    }

    private DataTableSpec outputSpec(DataTableSpec in) throws InvalidSettingsException {
        ColumnExpressionNodeSettings settings = getSettings();
        DataColumnSpec result = new DataColumnSpec(settings.column, settings.resultType);
        int existing = in.findColumnIndex(settings.column);
        if (existing < 0) {
            return in.append(result);
        }
        if (!settings.replace) {
            throw new InvalidSettingsException("The input already has a column '" + settings.column
                    + "'; choose another result column or set 'replace'");
        }
        List<DataColumnSpec> columns = new ArrayList<>(in.getColumns());
        columns.set(existing, result);
        return new DataTableSpec(columns);
    }

    private Expression parse() throws InvalidSettingsException {
        try {
            return Expression.parse(getSettings().expression);
        } catch (ExpressionException e) {
            throw new InvalidSettingsException("Setting 'expression': " + e.getMessage(), e);
        }
    }

    @Override
    protected PortObject[] execute(PortObject[] inObjects, ExecutionContext exec) throws Exception {
        DataTable table = (DataTable) inObjects[0];
        Expression expression = parse();
        DataTableSpec outSpec = outputSpec(table.getSpec());
        Map<String, Column> columns = new HashMap<>();
        for (String name : expression.variables()) {
            int index = table.getSpec().findColumnIndex(name);
            if (index >= 0) {
                columns.put(name, table.getColumn(index));
            }
        }
        Map<String, FlowVariable> variables = getAvailableFlowVariables();
        ColumnExpressionNodeSettings settings = getSettings();
        ColumnBuilder results = Column.builder(settings.resultType, table.getRowCount());
        int rows = table.getRowCount();
        int[] row = new int[1];
        for (row[0] = 0; row[0] < rows; row[0]++) {
            if ((row[0] & 0xFFF) == 0) {
                exec.checkCanceled();
                exec.setProgress((double) row[0] / Math.max(1, rows), "row " + row[0] + " of " + rows);
            }
            Object value;
            try {
                value = expression.evaluate(name -> {
                    Column column = columns.get(name);
                    if (column != null) {
                        return cell(column, row[0], name);
                    }
                    FlowVariable variable = variables.get(name);
                    return variable == null ? null : variable.getValue();
                });
            } catch (ExpressionException e) {
                throw new IllegalArgumentException("Row " + row[0] + ": " + e.getMessage(), e);
            }
            append(results, value, row[0]);
        }
        Column result = results.build();
        List<Column> outColumns = new ArrayList<>(table.getColumns());
        int existing = table.getSpec().findColumnIndex(settings.column);
        if (existing >= 0) {
            outColumns.set(existing, result);
        } else {
            outColumns.add(result);
        }
        return new PortObject[] {new DataTable(outSpec, outColumns)};
    }

    private static Object cell(Column column, int row, String name) {
        if (column instanceof DoubleColumn doubles) {
            return doubles.get(row);
        }
        if (column instanceof IntColumn ints) {
            return ints.isMissing(row) ? Double.NaN : (double) ints.get(row);
        }
        if (column instanceof LongColumn longs) {
            return longs.isMissing(row) ? Double.NaN : (double) longs.get(row);
        }
        if (column.isMissing(row)) {
            throw new IllegalArgumentException("Row " + row + ", column '" + name + "' has a missing value");
        }
        return column instanceof BooleanColumn booleans ? (Object) booleans.get(row) : ((StringColumn) column).get(row);
    }

    private void append(ColumnBuilder results, Object value, int row) {
        DataType type = getSettings().resultType;
        try {
            switch (type) {
                case DOUBLE -> ((DoubleColumn.Builder) results).append(number(value, row));
                case INT -> {
                    double number = number(value, row);
                    if (Double.isNaN(number)) {
                        results.appendMissing();
                    } else if (number != Math.rint(number) || Math.abs(number) > Integer.MAX_VALUE) {
                        throw new IllegalArgumentException("Row " + row + ": " + Expression.toText(value)
                                + " is not an int; use round() or result type DOUBLE");
                    } else {
                        ((IntColumn.Builder) results).append((int) number);
                    }
                }
                case LONG -> {
                    double number = number(value, row);
                    if (Double.isNaN(number)) {
                        results.appendMissing();
                    } else {
                        ((LongColumn.Builder) results).append(Math.round(number));
                    }
                }
                case STRING -> ((StringColumn.Builder) results).append(Expression.toText(value));
                case BOOLEAN -> {
                    if (!(value instanceof Boolean bool)) {
                        throw new IllegalArgumentException("Row " + row + ": the expression gives "
                                + Expression.toText(value) + ", not true or false");
                    }
                    ((BooleanColumn.Builder) results).append(bool);
                }
            }
        } catch (ClassCastException e) {
            throw new IllegalStateException("Result builder does not match type " + type, e);
        }
    }

    private static double number(Object value, int row) {
        if (value instanceof Double d) {
            return d;
        }
        throw new IllegalArgumentException("Row " + row + ": the expression gives " + Expression.toText(value)
                + ", not a number; choose result type STRING or BOOLEAN");
    }
}
