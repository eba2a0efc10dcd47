package org.spikeflow.base.internal.table.creator;

import java.util.ArrayList;
import java.util.List;

import org.spikeflow.core.settings.NodeSettings;
import org.spikeflow.core.settings.Setting;

/** Settings of the Table Creator. */
public class TableCreatorNodeSettings extends NodeSettings {

    /** One column: its name and type. */
    public static class ColumnDefinition {
        @Setting(title = "Name", description = "The column's name, kept exactly, e.g. \"Time (ms)\".")
        public String name = "";

        @Setting(title = "Type", description = "double, int, long, string or boolean.")
        public String type = "string";

        public ColumnDefinition() {
        }

        public ColumnDefinition(String name, String type) {
            this.name = name;
            this.type = type;
        }
    }

    @Setting(title = "Columns", description = "The table's columns, each with a name and a type.")
    public List<ColumnDefinition> columns = new ArrayList<>();

    @Setting(title = "Rows", description = "The rows, each a list with one text value per column, converted to the"
            + " column's type. An empty value or null is a missing cell (for string columns only null is).")
    public List<List<String>> rows = new ArrayList<>();
}
