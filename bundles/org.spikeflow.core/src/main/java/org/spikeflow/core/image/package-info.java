/** The image port: rendered figures (PNG and SVG) passed between nodes. */
package org.spikeflow.core.image;
