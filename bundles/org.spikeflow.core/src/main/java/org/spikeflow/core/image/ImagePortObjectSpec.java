package org.spikeflow.core.image;

import java.util.Objects;

import org.spikeflow.core.port.PortObjectSpec;

/**
 * What is known about an image before it is rendered: its title and its size. The size is the raster size of the PNG in
 * pixels; the SVG has the same width and height (in px). {@code dpi} is the resolution the PNG declares, which fixes
 * the printed size: {@code width / dpi} inches.
 */
public final class ImagePortObjectSpec implements PortObjectSpec {
    private final String title;
    private final int width;
    private final int height;
    private final double dpi;

    public ImagePortObjectSpec(String title, int width, int height, double dpi) {
        if (width <= 0 || height <= 0) {
            throw new IllegalArgumentException("Image size must be positive, got " + width + " x " + height);
        }
        if (!(dpi > 0) || Double.isInfinite(dpi)) {
            throw new IllegalArgumentException(
                    "Image resolution must be a positive number of dots per inch, got " + dpi);
        }
        this.title = title == null ? "" : title;
        this.width = width;
        this.height = height;
        this.dpi = dpi;
    }

    public String getTitle() {
        return title;
    }

    /** @return the width in pixels */
    public int getWidth() {
        return width;
    }

    /** @return the height in pixels */
    public int getHeight() {
        return height;
    }

    /** @return the resolution in dots per inch */
    public double getDpi() {
        return dpi;
    }

    @Override
    public String summary() {
        return (title.isEmpty() ? "Image" : "'" + title + "'") + ", " + width + " x " + height + " px at "
                + (dpi == Math.rint(dpi) ? Long.toString((long) dpi) : Double.toString(dpi)) + " dpi";
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof ImagePortObjectSpec other && title.equals(other.title) && width == other.width
                && height == other.height && Double.compare(dpi, other.dpi) == 0;
    }

    @Override
    public int hashCode() {
        return Objects.hash(title, width, height, dpi);
    }

    @Override
    public String toString() {
        return summary();
    }
}
