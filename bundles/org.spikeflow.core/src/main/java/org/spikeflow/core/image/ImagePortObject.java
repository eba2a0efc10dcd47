package org.spikeflow.core.image;

import java.nio.charset.StandardCharsets;
import java.util.Objects;

import org.spikeflow.core.port.PortObject;
import org.spikeflow.core.port.PortType;

/**
 * A rendered figure: the same picture as a PNG (raster, with its resolution) and as an SVG document (vector). Plot
 * nodes produce it; image writers, reports and the canvas consume it. Kept as encoded bytes so that the node API needs
 * no AWT and the object is immutable.
 */
public final class ImagePortObject implements PortObject {
    /** The image port type: a figure with a PNG and an SVG rendering. */
    public static final PortType TYPE = PortType.create("org.spikeflow.image", "Image", ImagePortObject.class,
            ImagePortObjectSpec.class, "#6a3d9a");
    public static final PortType TYPE_OPTIONAL = TYPE.asOptional();

    private static final byte[] PNG_SIGNATURE = {(byte) 0x89, 'P', 'N', 'G', '\r', '\n', 0x1a, '\n'};

    private final ImagePortObjectSpec spec;
    private final byte[] png;
    private final String svg;

    /**
     * @param png
     *            the PNG file content
     * @param svg
     *            the SVG document (UTF-8 text)
     */
    public ImagePortObject(ImagePortObjectSpec spec, byte[] png, String svg) {
        this.spec = Objects.requireNonNull(spec, "spec");
        Objects.requireNonNull(png, "png");
        Objects.requireNonNull(svg, "svg");
        if (png.length < PNG_SIGNATURE.length
                || !java.util.Arrays.equals(png, 0, PNG_SIGNATURE.length, PNG_SIGNATURE, 0, PNG_SIGNATURE.length)) {
            throw new IllegalArgumentException("The PNG content of image '" + spec.getTitle()
                    + "' does not start with the PNG signature");
        }
        if (!svg.contains("<svg")) {
            throw new IllegalArgumentException(
                    "The SVG content of image '" + spec.getTitle() + "' has no <svg> element");
        }
        this.png = png.clone();
        this.svg = svg;
    }

    @Override
    public ImagePortObjectSpec getSpec() {
        return spec;
    }

    /** @return a copy of the PNG file content */
    public byte[] getPng() {
        return png.clone();
    }

    /** @return the SVG document */
    public String getSvg() {
        return svg;
    }

    /** @return the content in the given format, as the bytes of a file of that format */
    public byte[] getBytes(ImageFormat format) {
        return switch (format) {
            case PNG -> getPng();
            case SVG -> svg.getBytes(StandardCharsets.UTF_8);
        };
    }

    @Override
    public String summary() {
        return spec.summary() + " (PNG " + png.length / 1024 + " KiB, SVG " + svg.length() / 1024 + " KiB)";
    }

    @Override
    public String toString() {
        return summary();
    }
}
