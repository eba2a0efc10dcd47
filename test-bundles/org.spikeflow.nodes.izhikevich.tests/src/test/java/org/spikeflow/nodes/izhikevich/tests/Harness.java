package org.spikeflow.nodes.izhikevich.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.atomic.AtomicBoolean;

import org.spikeflow.core.data.DataTable;
import org.spikeflow.core.data.DataTableBuilder;
import org.spikeflow.core.data.DataTableSpec;
import org.spikeflow.core.data.DataType;
import org.spikeflow.core.data.DoubleColumn;
import org.spikeflow.core.flowvar.FlowObjectStack;
import org.spikeflow.core.node.ExecutionContext;
import org.spikeflow.core.runtime.Node;
import org.spikeflow.core.node.NodeFactory;
import org.spikeflow.core.port.PortObject;
import org.spikeflow.engine.NodeRepository;
import org.spikeflow.nodes.izhikevich.internal.simulator.IzhikevichSimulatorNodeFactory;
import org.spikeflow.nodes.izhikevich.internal.sweep.ParameterSweepGeneratorNodeFactory;
import org.spikeflow.testing.NodeTesting;

/** Drives the nodes through {@link Node} (settings → configure → execute) and reads the fixtures. */
final class Harness {
    private Harness() {
    }

    static Node simulator(String settingsJson) throws Exception {
        return NodeTesting.node(new IzhikevichSimulatorNodeFactory(), settingsJson);
    }

    static Node sweep(String settingsJson) throws Exception {
        return NodeTesting.node(new ParameterSweepGeneratorNodeFactory(), settingsJson);
    }

    static ExecutionContext context(int threads) {
        return NodeTesting.context(Path.of("."), threads, (p, m) -> {}, new AtomicBoolean(), null);
    }

    /** Configures (with the inputs' specs) and executes; returns the output tables. */
    static DataTable[] run(Node node, FlowObjectStack stack, ExecutionContext exec, PortObject... inputs)
            throws Exception {
        PortObject[] out = NodeTesting.execute(node, stack, exec, inputs);
        DataTable[] tables = new DataTable[out.length];
        for (int i = 0; i < out.length; i++) {
            tables[i] = (DataTable) out[i];
        }
        return tables;
    }

    /** Runs the simulator without inputs (or with the given parameter and state tables). */
    static DataTable[] simulate(Node node, DataTable parameters, DataTable state) throws Exception {
        return run(node, FlowObjectStack.empty(), context(2), parameters, state);
    }

    static DataTable[] simulate(String settingsJson) throws Exception {
        return simulate(simulator(settingsJson), null, null);
    }

    /** A parameter table with columns a, b, c, d, I (one row per neuron). */
    static DataTable parameters(double[]... rows) {
        DataTableBuilder builder = new DataTableBuilder(DataTableSpec.of("a", DataType.DOUBLE, "b", DataType.DOUBLE,
                "c", DataType.DOUBLE, "d", DataType.DOUBLE, "I", DataType.DOUBLE));
        for (double[] row : rows) {
            for (int c = 0; c < 5; c++) {
                builder.appendDouble(c, row[c]);
            }
        }
        return builder.build();
    }

    /** A table of double columns from names and equally long arrays. */
    static DataTable table(Object... namesAndColumns) {
        List<Object> spec = new ArrayList<>();
        List<DoubleColumn> columns = new ArrayList<>();
        for (int i = 0; i < namesAndColumns.length; i += 2) {
            spec.add(namesAndColumns[i]);
            spec.add(DataType.DOUBLE);
            columns.add(DoubleColumn.of((double[]) namesAndColumns[i + 1]));
        }
        return new DataTable(DataTableSpec.of(spec.toArray()), columns);
    }

    // ---- fixtures ----

    /** A seed data file (copied from shared/seed-outputs/data into the {@code seed} folder beside the tests). */
    record Csv(List<String> header, double[][] columns) {
        int rows() {
            return columns[0].length;
        }
    }

    static Csv seedFile(String fileName) throws IOException {
        InputStream in = Harness.class.getResourceAsStream("seed/" + fileName + ".csv");
        assertNotNull(in, "fixture seed/" + fileName + ".csv");
        try (BufferedReader reader = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8))) {
            return readCsv(reader);
        }
    }

    static Csv readCsv(Path file) throws IOException {
        try (BufferedReader reader = Files.newBufferedReader(file, StandardCharsets.UTF_8)) {
            return readCsv(reader);
        }
    }

    /** Reads a CSV of numbers (a header line, then numeric fields; empty fields read as NaN). */
    static Csv readCsv(BufferedReader reader) throws IOException {
        List<String> header = List.of(reader.readLine().split(",", -1));
        List<double[]> rows = new ArrayList<>();
        for (String line; (line = reader.readLine()) != null;) {
            String[] fields = line.split(",", -1);
            double[] row = new double[header.size()];
            for (int i = 0; i < row.length; i++) {
                row[i] = fields[i].isEmpty() ? Double.NaN : parseOrNaN(fields[i]);
            }
            rows.add(row);
        }
        double[][] columns = new double[header.size()][rows.size()];
        for (int r = 0; r < rows.size(); r++) {
            for (int c = 0; c < header.size(); c++) {
                columns[c][r] = rows.get(r)[c];
            }
        }
        return new Csv(header, columns);
    }

    private static double parseOrNaN(String text) {
        try {
            return Double.parseDouble(text);
        } catch (NumberFormatException e) {
            return Double.NaN; // a text column (labels)
        }
    }

    /** Fixture folders live beside the tests in the source tree. */
    static Path sourceFolder() {
        String base = System.getProperty("spikeflow.test.basedir");
        Path root = base != null ? Path.of(base) : Path.of("").toAbsolutePath();
        return root.resolve("src/test/java/org/spikeflow/nodes/izhikevich/tests");
    }

    static Path fixture(String name) {
        return sourceFolder().resolve("fixtures").resolve(name).resolve(name + ".spikeflow.json");
    }

    /** The repository root (for the shipped example workflows). */
    static Path repositoryRoot() {
        String base = System.getProperty("spikeflow.test.basedir");
        Path root = base != null ? Path.of(base) : Path.of("").toAbsolutePath();
        return root.resolve("../..").normalize();
    }

    /** Asserts that the file is a PNG that ImageIO reads, of the given size in pixels. */
    static java.awt.image.BufferedImage assertPng(Path file, int width, int height) throws IOException {
        assertTrue(Files.isRegularFile(file), file + " exists");
        byte[] bytes = Files.readAllBytes(file);
        assertEquals(0x89, bytes[0] & 0xff, file + ": PNG signature");
        assertEquals("PNG", new String(bytes, 1, 3, StandardCharsets.US_ASCII), file + ": PNG signature");
        java.awt.image.BufferedImage image = javax.imageio.ImageIO.read(file.toFile());
        assertNotNull(image, file + " is readable by ImageIO");
        assertEquals(width, image.getWidth(), file + ": width");
        assertEquals(height, image.getHeight(), file + ": height");
        return image;
    }

    /** Asserts that the file is an SVG document of the given size; returns the texts it draws. */
    static List<String> assertSvg(Path file, int width, int height) throws Exception {
        assertTrue(Files.isRegularFile(file), file + " exists");
        String svg = Files.readString(file, StandardCharsets.UTF_8);
        javax.xml.parsers.DocumentBuilderFactory factory = javax.xml.parsers.DocumentBuilderFactory.newInstance();
        factory.setNamespaceAware(true);
        // the document names the SVG 1.1 DTD: never fetch it (tests run offline)
        factory.setFeature("http://apache.org/xml/features/nonvalidating/load-external-dtd", false);
        org.w3c.dom.Document document = factory.newDocumentBuilder()
                .parse(new org.xml.sax.InputSource(new java.io.StringReader(svg)));
        org.w3c.dom.Element root = document.getDocumentElement();
        assertEquals("svg", root.getLocalName(), file + ": SVG root element");
        assertEquals(width, Double.parseDouble(root.getAttribute("width").replace("px", "")), 1e-9, file + ": width");
        assertEquals(height, Double.parseDouble(root.getAttribute("height").replace("px", "")), 1e-9,
                file + ": height");
        List<String> texts = new ArrayList<>();
        org.w3c.dom.NodeList nodes = document.getElementsByTagNameNS("*", "text");
        for (int i = 0; i < nodes.getLength(); i++) {
            texts.add(nodes.item(i).getTextContent());
        }
        return texts;
    }

    /** The fields of a CSV line; a field in double quotes may hold commas. */
    static List<String> fields(String line) {
        List<String> fields = new ArrayList<>();
        StringBuilder field = new StringBuilder();
        boolean quoted = false;
        for (int i = 0; i < line.length(); i++) {
            char c = line.charAt(i);
            if (c == '"') {
                if (quoted && i + 1 < line.length() && line.charAt(i + 1) == '"') {
                    field.append('"');
                    i++;
                } else {
                    quoted = !quoted;
                }
            } else if (c == ',' && !quoted) {
                fields.add(field.toString());
                field.setLength(0);
            } else {
                field.append(c);
            }
        }
        fields.add(field.toString());
        return fields;
    }

    /** The platform's node repository: every NodeFactory service (DS) of the test runtime. */
    static NodeRepository repository() {
        return NodeRepository.awaitService(java.time.Duration.ofSeconds(10));
    }
}
