package org.spikeflow.izhikevich.protocol;

/** A constant current. */
public record Constant(double value) implements Protocol {

    public Constant {
        if (!Double.isFinite(value)) {
            throw new IllegalArgumentException("constant current must be finite, got " + value);
        }
    }

    @Override
    public CurrentSource open(long neuron, double dt) {
        double x = value;
        return (step, t) -> x;
    }

    @Override
    public boolean isConstant() {
        return true;
    }

    @Override
    public double deterministicValue(double t) {
        return value;
    }

    @Override
    public String describe() {
        return "constant " + value + " pA";
    }
}
