/**
 * Input protocols I(t) (pA, t in ms): constant, steps, pulses, pulse trains, ramps, piecewise-linear segments, seeded
 * Gaussian white noise and Ornstein–Uhlenbeck noise, composable by
 * {@link org.spikeflow.izhikevich.protocol.Protocol#plus}. A protocol is an immutable description;
 * {@link org.spikeflow.izhikevich.protocol.Protocol#open} makes the per-neuron
 * {@link org.spikeflow.izhikevich.protocol.CurrentSource} that an integrator reads once per step (noise comes from a
 * stream seeded by the protocol's seed and the neuron index, so it does not depend on the thread count).
 */
@org.osgi.annotation.versioning.Version("0.2.0")
package org.spikeflow.izhikevich.protocol;
