package org.spikeflow.base.internal.table.pivot;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.spikeflow.core.data.Column;
import org.spikeflow.core.data.ColumnBuilder;
import org.spikeflow.core.data.DataColumnSpec;
import org.spikeflow.core.data.DataTable;
import org.spikeflow.core.data.DataTableSpec;
import org.spikeflow.core.node.ExecutionContext;
import org.spikeflow.core.node.NodeModel;
import org.spikeflow.core.port.PortObject;
import org.spikeflow.core.port.PortObjectSpec;
import org.spikeflow.core.port.PortType;
import org.spikeflow.core.settings.InvalidSettingsException;

/**
 * One output row per distinct combination of the group columns (in order of first appearance); for each value column
 * and each pivot value (in order of first appearance) a column "value (pivot)". Each group and pivot value may occur at
 * most once: there is no aggregation, so nothing is silently averaged away. The output's columns depend on the data, so
 * they are known only after execution.
 */
public class PivotNodeModel extends NodeModel<PivotNodeSettings> {

    public PivotNodeModel() {
        super(new PortType[] {DataTable.TYPE}, new PortType[] {DataTable.TYPE}, PivotNodeSettings.class);
    }

    @Override
    protected PortObjectSpec[] configure(PortObjectSpec[] inSpecs) throws InvalidSettingsException {
        if (inSpecs[0] != null) {
            valueColumns((DataTableSpec) inSpecs[0]);
        }
        return new PortObjectSpec[] {null}; // the pivot values are in the data
    }

    private List<String> valueColumns(DataTableSpec in) throws InvalidSettingsException {
        PivotNodeSettings s = getSettings();
        List<String> named = new ArrayList<>(s.groupColumns);
        named.add(s.pivotColumn);
        named.addAll(s.valueColumns);
        for (String name : named) {
            if (!in.containsColumn(name)) {
                throw new InvalidSettingsException("The input has no column '" + name + "'; its columns: "
                        + String.join(", ", in.columnNames()));
            }
        }
        if (!s.valueColumns.isEmpty()) {
            return s.valueColumns;
        }
        List<String> values = new ArrayList<>();
        for (String name : in.columnNames()) {
            if (!s.groupColumns.contains(name) && !name.equals(s.pivotColumn)) {
                values.add(name);
            }
        }
        return values;
    }

    @Override
    protected PortObject[] execute(PortObject[] inObjects, ExecutionContext exec) throws Exception {
        PivotNodeSettings s = getSettings();
        DataTable in = (DataTable) inObjects[0];
        List<String> values = valueColumns(in.getSpec());
        Column pivot = in.getColumn(s.pivotColumn);
        Map<List<Object>, Integer> groups = new LinkedHashMap<>();
        Map<String, Integer> pivots = new LinkedHashMap<>();
        Map<List<Object>, Integer> firstRowOf = new LinkedHashMap<>();
        int[] groupOf = new int[in.getRowCount()];
        int[] pivotOf = new int[in.getRowCount()];
        for (int row = 0; row < in.getRowCount(); row++) {
            List<Object> key = new ArrayList<>();
            for (String g : s.groupColumns) {
                key.add(in.getColumn(g).getObject(row));
            }
            String category = pivot.isMissing(row) ? "?" : pivot.format(row);
            groupOf[row] = groups.computeIfAbsent(key, k -> groups.size());
            pivotOf[row] = pivots.computeIfAbsent(category, k -> pivots.size());
            List<Object> cell = new ArrayList<>(key);
            cell.add(category);
            Integer earlier = firstRowOf.putIfAbsent(cell, row);
            if (earlier != null) {
                throw new IllegalArgumentException("Rows " + earlier + " and " + row + " have the same group " + key
                        + " and pivot value '" + category + "': the Pivot node does not aggregate; add a group column"
                        + " that tells them apart");
            }
        }
        exec.checkCanceled();
        int[] rowOf = new int[groups.size() * pivots.size()];
        java.util.Arrays.fill(rowOf, -1);
        for (int row = 0; row < groupOf.length; row++) {
            rowOf[groupOf[row] * pivots.size() + pivotOf[row]] = row;
        }
        List<DataColumnSpec> specs = new ArrayList<>();
        List<Column> columns = new ArrayList<>();
        int[] firstRowOfGroup = new int[groups.size()];
        java.util.Arrays.fill(firstRowOfGroup, -1);
        for (int row = 0; row < groupOf.length; row++) {
            if (firstRowOfGroup[groupOf[row]] < 0) {
                firstRowOfGroup[groupOf[row]] = row;
            }
        }
        for (String g : s.groupColumns) {
            Column source = in.getColumn(g);
            ColumnBuilder builder = Column.builder(source.type(), groups.size());
            for (int first : firstRowOfGroup) {
                builder.appendFrom(source, first);
            }
            specs.add(new DataColumnSpec(g, source.type()));
            columns.add(builder.build());
        }
        for (String v : values) {
            Column source = in.getColumn(v);
            int p = 0;
            for (String category : pivots.keySet()) {
                ColumnBuilder builder = Column.builder(source.type(), groups.size());
                for (int group = 0; group < groups.size(); group++) {
                    int row = rowOf[group * pivots.size() + p];
                    if (row < 0) {
                        builder.appendMissing();
                    } else {
                        builder.appendFrom(source, row);
                    }
                }
                specs.add(new DataColumnSpec(v + " (" + category + ")", source.type()));
                columns.add(builder.build());
                p++;
            }
        }
        return new PortObject[] {new DataTable(new DataTableSpec(specs), columns)};
    }
}
