/** The image port: rendered figures (PNG and SVG) passed between nodes. */
@org.osgi.annotation.versioning.Version("0.1.0")
package org.spikeflow.core.image;
