package org.spikeflow.base.internal.loop.recursiveend;

import org.spikeflow.base.internal.loop.LoopVariables;
import org.spikeflow.core.settings.NodeSettings;
import org.spikeflow.core.settings.Setting;

/** Settings of the Recursive Loop End. */
public class RecursiveLoopEndNodeSettings extends NodeSettings {
    @Setting(title = "Maximum number of iterations", description = "The loop stops after this many iterations;"
            + " this is the normal way to run a fixed number of cycles.", min = 1)
    public int maxIterations = 100;

    @Setting(title = "Minimum number of rows", description = "The loop stops when the table fed back has fewer"
            + " rows than this.", min = 0)
    public int minimumRows = 1;

    @Setting(title = "End loop variable", description = "Optional: the name of a boolean flow variable; the loop"
            + " stops when it is true. Empty: not used.")
    public String endLoopVariable = "";

    @Setting(title = "Add iteration column", description = "Appends an int column holding the iteration number each"
            + " collected row came from.")
    public boolean addIterationColumn = true;

    @Setting(title = "Iteration column name", description = "Name of the iteration column; must differ from the"
            + " collected table's column names.")
    public String iterationColumnName = LoopVariables.ITERATION_COLUMN;

    @Setting(title = "Allow changing table specifications", description = "If on, the collected tables may have"
            + " different columns in different iterations and the result has their union.", advanced = true)
    public boolean allowChangingSpecs = false;
}
