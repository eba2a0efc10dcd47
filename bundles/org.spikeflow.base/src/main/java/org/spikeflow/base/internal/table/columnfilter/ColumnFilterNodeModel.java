package org.spikeflow.base.internal.table.columnfilter;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;

import org.spikeflow.core.data.Column;
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
 * Keeps (INCLUDE, in the listed order) or drops (EXCLUDE) the listed columns, or keeps those matching a regular
 * expression (PATTERN); rows are untouched.
 */
public class ColumnFilterNodeModel extends NodeModel<ColumnFilterNodeSettings> {

    public ColumnFilterNodeModel() {
        super(new PortType[] {DataTable.TYPE}, new PortType[] {DataTable.TYPE}, ColumnFilterNodeSettings.class);
    }

    @Override
    protected PortObjectSpec[] configure(PortObjectSpec[] inSpecs) throws InvalidSettingsException {
        DataTableSpec in = (DataTableSpec) inSpecs[0];
        return new PortObjectSpec[] {in == null ? null : outputSpec(in, kept(in))};
    }

    /** @return indices of the kept input columns, in output order */
    private int[] kept(DataTableSpec in) throws InvalidSettingsException {
        ColumnFilterNodeSettings s = getSettings();
        if (s.mode == ColumnFilterNodeSettings.Mode.PATTERN) {
            Pattern pattern = Pattern.compile(s.pattern);
            List<Integer> kept = new ArrayList<>();
            for (int i = 0; i < in.getNumColumns(); i++) {
                if (pattern.matcher(in.getColumnSpec(i).name()).matches()) {
                    kept.add(i);
                }
            }
            if (kept.isEmpty() && s.failOnMissing) {
                throw new InvalidSettingsException("Setting 'pattern': no column matches \"" + s.pattern
                        + "\" (columns: " + String.join(", ", in.columnNames()) + ")");
            }
            return kept.stream().mapToInt(Integer::intValue).toArray();
        }
        if (s.failOnMissing) {
            for (String name : s.columns) {
                if (!in.containsColumn(name)) {
                    throw new InvalidSettingsException("Setting 'columns': the input has no column '" + name
                            + "' (columns: " + String.join(", ", in.columnNames()) + ")");
                }
            }
        }
        List<Integer> kept = new ArrayList<>();
        if (s.mode == ColumnFilterNodeSettings.Mode.INCLUDE) {
            for (String name : s.columns) {
                int index = in.findColumnIndex(name);
                if (index >= 0) {
                    kept.add(index);
                }
            }
        } else {
            for (int i = 0; i < in.getNumColumns(); i++) {
                if (!s.columns.contains(in.getColumnSpec(i).name())) {
                    kept.add(i);
                }
            }
        }
        return kept.stream().mapToInt(Integer::intValue).toArray();
    }

    private static DataTableSpec outputSpec(DataTableSpec in, int[] kept) {
        List<DataColumnSpec> columns = new ArrayList<>();
        for (int index : kept) {
            columns.add(in.getColumnSpec(index));
        }
        return new DataTableSpec(columns);
    }

    @Override
    protected PortObject[] execute(PortObject[] inObjects, ExecutionContext exec) throws Exception {
        DataTable table = (DataTable) inObjects[0];
        int[] kept = kept(table.getSpec());
        List<Column> columns = new ArrayList<>();
        for (int index : kept) {
            columns.add(table.getColumn(index));
        }
        return new PortObject[] {new DataTable(outputSpec(table.getSpec(), kept), columns)};
    }
}
