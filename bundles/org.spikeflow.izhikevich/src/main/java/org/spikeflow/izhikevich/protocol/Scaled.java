package org.spikeflow.izhikevich.protocol;

/** {@code factor * protocol}. */
public record Scaled(double factor, Protocol protocol) implements Protocol {

    public Scaled {
        if (!Double.isFinite(factor)) {
            throw new IllegalArgumentException("factor must be finite");
        }
    }

    @Override
    public CurrentSource open(long neuron, double dt) {
        CurrentSource s = protocol.open(neuron, dt);
        return (step, t) -> factor * s.current(step, t);
    }

    @Override
    public boolean isStochastic() {
        return protocol.isStochastic();
    }

    @Override
    public boolean isConstant() {
        return protocol.isConstant();
    }

    @Override
    public double deterministicValue(double t) {
        return factor * protocol.deterministicValue(t);
    }

    @Override
    public String describe() {
        return factor + " * " + protocol.describe();
    }
}
