package org.spikeflow.base.internal.table.pivot;

import java.util.ArrayList;
import java.util.List;

import org.spikeflow.core.settings.InvalidSettingsException;
import org.spikeflow.core.settings.NodeSettings;
import org.spikeflow.core.settings.Setting;

/** Settings of the Pivot node. */
public class PivotNodeSettings extends NodeSettings {
    @Setting(title = "Group columns", description = "Columns whose values identify an output row (e.g. Cycle).",
            columnOfInputPort = 0)
    public List<String> groupColumns = new ArrayList<>();

    @Setting(title = "Pivot column", description = "Column whose values become column names (e.g. Model).",
            required = true, columnOfInputPort = 0)
    public String pivotColumn = "";

    @Setting(title = "Value columns", description = "Columns spread over the pivot values, each becoming"
            + " \"<value column> (<pivot value>)\"; empty: every column that is neither a group nor the pivot column.",
            columnOfInputPort = 0)
    public List<String> valueColumns = new ArrayList<>();

    @Override
    public void validate() throws InvalidSettingsException {
        if (groupColumns.isEmpty()) {
            throw new InvalidSettingsException("Setting 'groupColumns' must name at least one column");
        }
        if (pivotColumn.isBlank()) {
            throw new InvalidSettingsException("Setting 'pivotColumn' must name a column");
        }
        if (groupColumns.contains(pivotColumn) || valueColumns.contains(pivotColumn)) {
            throw new InvalidSettingsException("The pivot column '" + pivotColumn + "' cannot also be a group or"
                    + " value column");
        }
    }
}
