package org.spikeflow.base.internal.flowvar.tablerowtovariable;

import java.util.ArrayList;
import java.util.List;

import org.spikeflow.core.settings.NodeSettings;
import org.spikeflow.core.settings.Setting;

/** Settings of Table Row to Variable. */
public class TableRowToVariableNodeSettings extends NodeSettings {
    @Setting(title = "Row", description = "The 0-based index of the row to read; negative values count from the"
            + " end (-1 is the last row).")
    public int row = 0;

    @Setting(title = "Columns", description = "The columns to turn into variables; empty: all columns.",
            columnOfInputPort = 0)
    public List<String> columns = new ArrayList<>();

    @Setting(title = "Variable name prefix", description = "Put in front of each column name to form the"
            + " variable's name, e.g. \"fit_\".")
    public String prefix = "";

    @Setting(title = "Missing values", description = "FAIL: a missing cell is an error naming column and row."
            + " SKIP: no variable is created for that column.")
    public MissingValuePolicy missingValue = MissingValuePolicy.FAIL;
}
