package org.spikeflow.base.internal.table.columnexpression;

import org.spikeflow.core.data.DataType;
import org.spikeflow.core.settings.InvalidSettingsException;
import org.spikeflow.core.settings.NodeSettings;
import org.spikeflow.core.settings.Setting;

/** Settings of the Column Expression node. */
public class ColumnExpressionNodeSettings extends NodeSettings {
    @Setting(title = "Result column", description = "Name of the column the results go to, e.g. \"Residual (mV)\".",
            required = true)
    public String column = "result";

    @Setting(title = "Expression", description = "Evaluated for every row. $name or ${name with spaces} is the cell"
            + " of that column in the row; names that are not columns are flow variables. Example:"
            + " ${Membrane Potential (mV)} - ${TimeGPT}", required = true)
    public String expression = "";

    @Setting(title = "Result type", description = "Type of the result column.")
    public DataType resultType = DataType.DOUBLE;

    @Setting(title = "Replace an existing column", description = "If the result column exists: replace it (true) or"
            + " fail (false).")
    public boolean replace = false;

    @Override
    public void validate() throws InvalidSettingsException {
        if (column.isBlank()) {
            throw new InvalidSettingsException("Setting 'column' (Result column) must not be empty");
        }
    }
}
