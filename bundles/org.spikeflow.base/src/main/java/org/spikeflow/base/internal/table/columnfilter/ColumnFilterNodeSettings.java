package org.spikeflow.base.internal.table.columnfilter;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.regex.Pattern;
import java.util.regex.PatternSyntaxException;

import org.spikeflow.core.settings.InvalidSettingsException;
import org.spikeflow.core.settings.NodeSettings;
import org.spikeflow.core.settings.Setting;

/** Settings of the Column Filter node. */
public class ColumnFilterNodeSettings extends NodeSettings {

    /** What the column list means. */
    public enum Mode {
        /** Keep only the listed columns, in the listed order. */
        INCLUDE,
        /** Keep every column except the listed ones, in input order. */
        EXCLUDE,
        /** Keep the columns whose names match the regular expression, in input order. */
        PATTERN
    }

    @Setting(title = "Mode", description = "INCLUDE keeps only the listed columns in the listed order; EXCLUDE drops"
            + " the listed columns; PATTERN keeps the columns whose whole name matches the regular expression.")
    public Mode mode = Mode.INCLUDE;

    @Setting(title = "Columns", description = "Column names.", columnOfInputPort = 0)
    public List<String> columns = new ArrayList<>();

    @Setting(title = "Pattern", description = "Java regular expression for PATTERN, matched against the whole column"
            + " name, e.g. timestamp|.*-corrected.* for a corrected forecast in single_neuron.py's layout.")
    public String pattern = "";

    @Setting(title = "Fail on missing columns", description = "Whether a listed column that the input lacks is an"
            + " error (true) or ignored (false).")
    public boolean failOnMissing = true;

    @Override
    public void validate() throws InvalidSettingsException {
        if (mode == Mode.PATTERN) {
            try {
                Pattern.compile(pattern);
            } catch (PatternSyntaxException e) {
                throw new InvalidSettingsException("Setting 'pattern' is not a valid regular expression: "
                        + e.getDescription() + " near index " + e.getIndex() + " of \"" + pattern + "\"");
            }
        }
        if (new HashSet<>(columns).size() != columns.size()) {
            throw new InvalidSettingsException("Setting 'columns' lists a column twice: " + columns);
        }
    }
}
