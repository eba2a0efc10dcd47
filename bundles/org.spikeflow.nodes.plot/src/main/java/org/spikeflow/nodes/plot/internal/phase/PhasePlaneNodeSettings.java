package org.spikeflow.nodes.plot.internal.phase;

import org.spikeflow.core.data.TraceColumns;
import org.spikeflow.core.settings.Setting;
import org.spikeflow.nodes.plot.internal.common.PlotNodeSettings;

/** Settings of the Phase Plane plot. Parameters default to the regular-spiking neuron with I = 10. */
public class PhasePlaneNodeSettings extends PlotNodeSettings {
    @Setting(title = "v column", description = "Membrane potential column of the traces.", required = true,
            columnOfInputPort = 0)
    public String vColumn = TraceColumns.MEMBRANE_POTENTIAL;

    @Setting(title = "u column", description = "Recovery variable column (the simulator's 'Record u').",
            required = true, columnOfInputPort = 0)
    public String uColumn = "u";

    @Setting(title = "Time column", description = "Orders the trajectory.", required = true, columnOfInputPort = 0)
    public String timeColumn = TraceColumns.TIME;

    @Setting(title = "Neuron column", description = "Column selecting the neuron in traces and parameter table;"
            + " ignored when absent.", columnOfInputPort = 0)
    public String neuronColumn = "Neuron";

    @Setting(title = "Neuron", description = "Which neuron to plot (its value in the neuron column); empty: the"
            + " first.")
    public String neuron = "";

    @Setting(title = "b", description = "Slope of the u-nullcline u = b·v (overridden by input 1).")
    public double b = 0.2;

    @Setting(title = "c", description = "Reset potential (overridden by input 1).", unit = "mV")
    public double c = -65;

    @Setting(title = "I", description = "Input current, shifts the v-nullcline (overridden by input 1).",
            unit = "pA")
    public double current = 10;

    @Setting(title = "k2", description = "v-nullcline u = k2·v² + k1·v + k0 + I (overridden by input 1).")
    public double k2 = 0.04;

    @Setting(title = "k1", description = "See k2.")
    public double k1 = 5;

    @Setting(title = "k0", description = "See k2.")
    public double k0 = 140;

    @Setting(title = "Recovery", description = "Form of the recovery equation: standard (u-nullcline u = b·v) or"
            + " accommodation (u' = a·b·(v + 65), whose u-nullcline is the vertical line v = −65).",
            choices = RecoveryChoices.class)
    public String recovery = "standard";

    @Setting(title = "Spike peak vPeak", description = "Spike cutoff drawn as a vertical line.", unit = "mV")
    public double vPeak = 30;

    public PhasePlaneNodeSettings() {
        super("Phase plane");
    }
}
