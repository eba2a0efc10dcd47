package org.spikeflow.base.internal.flowvar.create;

import java.util.ArrayList;
import java.util.List;

import org.spikeflow.core.settings.NodeSettings;
import org.spikeflow.core.settings.Setting;

/** Settings of the Variable Creator. */
public class VariableCreatorNodeSettings extends NodeSettings {

    /** One variable to create. */
    public static class VariableDefinition {
        @Setting(title = "Name", description = "The flow variable's name.")
        public String name = "";

        @Setting(title = "Type", description = "int, double, string or boolean.")
        public String type = "string";

        @Setting(title = "Value", description = "The value as text, e.g. 42, 0.25, true or any text.")
        public String value = "";

        public VariableDefinition() {
        }

        public VariableDefinition(String name, String type, String value) {
            this.name = name;
            this.type = type;
            this.value = value;
        }
    }

    @Setting(title = "Variables", description = "The flow variables to create, each with a name, a type (int,"
            + " double, string or boolean) and a value.")
    public List<VariableDefinition> variables = new ArrayList<>();
}
