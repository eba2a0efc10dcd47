/**
 * The LSTM model port of the residual-correction nodes, for other bundles that pass models around. It lives with its
 * family because only these nodes understand it; port types the platform itself shows (tables, flow variables, images)
 * are in {@code org.spikeflow.core}.
 */
@org.osgi.annotation.versioning.Version("0.1.0")
package org.spikeflow.nodes.dl;
