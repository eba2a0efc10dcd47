/**
 * Realistic test neurons for forecasting (noisy Izhikevich neurons and an AdEx neuron as model mismatch) and the oracle
 * forecaster that knows their true model and state.
 */
@org.osgi.annotation.versioning.Version("0.1.0")
package org.spikeflow.forecast.scenario;
