package org.spikeflow.base.internal.table.creator;

import java.util.ArrayList;
import java.util.List;

import org.spikeflow.base.internal.CellValues;
import org.spikeflow.base.internal.table.creator.TableCreatorNodeSettings.ColumnDefinition;
import org.spikeflow.core.data.DataColumnSpec;
import org.spikeflow.core.data.DataTable;
import org.spikeflow.core.data.DataTableBuilder;
import org.spikeflow.core.data.DataTableSpec;
import org.spikeflow.core.data.DataType;
import org.spikeflow.core.node.ExecutionContext;
import org.spikeflow.core.node.NodeModel;
import org.spikeflow.core.port.PortObject;
import org.spikeflow.core.port.PortObjectSpec;
import org.spikeflow.core.port.PortType;
import org.spikeflow.core.settings.InvalidSettingsException;

/** Creates a small table from values typed into the settings. */
public class TableCreatorNodeModel extends NodeModel<TableCreatorNodeSettings> {

    public TableCreatorNodeModel() {
        super(new PortType[0], new PortType[] {DataTable.TYPE}, TableCreatorNodeSettings.class);
    }

    @Override
    protected PortObjectSpec[] configure(PortObjectSpec[] inSpecs) throws InvalidSettingsException {
        return new PortObjectSpec[] {createTable().getSpec()}; // builds the table to report value errors early
    }

    @Override
    protected PortObject[] execute(PortObject[] inObjects, ExecutionContext exec) throws InvalidSettingsException {
        return new PortObject[] {createTable()};
    }

    private DataTableSpec createSpec() throws InvalidSettingsException {
        List<DataColumnSpec> columns = new ArrayList<>();
        List<ColumnDefinition> definitions = getSettings().columns;
        for (int i = 0; i < definitions.size(); i++) {
            ColumnDefinition definition = definitions.get(i);
            if (definition == null || definition.name == null || definition.name.isEmpty()) {
                throw new InvalidSettingsException("Column " + (i + 1) + " of setting 'columns' has no name");
            }
            DataType type;
            try {
                type = DataType.fromLabel(definition.type == null ? "" : definition.type);
            } catch (IllegalArgumentException e) {
                throw new InvalidSettingsException("Column '" + definition.name + "': " + e.getMessage());
            }
            columns.add(new DataColumnSpec(definition.name, type));
        }
        try {
            return new DataTableSpec(columns);
        } catch (IllegalArgumentException e) {
            throw new InvalidSettingsException("Setting 'columns': " + e.getMessage());
        }
    }

    private DataTable createTable() throws InvalidSettingsException {
        DataTableSpec spec = createSpec();
        List<List<String>> rows = getSettings().rows;
        DataTableBuilder builder = new DataTableBuilder(spec, rows.size());
        for (int r = 0; r < rows.size(); r++) {
            List<String> row = rows.get(r);
            int size = row == null ? 0 : row.size();
            if (size != spec.getNumColumns()) {
                throw new InvalidSettingsException("Row " + r + " of setting 'rows' has " + size + " value"
                        + (size == 1 ? "" : "s") + " but the table has " + spec.getNumColumns() + " columns");
            }
            for (int c = 0; c < size; c++) {
                try {
                    CellValues.append(builder.column(c), row.get(c), false);
                } catch (IllegalArgumentException e) {
                    throw new InvalidSettingsException("Row " + r + ", column '" + spec.getColumnSpec(c).name()
                            + "': " + e.getMessage());
                }
            }
        }
        return builder.build();
    }
}
