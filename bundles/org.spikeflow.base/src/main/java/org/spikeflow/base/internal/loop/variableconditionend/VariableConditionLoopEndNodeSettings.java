package org.spikeflow.base.internal.loop.variableconditionend;

import org.spikeflow.base.internal.loop.LoopVariables;
import org.spikeflow.core.settings.NodeSettings;
import org.spikeflow.core.settings.Setting;

/** Settings of the Variable Condition Loop End. */
public class VariableConditionLoopEndNodeSettings extends NodeSettings {
    @Setting(title = "Flow variable", description = "The flow variable tested after every iteration.",
            required = true)
    public String variable = "";

    @Setting(title = "Operator", description = "How the variable is compared with the value: EQ (==), NE (!=),"
            + " LT (<), LE (<=), GT (>), GE (>=).")
    public ComparisonOperator operator = ComparisonOperator.GE;

    @Setting(title = "Value", description = "The value the variable is compared with: numerically for int and"
            + " double variables, as true/false for booleans, lexically for strings.")
    public String value = "";

    @Setting(title = "Maximum number of iterations", description = "Guard against loops whose condition never"
            + " holds: the loop stops after this many iterations with a warning.", min = 1)
    public int maxIterations = 1000;

    @Setting(title = "Collect rows from the last iteration", description = "Whether the table of the iteration in"
            + " which the condition held is part of the output.")
    public boolean includeLastIteration = true;

    @Setting(title = "Add iteration column", description = "Appends an int column holding the iteration number each"
            + " row came from.")
    public boolean addIterationColumn = true;

    @Setting(title = "Iteration column name", description = "Name of the iteration column, in both outputs.",
            advanced = true)
    public String iterationColumnName = LoopVariables.ITERATION_COLUMN;

    @Setting(title = "Allow changing table specifications", description = "If on, iterations may deliver different"
            + " columns and the result has their union, with missing cells where an iteration lacks a column.",
            advanced = true)
    public boolean allowChangingSpecs = false;
}
