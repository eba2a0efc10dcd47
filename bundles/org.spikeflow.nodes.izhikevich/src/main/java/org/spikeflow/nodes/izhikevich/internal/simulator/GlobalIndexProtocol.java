package org.spikeflow.nodes.izhikevich.internal.simulator;

import org.spikeflow.izhikevich.protocol.CurrentSource;
import org.spikeflow.izhikevich.protocol.Protocol;

/**
 * A protocol that opens its noise stream for a fixed neuron index. When neurons with different k2, k1, k0 run as
 * separate populations, each neuron keeps the noise stream of its row in the parameter table, so results do not depend
 * on how the rows were grouped.
 */
record GlobalIndexProtocol(Protocol protocol, long index) implements Protocol {

    @Override
    public CurrentSource open(long neuron, double dt) {
        return protocol.open(index, dt);
    }

    @Override
    public boolean isStochastic() {
        return protocol.isStochastic();
    }

    @Override
    public double deterministicValue(double t) {
        return protocol.deterministicValue(t);
    }

    @Override
    public String describe() {
        return protocol.describe();
    }

    @Override
    public boolean isConstant() {
        return protocol.isConstant();
    }
}
