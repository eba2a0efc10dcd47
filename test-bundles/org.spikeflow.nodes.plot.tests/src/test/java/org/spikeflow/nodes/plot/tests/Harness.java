package org.spikeflow.nodes.plot.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.StringReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.atomic.AtomicBoolean;

import javax.imageio.ImageIO;
import javax.imageio.ImageReader;
import javax.imageio.metadata.IIOMetadata;
import javax.imageio.stream.ImageInputStream;
import javax.xml.parsers.DocumentBuilderFactory;

import org.spikeflow.core.data.Column;
import org.spikeflow.core.data.ColumnBuilder;
import org.spikeflow.core.data.DataColumnSpec;
import org.spikeflow.core.data.DataTable;
import org.spikeflow.core.data.DataTableSpec;
import org.spikeflow.core.data.DataType;
import org.spikeflow.core.data.TraceColumns;
import org.spikeflow.core.flowvar.FlowObjectStack;
import org.spikeflow.core.image.ImagePortObject;
import org.spikeflow.core.node.ExecutionContext;
import org.spikeflow.core.runtime.Node;
import org.spikeflow.core.port.PortObject;
import org.spikeflow.core.port.PortObjectSpec;
import org.spikeflow.nodes.plot.internal.common.PlotNodeModel;
import org.spikeflow.plot.Figure;
import org.spikeflow.testing.NodeTesting;
import org.w3c.dom.Document;
import org.w3c.dom.Element;
import org.xml.sax.InputSource;

/** Drives the plot nodes through {@link Node} and checks the images they make. */
final class Harness {
    static final String TIME = TraceColumns.TIME;
    static final String V = TraceColumns.MEMBRANE_POTENTIAL;

    private Harness() {
    }

    static ExecutionContext context(Path outputDir, List<Path> written) {
        return NodeTesting.context(outputDir, 1, (p, m) -> {}, new AtomicBoolean(),
                written == null ? null : written::add);
    }

    static PortObjectSpec[] configure(Node node, PortObject... inputs) throws Exception {
        return NodeTesting.configure(node, inputs);
    }

    /** Configures and executes; returns the image, whose spec must equal the configured one. */
    static ImagePortObject run(Node node, Path outputDir, List<Path> written, PortObject... inputs) throws Exception {
        return (ImagePortObject) NodeTesting.execute(node, FlowObjectStack.empty(), context(outputDir, written),
                inputs)[0];
    }

    /** The figure a plot node builds from the inputs, after configuring it with their specs. */
    static Figure figure(Node node, PortObject... inputs) throws Exception {
        configure(node, inputs);
        return ((PlotNodeModel<?>) node.getModel()).figure(inputs, context(Path.of("."), null));
    }

    /** Reads a numeric CSV fixture (header line, then comma-separated numbers). */
    static DataTable csv(String fixture) throws IOException {
        List<String> lines = Files.readAllLines(Path.of(System.getProperty("spikeflow.test.basedir"), "src", "test",
                "java", "org", "spikeflow", "nodes", "plot", "tests", "fixtures", fixture));
        String[] header = lines.get(0).split(",");
        List<Object> spec = new ArrayList<>();
        ColumnBuilder[] cols = new ColumnBuilder[header.length];
        for (int c = 0; c < header.length; c++) {
            spec.add(header[c]);
            spec.add(DataType.DOUBLE);
            cols[c] = Column.builder(DataType.DOUBLE, lines.size());
        }
        for (String line : lines.subList(1, lines.size())) {
            String[] f = line.split(",");
            for (int c = 0; c < header.length; c++) {
                cols[c].appendObject(Double.parseDouble(f[c]));
            }
        }
        return table(DataTableSpec.of(spec.toArray()), cols);
    }

    static DataTable table(DataTableSpec spec, ColumnBuilder... builders) {
        List<Column> cols = new ArrayList<>();
        for (ColumnBuilder b : builders) {
            cols.add(b.build());
        }
        return new DataTable(spec, cols);
    }

    /** A table from columns given as name, type, values (double[], int[] or String[]) triples. */
    static DataTable table(Object... nameTypeValues) {
        List<DataColumnSpec> spec = new ArrayList<>();
        List<Column> cols = new ArrayList<>();
        for (int i = 0; i < nameTypeValues.length; i += 3) {
            DataType type = (DataType) nameTypeValues[i + 1];
            spec.add(new DataColumnSpec((String) nameTypeValues[i], type));
            Object values = nameTypeValues[i + 2];
            ColumnBuilder b = Column.builder(type, 16);
            if (values instanceof double[] d) {
                for (double x : d) {
                    b.appendObject(x);
                }
            } else if (values instanceof int[] n) {
                for (int x : n) {
                    b.appendObject(x);
                }
            } else {
                for (Object x : (Object[]) values) {
                    b.appendObject(x);
                }
            }
            cols.add(b.build());
        }
        return new DataTable(new DataTableSpec(spec), cols);
    }

    /** Checks a PNG: decodes, has the size, and declares the resolution (pHYs, in pixels per metre). */
    static void assertPng(byte[] png, int width, int height, double dpi) throws IOException {
        var image = ImageIO.read(new ByteArrayInputStream(png));
        assertTrue(image != null, "ImageIO decodes the PNG");
        assertEquals(width, image.getWidth(), "PNG width");
        assertEquals(height, image.getHeight(), "PNG height");
        try (ImageInputStream in = ImageIO.createImageInputStream(new ByteArrayInputStream(png))) {
            ImageReader reader = ImageIO.getImageReadersByFormatName("png").next();
            reader.setInput(in);
            IIOMetadata metadata = reader.getImageMetadata(0);
            org.w3c.dom.Node root = metadata.getAsTree("javax_imageio_png_1.0");
            Element phys = null;
            for (org.w3c.dom.Node n = root.getFirstChild(); n != null; n = n.getNextSibling()) {
                if (n.getNodeName().equals("pHYs")) {
                    phys = (Element) n;
                }
            }
            assertTrue(phys != null, "PNG has a pHYs chunk");
            assertEquals("meter", phys.getAttribute("unitSpecifier"));
            double ppm = Double.parseDouble(phys.getAttribute("pixelsPerUnitXAxis"));
            assertEquals(dpi, ppm * 0.0254, 0.02, "PNG resolution in dpi");
            reader.dispose();
        }
    }

    /** Checks an SVG: parses as XML, root element svg with the size. */
    static Document assertSvg(String svg, int width, int height) throws Exception {
        DocumentBuilderFactory factory = DocumentBuilderFactory.newInstance();
        factory.setNamespaceAware(true);
        // the document names the SVG 1.1 DTD: never fetch it (tests run offline)
        factory.setFeature("http://apache.org/xml/features/nonvalidating/load-external-dtd", false);
        Document doc = factory.newDocumentBuilder().parse(new InputSource(new StringReader(svg)));
        Element root = doc.getDocumentElement();
        assertEquals("svg", root.getLocalName(), "SVG root element");
        assertEquals(width, Double.parseDouble(root.getAttribute("width").replace("px", "")), 1e-9, "SVG width");
        assertEquals(height, Double.parseDouble(root.getAttribute("height").replace("px", "")), 1e-9, "SVG height");
        return doc;
    }

    static void assertSvgFile(Path file, int width, int height) throws Exception {
        assertSvg(Files.readString(file, StandardCharsets.UTF_8), width, height);
    }

    static double[] range(double from, double step, int n) {
        double[] x = new double[n];
        for (int i = 0; i < n; i++) {
            x[i] = from + i * step;
        }
        return x;
    }
}
