/**
 * Realistic test neurons for forecasting (noisy Izhikevich neurons and an AdEx neuron as model mismatch) and the
 * oracle forecaster that knows their true model and state.
 */
package org.spikeflow.forecast.scenario;
