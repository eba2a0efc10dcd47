package org.spikeflow.izhikevich.protocol;

/** Per-neuron, possibly stateful, reader of a protocol. Not thread-safe: one per neuron and run. */
@FunctionalInterface
@org.osgi.annotation.versioning.ProviderType
public interface CurrentSource {

    /**
     * @param step
     *            index of the integration step (steps are visited in non-decreasing order; noise drawn for a step is
     *            held for all evaluations within it, and skipped steps are still drawn so values depend only on the
     *            step index)
     * @param t
     *            time in ms within the step
     * @return the current in pA
     */
    double current(long step, double t);
}
