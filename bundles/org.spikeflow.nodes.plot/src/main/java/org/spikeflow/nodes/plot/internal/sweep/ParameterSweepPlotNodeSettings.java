package org.spikeflow.nodes.plot.internal.sweep;

import java.util.ArrayList;
import java.util.List;

import org.spikeflow.core.data.TraceColumns;
import org.spikeflow.core.settings.Setting;
import org.spikeflow.nodes.plot.internal.common.PlotNodeSettings;

/** Settings of the Parameter Sweep Plot. */
public class ParameterSweepPlotNodeSettings extends PlotNodeSettings {
    @Setting(title = "Time column", description = "Numeric time column (ms) of the traces.", required = true,
            columnOfInputPort = 0)
    public String timeColumn = TraceColumns.TIME;

    @Setting(title = "Value column", description = "Numeric value column of the traces.", required = true,
            columnOfInputPort = 0)
    public String valueColumn = TraceColumns.MEMBRANE_POTENTIAL;

    @Setting(title = "Neuron column", description = "Column of the traces naming the neuron, i.e. the row of the"
            + " parameter table (the Izhikevich Simulator's Neuron column). When the parameter table has this column"
            + " too, rows are matched by its value instead of by position.", required = true, columnOfInputPort = 0)
    public String neuronColumn = "Neuron";

    @Setting(title = "Parameter column", description = "Column of the parameter table naming the parameter each row"
            + " varies (the Parameter Sweep Generator's one-at-a-time output): one panel per parameter. Absent: the"
            + " swept parameters below.", columnOfInputPort = 1)
    public String parameterColumn = "Parameter";

    @Setting(title = "Swept parameters", description = "Columns of the parameter table to make panels for when it"
            + " has no parameter column, e.g. [\"I\"]: every neuron in every panel, coloured by that column.")
    public List<String> sweptParameters = new ArrayList<>();

    @Setting(title = "Value axis label", description = "Label of the y axes, with the unit.")
    public String valueLabel = TraceColumns.MEMBRANE_POTENTIAL;

    public ParameterSweepPlotNodeSettings() {
        super("Izhikevich parameter sweep");
    }
}
