/** Analysis helpers: F–I curves and phase-plane nullclines/fixed points. */
@org.osgi.annotation.versioning.Version("0.1.0")
package org.spikeflow.izhikevich.analysis;
