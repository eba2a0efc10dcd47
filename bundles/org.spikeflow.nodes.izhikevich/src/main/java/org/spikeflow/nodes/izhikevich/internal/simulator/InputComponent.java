package org.spikeflow.nodes.izhikevich.internal.simulator;

import java.util.List;

import org.spikeflow.core.settings.InvalidSettingsException;
import org.spikeflow.core.settings.Setting;
import org.spikeflow.izhikevich.protocol.Protocol;
import org.spikeflow.izhikevich.protocol.Ramp;

import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.annotation.JsonProperty;

/**
 * One part of the input current, added to the node's constant current. Only the fields its {@link InputType} uses are
 * given (the others stay null and are left out of the workflow file), e.g. <pre> {"type": "step", "start": 10,
 * "amplitude": 14} {"type": "pulse", "start": 20, "end": 25, "amplitude": -15} {"type": "pulses", "times": [40, 60,
 * 280, 320], "width": 4, "amplitude": 0.65} {"type": "pulseTrain", "start": 10, "width": 2, "period": 20, "count": 5,
 * "amplitude": 5} {"type": "ramp", "start": 30, "slope": 0.075} {"type": "steps", "times": [50, 100], "values": [5,
 * 10]} {"type": "piecewise", "times": [0, 200, 200, 300], "values": [0, 8, 0, 0]} {"type": "whiteNoise", "mean": 0,
 * "sigma": 2, "seed": 1} {"type": "ornsteinUhlenbeck", "mean": 0, "sigma": 2, "tau": 5, "seed": 1} </pre>
 */
@JsonInclude(JsonInclude.Include.NON_NULL)
public class InputComponent {
    @Setting(title = "Type", description = "constant, step, pulse, pulses, pulseTrain, ramp, steps, piecewise,"
            + " whiteNoise or ornsteinUhlenbeck.")
    public InputType type = InputType.STEP;

    @Setting(title = "Start", description = "step, pulse, pulseTrain, ramp: when it starts (exclusive).", unit = "ms")
    public Double start;

    @Setting(title = "End", description = "pulse (required), step and ramp (optional): when it ends (exclusive).",
            unit = "ms")
    public Double end;

    @Setting(title = "Amplitude", description = "constant, step, pulse, pulses, pulseTrain: the current.",
            unit = "pA")
    public Double amplitude;

    @Setting(title = "Slope", description = "ramp: increase per ms.", unit = "pA/ms")
    public Double slope;

    @Setting(title = "Offset", description = "ramp: the value before the start (default 0).", unit = "pA")
    public Double offset;

    @Setting(title = "Width", description = "pulses, pulseTrain: the width of each pulse.", unit = "ms")
    public Double width;

    @Setting(title = "Period", description = "pulseTrain: time from one pulse start to the next.", unit = "ms")
    public Double period;

    @Setting(title = "Count", description = "pulseTrain: the number of pulses.")
    public Integer count;

    @Setting(title = "Times", description = "pulses: the pulse starts; steps: the switch times; piecewise: the"
            + " points' times (not decreasing; a repeated time is a jump).", unit = "ms")
    public List<Double> times;

    @Setting(title = "Values", description = "steps: the level after each switch time; piecewise: the value at"
            + " each time.", unit = "pA")
    public List<Double> values;

    @Setting(title = "Mean", description = "whiteNoise, ornsteinUhlenbeck: the mean current (default 0).", unit = "pA")
    public Double mean;

    @Setting(title = "Sigma", description = "whiteNoise: intensity in pA·ms^0.5 (adds sigma·sqrt(dt)·N(0,1) to v per"
            + " step); ornsteinUhlenbeck: stationary standard deviation in pA.")
    public Double sigma;

    @Setting(title = "Tau", description = "ornsteinUhlenbeck: correlation time.", unit = "ms")
    public Double tau;

    @Setting(title = "Seed", description = "whiteNoise, ornsteinUhlenbeck: random seed (each neuron has its own"
            + " stream derived from the seed and its index; default 0).")
    public Long seed;

    public InputComponent() {
    }

    /**
     * The library protocol this component describes.
     *
     * @param path
     *            the setting path for messages, e.g. {@code protocol.0}
     */
    public Protocol toProtocol(String path) throws InvalidSettingsException {
        if (type == null) {
            throw new InvalidSettingsException("Setting '" + path + ".type' is required");
        }
        try {
            return switch (type) {
                case CONSTANT -> Protocol.constant(required(amplitude, path, "amplitude"));
                case STEP -> end == null
                        ? Protocol.step(required(start, path, "start"), required(amplitude, path,
                                "amplitude"))
                        : Protocol.pulse(required(start, path, "start"), end, required(amplitude, path,
                                "amplitude"));
                case PULSE -> Protocol.pulse(required(start, path, "start"), required(end, path, "end"),
                        required(amplitude, path, "amplitude"));
                case PULSES -> Protocol.pulses(array(times, path, "times"), positive(width, path, "width"),
                        required(amplitude, path, "amplitude"));
                case PULSE_TRAIN -> {
                    if (count == null || count < 0) {
                        throw new InvalidSettingsException("Setting '" + path + ".count' (pulseTrain) must be a"
                                + " number of pulses >= 0");
                    }
                    yield Protocol.pulseTrain(required(start, path, "start"), positive(width, path, "width"),
                            positive(period, path, "period"), count, required(amplitude, path, "amplitude"));
                }
                case RAMP -> new Ramp(required(start, path, "start"), required(slope, path, "slope"),
                        offset == null ? 0 : finite(offset, path, "offset"),
                        end == null ? Double.POSITIVE_INFINITY : end);
                case STEPS -> {
                    double[] t = array(times, path, "times");
                    double[] v = array(values, path, "values");
                    sameLength(t, v, path);
                    yield Protocol.steps(0, t, v);
                }
                case PIECEWISE -> {
                    double[] t = array(times, path, "times");
                    double[] v = array(values, path, "values");
                    sameLength(t, v, path);
                    yield Protocol.piecewiseLinear(t, v);
                }
                case WHITE_NOISE -> Protocol.whiteNoise(mean == null ? 0 : finite(mean, path, "mean"),
                        nonNegative(sigma, path, "sigma"), seed == null ? 0 : seed);
                case ORNSTEIN_UHLENBECK -> Protocol.ornsteinUhlenbeck(mean == null ? 0 : finite(mean, path, "mean"),
                        nonNegative(sigma, path, "sigma"), positive(tau, path, "tau"), seed == null ? 0 : seed);
            };
        } catch (IllegalArgumentException e) {
            throw new InvalidSettingsException("Setting '" + path + "' (" + jsonName(type) + "): " + e.getMessage(), e);
        }
    }

    /** The JSON spelling of an input type, e.g. {@code pulseTrain}. */
    static String jsonName(InputType type) {
        try {
            return InputType.class.getField(type.name())
                    .getAnnotation(JsonProperty.class).value();
        } catch (NoSuchFieldException e) {
            return type.name();
        }
    }

    private double required(Double value, String path, String field) throws InvalidSettingsException {
        if (value == null) {
            throw new InvalidSettingsException("Setting '" + path + "." + field + "' is required for an input of type "
                    + jsonName(type));
        }
        return finite(value, path, field);
    }

    private double finite(double value, String path, String field) throws InvalidSettingsException {
        if (!Double.isFinite(value)) {
            throw new InvalidSettingsException("Setting '" + path + "." + field + "' must be a finite number, not "
                    + value);
        }
        return value;
    }

    private double positive(Double value, String path, String field) throws InvalidSettingsException {
        double x = required(value, path, field);
        if (!(x > 0)) {
            throw new InvalidSettingsException("Setting '" + path + "." + field + "' must be > 0, not " + x);
        }
        return x;
    }

    private double nonNegative(Double value, String path, String field) throws InvalidSettingsException {
        double x = required(value, path, field);
        if (x < 0) {
            throw new InvalidSettingsException("Setting '" + path + "." + field + "' must be >= 0, not " + x);
        }
        return x;
    }

    private double[] array(List<Double> list, String path, String field) throws InvalidSettingsException {
        if (list == null || list.isEmpty()) {
            throw new InvalidSettingsException("Setting '" + path + "." + field + "' needs at least one value for an"
                    + " input of type " + jsonName(type));
        }
        double[] result = new double[list.size()];
        for (int i = 0; i < result.length; i++) {
            Double value = list.get(i);
            if (value == null || !Double.isFinite(value)) {
                throw new InvalidSettingsException("Setting '" + path + "." + field + "." + i
                        + "' must be a finite number");
            }
            result[i] = value;
        }
        return result;
    }

    private static void sameLength(double[] times, double[] values, String path) throws InvalidSettingsException {
        if (times.length != values.length) {
            throw new InvalidSettingsException("Settings '" + path + ".times' and '" + path + ".values' must have the"
                    + " same number of entries (" + times.length + " and " + values.length + ")");
        }
    }
}
