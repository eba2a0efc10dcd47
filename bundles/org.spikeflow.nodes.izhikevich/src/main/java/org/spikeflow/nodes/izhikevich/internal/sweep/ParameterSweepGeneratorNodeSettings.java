package org.spikeflow.nodes.izhikevich.internal.sweep;

import java.util.ArrayList;
import java.util.List;

import org.spikeflow.core.settings.InvalidSettingsException;
import org.spikeflow.core.settings.NodeSettings;
import org.spikeflow.core.settings.Setting;

/**
 * Settings of the Parameter Sweep Generator. The defaults are single_neuron.py's one-at-a-time study: the
 * regular-spiking baseline a = 0.02, b = 0.2, c = −65, d = 8, I = 10 with the offsets 0, 0.01, ... 0.09
 * (numpy.linspace(0, 0.09, 10)) added to a, b, c, d and I in turn.
 */
public class ParameterSweepGeneratorNodeSettings extends NodeSettings {
    /** Largest table the node builds (rows). */
    public static final int MAX_ROWS = Integer.MAX_VALUE - 8;

    @Setting(title = "Mode", description = "grid (every combination of the dimensions' values), oneAtATime (each"
            + " dimension in turn, the others at the baseline), random (uniform samples) or latinHypercube"
            + " (stratified samples).")
    public SweepMode mode = SweepMode.ONE_AT_A_TIME;

    @Setting(title = "Baseline a", description = "Value of a where it is not swept.")
    public double a = 0.02;

    @Setting(title = "Baseline b", description = "Value of b where it is not swept.")
    public double b = 0.2;

    @Setting(title = "Baseline c", description = "Value of c where it is not swept.", unit = "mV")
    public double c = -65;

    @Setting(title = "Baseline d", description = "Value of d where it is not swept.")
    public double d = 8;

    @Setting(title = "Baseline I", description = "Value of the input current I where it is not swept.", unit = "pA")
    public double current = 10;

    @Setting(title = "Baseline v0", description = "Value of v0 where it is not swept (the v0 column is only written"
            + " when v0 is swept).", unit = "mV")
    public double v0 = -65;

    @Setting(title = "Dimensions", description = "The swept parameters, each with its values, e.g. {\"parameter\":"
            + " \"a\", \"spacing\": \"linspace\", \"start\": 0.01, \"stop\": 0.1, \"count\": 10}. In grid mode each"
            + " parameter may appear once.", required = true)
    public List<SweepDimension> dimensions = new ArrayList<>(List.of(
            SweepDimension.linspace(SweepParameter.A, 0, 0.09, 10, true),
            SweepDimension.linspace(SweepParameter.B, 0, 0.09, 10, true),
            SweepDimension.linspace(SweepParameter.C, 0, 0.09, 10, true),
            SweepDimension.linspace(SweepParameter.D, 0, 0.09, 10, true),
            SweepDimension.linspace(SweepParameter.I, 0, 0.09, 10, true)));

    @Setting(title = "Samples", description = "For random and latinHypercube: the number of rows.", min = 1,
            max = MAX_ROWS)
    public int samples = 1000;

    @Setting(title = "Random seed", description = "For random and latinHypercube: the same seed gives the same"
            + " table.")
    public long seed = 42;

    @Setting(title = "Labels", description = "Whether to add the 'Sweep' column labelling each row (e.g. a=0.03)."
            + " Labels cost about 100 bytes a row: turn them off for sweeps of many millions of rows.")
    public boolean labels = true;

    @Setting(title = "Maximum rows", description = "A sweep that would produce more rows is refused (a guard"
            + " against a grid that multiplies to billions).", min = 1, max = MAX_ROWS, advanced = true)
    public int maxRows = 10_000_000;

    @Override
    public void validate() throws InvalidSettingsException {
        for (String name : new String[] {"a", "b", "c", "d", "current", "v0"}) {
            double value = switch (name) {
                case "a" -> a;
                case "b" -> b;
                case "c" -> c;
                case "d" -> d;
                case "current" -> current;
                default -> v0;
            };
            if (!Double.isFinite(value)) {
                throw new InvalidSettingsException("Setting '" + name + "' (baseline) must be a finite number, not "
                        + value);
            }
        }
        SweepGenerator.plan(this);
    }
}
