package org.spikeflow.base.internal.table.rowsplitter;

import org.spikeflow.core.settings.InvalidSettingsException;
import org.spikeflow.core.settings.NodeSettings;
import org.spikeflow.core.settings.Setting;

/** Settings of the Row Splitter node. */
public class RowSplitterNodeSettings extends NodeSettings {

    /** How rows are chosen. */
    public enum Criterion {
        /** Rows whose number lies in [firstRow, lastRow]. */
        ROW_NUMBER,
        /** Rows whose value in a numeric column lies in [minimum, maximum]. */
        VALUE_RANGE
    }

    @Setting(title = "Criterion", description = "ROW_NUMBER keeps rows firstRow..lastRow (counted from 0, within each"
            + " group if a group column is set); VALUE_RANGE keeps rows whose value in 'column' lies in"
            + " [minimum, maximum].")
    public Criterion criterion = Criterion.ROW_NUMBER;

    @Setting(title = "First row", description = "First row number to include (0-based, inclusive).", min = 0)
    public int firstRow = 0;

    @Setting(title = "Last row", description = "Last row number to include (inclusive); -1 means up to the last"
            + " row.", min = -1)
    public int lastRow = -1;

    @Setting(title = "Group column", description = "Optional: row numbers count from 0 within each value of this"
            + " column (e.g. Neuron), so every series is split at the same point.", columnOfInputPort = 0)
    public String groupColumn = "";

    @Setting(title = "Column", description = "Numeric column tested by VALUE_RANGE.", columnOfInputPort = 0)
    public String column = "";

    @Setting(title = "Minimum", description = "Smallest included value of 'column' (inclusive).")
    public double minimum = Double.NEGATIVE_INFINITY;

    @Setting(title = "Maximum", description = "Largest included value of 'column' (inclusive).")
    public double maximum = Double.POSITIVE_INFINITY;

    @Override
    public void validate() throws InvalidSettingsException {
        if (criterion == Criterion.ROW_NUMBER && lastRow >= 0 && lastRow < firstRow) {
            throw new InvalidSettingsException("Setting 'lastRow' (" + lastRow + ") is before 'firstRow' ("
                    + firstRow + ")");
        }
        if (criterion == Criterion.VALUE_RANGE) {
            if (column.isBlank()) {
                throw new InvalidSettingsException("Setting 'column' must name a numeric column for VALUE_RANGE");
            }
            if (Double.isNaN(minimum) || Double.isNaN(maximum) || maximum < minimum) {
                throw new InvalidSettingsException("Settings 'minimum' (" + minimum + ") and 'maximum' (" + maximum
                        + ") must form a range");
            }
        }
    }
}
