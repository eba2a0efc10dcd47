package org.spikeflow.izhikevich.protocol;

import java.util.List;
import java.util.stream.Collectors;

/** Sum of protocols, evaluated left to right ({@code ((p0 + p1) + p2) ...}). */
public record Sum(List<Protocol> parts) implements Protocol {

    public Sum {
        parts = List.copyOf(parts);
        if (parts.isEmpty()) {
            throw new IllegalArgumentException("sum of no protocols");
        }
    }

    @Override
    public CurrentSource open(long neuron, double dt) {
        CurrentSource[] s = new CurrentSource[parts.size()];
        for (int i = 0; i < s.length; i++) {
            s[i] = parts.get(i).open(neuron, dt);
        }
        return (step, t) -> {
            double x = s[0].current(step, t);
            for (int i = 1; i < s.length; i++) {
                x = x + s[i].current(step, t);
            }
            return x;
        };
    }

    @Override
    public boolean isStochastic() {
        return parts.stream().anyMatch(Protocol::isStochastic);
    }

    @Override
    public boolean isConstant() {
        return parts.stream().allMatch(Protocol::isConstant);
    }

    @Override
    public double deterministicValue(double t) {
        double x = parts.get(0).deterministicValue(t);
        for (int i = 1; i < parts.size(); i++) {
            x = x + parts.get(i).deterministicValue(t);
        }
        return x;
    }

    @Override
    public String describe() {
        return parts.stream().map(Protocol::describe).collect(Collectors.joining(" + ", "(", ")"));
    }
}
