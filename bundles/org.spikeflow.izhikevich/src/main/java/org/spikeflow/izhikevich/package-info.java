/**
 * The Izhikevich neuron model: parameters ({@link org.spikeflow.izhikevich.NeuronParameters}), integration schemes
 * ({@link org.spikeflow.izhikevich.Scheme}), single-neuron runs ({@link org.spikeflow.izhikevich.Simulation}),
 * published presets ({@link org.spikeflow.izhikevich.Presets}) and the multi-threaded population engine
 * ({@link org.spikeflow.izhikevich.PopulationSimulation}).
 *
 * <p>Plain Java, no dependency on the node API. Model (Izhikevich 2003, 2004):
 * {@code v' = k2·v² + k1·v + k0 − u + I(t)}, {@code u' = a(b·v − u)} (or {@code a·b·(v + 65)} for accommodation); when
 * {@code v ≥ vPeak}: {@code v ← c}, {@code u ← u + d}. Time in ms, v in mV, I in pA (model units).
 */
@org.osgi.annotation.versioning.Version("0.2.0")
package org.spikeflow.izhikevich;
