package org.spikeflow.base.internal.loop.end;

import org.spikeflow.base.internal.loop.LoopVariables;
import org.spikeflow.core.settings.NodeSettings;
import org.spikeflow.core.settings.Setting;

/** Settings of the Loop End. */
public class LoopEndNodeSettings extends NodeSettings {
    @Setting(title = "Add iteration column", description = "Appends an int column holding the iteration number"
            + " (the loop's currentIteration variable) each row came from.")
    public boolean addIterationColumn = true;

    @Setting(title = "Iteration column name", description = "Name of the iteration column; must differ from the"
            + " input's column names.")
    public String iterationColumnName = LoopVariables.ITERATION_COLUMN;

    @Setting(title = "Allow changing table specifications", description = "If off, every iteration must deliver"
            + " the same columns as the first. If on, the result has the union of all columns; cells of columns an"
            + " iteration lacks are missing, and int/long columns widen to long or double where iterations disagree.",
            advanced = true)
    public boolean allowChangingSpecs = false;
}
