/**
 * Neuron models beside Izhikevich's, for model-mismatch studies and comparison: the adaptive exponential
 * integrate-and-fire model ({@link org.spikeflow.izhikevich.models.AdEx}, Brette &amp; Gerstner 2005, with the firing
 * patterns of Naud et al. 2008) and the Hodgkin–Huxley squid axon
 * ({@link org.spikeflow.izhikevich.models.HodgkinHuxley}, 1952). Each model is one class holding its equations, its
 * published parameter sets and its documented integration scheme; both read their input from the same
 * {@link org.spikeflow.izhikevich.protocol.Protocol} types as the Izhikevich model (steps, noise, ...), and both return
 * a {@link org.spikeflow.izhikevich.models.ModelRun}.
 *
 * <p>Single neurons only (the population engine stays Izhikevich-only). Plain Java, no dependency on the node API.
 */
@org.osgi.annotation.versioning.Version("0.1.0")
package org.spikeflow.izhikevich.models;
