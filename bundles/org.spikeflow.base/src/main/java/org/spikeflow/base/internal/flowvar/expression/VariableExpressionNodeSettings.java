package org.spikeflow.base.internal.flowvar.expression;

import org.spikeflow.core.settings.NodeSettings;
import org.spikeflow.core.settings.Setting;

/** Settings of the Variable Expression node. */
public class VariableExpressionNodeSettings extends NodeSettings {
    @Setting(title = "Variable name", description = "The name of the flow variable to create or replace.",
            required = true)
    public String variableName = "";

    @Setting(title = "Expression", description = "E.g. $amplitude * 1.5 + 2, $currentIteration < 10,"
            + " \"run_\" + $currentIteration. Variables are written $name or ${name with spaces}.", required = true)
    public String expression = "";

    @Setting(title = "Result type", description = "AUTO (number: double, comparison: boolean, text: string), INT,"
            + " DOUBLE, BOOLEAN or STRING.")
    public ResultType resultType = ResultType.AUTO;
}
