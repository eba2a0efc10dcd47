/**
 * The image port: rendered figures (PNG and SVG) passed between nodes.
 *
 * <p>Where port types live: a type the platform itself shows or stores (tables, flow variables, and images, which the
 * canvas's output views display) is in core; a type only one node family understands lives with that family (the LSTM
 * model port in {@code org.spikeflow.nodes.dl}).
 */
@org.osgi.annotation.versioning.Version("0.1.0")
package org.spikeflow.core.image;
