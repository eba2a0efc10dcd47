package org.spikeflow.plot;

import java.awt.Graphics2D;
import java.awt.RenderingHints;
import java.awt.geom.Rectangle2D;
import java.awt.image.BufferedImage;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.util.Iterator;

import javax.imageio.IIOImage;
import javax.imageio.ImageIO;
import javax.imageio.ImageTypeSpecifier;
import javax.imageio.ImageWriteParam;
import javax.imageio.ImageWriter;
import javax.imageio.metadata.IIOInvalidTreeException;
import javax.imageio.metadata.IIOMetadata;
import javax.imageio.metadata.IIOMetadataNode;
import javax.imageio.stream.ImageOutputStream;

import org.jfree.svg.SVGGraphics2D;

/**
 * Renders a {@link Figure} headless to PNG and SVG. The figure is laid out in points on a page of {@code width / dpi} ×
 * {@code height / dpi} inches, then scaled by dpi / 72 to the requested pixel size: a 300 dpi figure has the fonts and
 * line widths of a printed one, not of a screen one blown up.
 */
public final class FigureRenderer {
    /** Java2D user space unit: points. */
    public static final double POINTS_PER_INCH = 72;
    private static final double METRES_PER_INCH = 0.0254;
    private static final String PNG_METADATA_FORMAT = "javax_imageio_png_1.0";

    static {
        // Rendering never opens windows; without a display AWT must not try to connect to one.
        if (System.getProperty("java.awt.headless") == null) {
            System.setProperty("java.awt.headless", "true");
        }
    }

    private FigureRenderer() {
    }

    /** @return the figure as PNG and SVG at {@code width} × {@code height} pixels and {@code dpi} */
    public static RenderedFigure render(Figure figure, int width, int height, double dpi) throws IOException {
        return new RenderedFigure(png(figure, width, height, dpi), svg(figure, width, height, dpi), width, height, dpi);
    }

    private static void check(int width, int height, double dpi) {
        if (width < 16 || height < 16) {
            throw new IllegalArgumentException("Image size must be at least 16 x 16 pixels, got " + width + " x "
                    + height);
        }
        if (!(dpi >= 10 && dpi <= 2400)) {
            throw new IllegalArgumentException("Resolution must be between 10 and 2400 dpi, got " + dpi);
        }
    }

    private static Rectangle2D page(int width, int height, double dpi) {
        double scale = dpi / POINTS_PER_INCH;
        return new Rectangle2D.Double(0, 0, width / scale, height / scale);
    }

    private static void prepare(Graphics2D g2, double dpi) {
        g2.setRenderingHint(RenderingHints.KEY_ANTIALIASING, RenderingHints.VALUE_ANTIALIAS_ON);
        g2.setRenderingHint(RenderingHints.KEY_TEXT_ANTIALIASING, RenderingHints.VALUE_TEXT_ANTIALIAS_ON);
        g2.setRenderingHint(RenderingHints.KEY_STROKE_CONTROL, RenderingHints.VALUE_STROKE_PURE);
        g2.setRenderingHint(RenderingHints.KEY_FRACTIONALMETRICS, RenderingHints.VALUE_FRACTIONALMETRICS_ON);
        double scale = dpi / POINTS_PER_INCH;
        g2.scale(scale, scale);
    }

    /** @return a PNG (8-bit RGB) with the resolution written to its pHYs chunk */
    public static byte[] png(Figure figure, int width, int height, double dpi) throws IOException {
        check(width, height, dpi);
        BufferedImage image = new BufferedImage(width, height, BufferedImage.TYPE_INT_RGB);
        Graphics2D g2 = image.createGraphics();
        try {
            prepare(g2, dpi);
            figure.draw(g2, page(width, height, dpi));
        } finally {
            g2.dispose();
        }
        return encodePng(image, dpi);
    }

    /** Encodes an image as PNG, declaring {@code dpi} (stored as pixels per metre, as PNG requires). */
    public static byte[] encodePng(BufferedImage image, double dpi) throws IOException {
        Iterator<ImageWriter> writers = ImageIO.getImageWritersByFormatName("png");
        if (!writers.hasNext()) {
            throw new IOException("This Java runtime has no PNG encoder (javax.imageio)");
        }
        ImageWriter writer = writers.next();
        try {
            ImageWriteParam param = writer.getDefaultWriteParam();
            IIOMetadata metadata = writer.getDefaultImageMetadata(ImageTypeSpecifier.createFromRenderedImage(image),
                    param);
            String pixelsPerMetre = Long.toString(Math.round(dpi / METRES_PER_INCH));
            IIOMetadataNode phys = new IIOMetadataNode("pHYs");
            phys.setAttribute("pixelsPerUnitXAxis", pixelsPerMetre);
            phys.setAttribute("pixelsPerUnitYAxis", pixelsPerMetre);
            phys.setAttribute("unitSpecifier", "meter");
            IIOMetadataNode root = new IIOMetadataNode(PNG_METADATA_FORMAT);
            root.appendChild(phys);
            try {
                metadata.mergeTree(PNG_METADATA_FORMAT, root);
            } catch (IIOInvalidTreeException e) {
                throw new IOException("Cannot set the PNG resolution to " + dpi + " dpi: " + e.getMessage(), e);
            }
            ByteArrayOutputStream bytes = new ByteArrayOutputStream(1 << 16);
            try (ImageOutputStream out = ImageIO.createImageOutputStream(bytes)) {
                writer.setOutput(out);
                writer.write(null, new IIOImage(image, null, metadata), param);
            }
            return bytes.toByteArray();
        } finally {
            writer.dispose();
        }
    }

    /** @return an SVG document of {@code width} × {@code height} px drawing the same picture as {@link #png} */
    public static String svg(Figure figure, int width, int height, double dpi) {
        check(width, height, dpi);
        SVGGraphics2D g2 = new SVGGraphics2D(width, height);
        // a fixed prefix (JFreeSVG's default holds the clock) makes the same figure give the same file
        g2.setDefsKeyPrefix("spikeflow");
        prepare(g2, dpi);
        figure.draw(g2, page(width, height, dpi));
        // no DOCTYPE: it names the W3C DTD, which XML parsers would try to download
        return "<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n" + g2.getSVGElement() + "\n";
    }
}
