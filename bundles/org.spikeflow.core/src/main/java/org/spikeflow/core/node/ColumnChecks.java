package org.spikeflow.core.node;

import org.spikeflow.core.data.DataTableSpec;
import org.spikeflow.core.data.DataType;
import org.spikeflow.core.settings.InvalidSettingsException;

/**
 * Configure-time checks of the columns a node's settings name, with messages a user can act on: each names the table
 * (e.g. "traces table (input 0)"), the column's role (e.g. "time column") and, when the column is absent, the columns
 * the table has.
 */
public final class ColumnChecks {
    private ColumnChecks() {
    }

    /**
     * Checks that {@code spec} has a column {@code column} of any type.
     *
     * @throws InvalidSettingsException
     *             if the setting is empty or the table has no such column
     */
    public static void requireColumn(DataTableSpec spec, String table, String column, String role)
            throws InvalidSettingsException {
        if (column == null || column.isBlank()) {
            throw new InvalidSettingsException("The " + role + " of the " + table + " is not set");
        }
        if (!spec.containsColumn(column)) {
            throw new InvalidSettingsException("The " + table + " has no " + role + " '" + column + "'; its columns: "
                    + spec.columnNames());
        }
    }

    /**
     * Checks that {@code spec} has a numeric column {@code column}.
     *
     * @throws InvalidSettingsException
     *             as {@link #requireColumn}, or if the column is not numeric
     */
    public static void requireNumeric(DataTableSpec spec, String table, String column, String role)
            throws InvalidSettingsException {
        requireColumn(spec, table, column, role);
        DataType type = spec.getColumnSpec(spec.findColumnIndex(column)).type();
        if (!type.isNumeric()) {
            throw new InvalidSettingsException("The " + role + " '" + column + "' of the " + table
                    + " must be numeric, not " + type.label());
        }
    }
}
