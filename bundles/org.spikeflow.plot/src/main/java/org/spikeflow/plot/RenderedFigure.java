package org.spikeflow.plot;

/**
 * A figure encoded as a PNG file (with its resolution in the pHYs chunk) and as an SVG document of the same size.
 *
 * @param png
 *            the PNG file content
 * @param svg
 *            the SVG document
 * @param width
 *            pixels
 * @param height
 *            pixels
 * @param dpi
 *            dots per inch
 */
public record RenderedFigure(byte[] png, String svg, int width, int height, double dpi) {
}
