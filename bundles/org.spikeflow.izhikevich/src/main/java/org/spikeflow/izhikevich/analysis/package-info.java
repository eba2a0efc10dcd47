/** Analysis helpers: F–I curves and phase-plane nullclines/fixed points. */
package org.spikeflow.izhikevich.analysis;
