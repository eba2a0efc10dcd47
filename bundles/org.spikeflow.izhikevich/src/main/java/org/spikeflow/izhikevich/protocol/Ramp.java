package org.spikeflow.izhikevich.protocol;

/**
 * {@code offset + slope*(t - start)} for {@code start < t < end}, {@code offset} otherwise — as the figure code's
 * {@code I = -0.5 + (0.015*(t-T1))}.
 */
public record Ramp(double start, double slope, double offset, double end) implements Protocol {

    public Ramp {
        if (!Double.isFinite(start) || !Double.isFinite(slope) || !Double.isFinite(offset) || !(end > start)) {
            throw new IllegalArgumentException("ramp needs finite start, slope, offset and end > start");
        }
    }

    @Override
    public CurrentSource open(long neuron, double dt) {
        return (step, t) -> deterministicValue(t);
    }

    @Override
    public double deterministicValue(double t) {
        if (t > start && t < end) {
            return offset + slope * (t - start);
        }
        return offset;
    }

    @Override
    public String describe() {
        return "ramp " + offset + " + " + slope + "*(t - " + start + ") pA for t > " + start + " ms"
                + (end < Double.POSITIVE_INFINITY ? " and t < " + end + " ms" : "");
    }
}
