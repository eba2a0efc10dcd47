package org.spikeflow.base.internal.flowvar.variablestotable;

import java.util.ArrayList;
import java.util.List;

import org.spikeflow.core.settings.NodeSettings;
import org.spikeflow.core.settings.Setting;

/** Settings of Variables to Table. */
public class VariablesToTableNodeSettings extends NodeSettings {
    @Setting(title = "Variables", description = "The flow variables to put in the table, in this order; empty: all"
            + " visible variables, oldest first.")
    public List<String> variables = new ArrayList<>();
}
