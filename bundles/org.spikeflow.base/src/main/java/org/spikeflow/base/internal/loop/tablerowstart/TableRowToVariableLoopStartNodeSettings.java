package org.spikeflow.base.internal.loop.tablerowstart;

import java.util.ArrayList;
import java.util.List;

import org.spikeflow.core.settings.NodeSettings;
import org.spikeflow.core.settings.Setting;

/** Settings of the Table Row To Variable Loop Start. */
public class TableRowToVariableLoopStartNodeSettings extends NodeSettings {
    @Setting(title = "Columns", description = "The columns that become flow variables; empty for all columns.")
    public List<String> columns = new ArrayList<>();

    @Setting(title = "Variable name prefix", description = "Put in front of every column name to form the variable"
            + " name, e.g. \"row_\".")
    public String prefix = "";
}
