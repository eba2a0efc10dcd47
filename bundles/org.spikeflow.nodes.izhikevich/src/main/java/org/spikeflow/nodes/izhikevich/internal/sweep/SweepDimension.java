package org.spikeflow.nodes.izhikevich.internal.sweep;

import java.util.List;

import org.spikeflow.core.settings.Setting;

import com.fasterxml.jackson.annotation.JsonInclude;

/**
 * One swept parameter and its values, e.g. {@code {"parameter": "a", "spacing": "linspace", "start": 0,
 * "stop": 0.09, "count": 10, "offsets": true}}. Only the fields the spacing uses are given.
 */
@JsonInclude(JsonInclude.Include.NON_NULL)
public class SweepDimension {
    @Setting(title = "Parameter", description = "a, b, c, d, I or v0.")
    public SweepParameter parameter = SweepParameter.A;

    @Setting(title = "Spacing", description = "values (the list in 'values'), range (start, start + step, ... up to"
            + " stop), linspace (count values from start to stop, both included) or logspace (count values evenly"
            + " spaced on a log scale from start to stop). Random and Latin hypercube sampling draw from the interval"
            + " [start, stop] (log-uniformly for logspace) or from the list of values.")
    public Spacing spacing = Spacing.LINSPACE;

    @Setting(title = "Values", description = "For spacing 'values': the values.")
    public List<Double> values;

    @Setting(title = "Start", description = "First value (lower end of the interval for random sampling).")
    public Double start;

    @Setting(title = "Stop", description = "Last value (upper end of the interval for random sampling).")
    public Double stop;

    @Setting(title = "Step", description = "For spacing 'range': the increment (not 0).")
    public Double step;

    @Setting(title = "Count", description = "For linspace and logspace: the number of values.", min = 1)
    public Integer count;

    @Setting(title = "Offsets", description = "The values are offsets added to the baseline value of the parameter"
            + " (single_neuron.py's study: baseline + 0, 0.01, ... 0.09) instead of the values themselves.")
    public Boolean offsets;

    public SweepDimension() {
    }

    /** A linspace dimension. */
    public static SweepDimension linspace(SweepParameter parameter, double start, double stop, int count,
            boolean offsets) {
        SweepDimension d = new SweepDimension();
        d.parameter = parameter;
        d.spacing = Spacing.LINSPACE;
        d.start = start;
        d.stop = stop;
        d.count = count;
        d.offsets = offsets ? Boolean.TRUE : null;
        return d;
    }

    boolean isOffsets() {
        return offsets != null && offsets;
    }
}
