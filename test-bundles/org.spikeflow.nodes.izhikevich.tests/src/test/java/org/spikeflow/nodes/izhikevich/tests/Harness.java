package org.spikeflow.nodes.izhikevich.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;

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
import org.spikeflow.core.node.Node;
import org.spikeflow.core.node.NodeFactory;
import org.spikeflow.core.node.NodeLogger;
import org.spikeflow.core.port.PortObject;
import org.spikeflow.core.port.PortObjectSpec;
import org.spikeflow.core.settings.SettingsHandler;
import org.spikeflow.engine.NodeRepository;
import org.spikeflow.nodes.izhikevich.internal.simulator.IzhikevichSimulatorNodeFactory;
import org.spikeflow.nodes.izhikevich.internal.sweep.ParameterSweepGeneratorNodeFactory;

/** Drives the nodes through {@link Node} (settings → configure → execute) and reads the fixtures. */
final class Harness {
    private Harness() {
    }

    static Node node(NodeFactory<?> factory, String settingsJson) throws Exception {
        Node node = new Node(factory.getId(), factory);
        if (settingsJson != null) {
            node.loadSettings(SettingsHandler.MAPPER.readTree(settingsJson.replace('\'', '"')));
        }
        return node;
    }

    static Node simulator(String settingsJson) throws Exception {
        return node(new IzhikevichSimulatorNodeFactory(), settingsJson);
    }

    static Node sweep(String settingsJson) throws Exception {
        return node(new ParameterSweepGeneratorNodeFactory(), settingsJson);
    }

    static ExecutionContext context(int threads) {
        return new ExecutionContext((p, m) -> { }, new AtomicBoolean(), NodeLogger.forSource("test"), Path.of("."),
                Path.of("."), threads, null);
    }

    /** Configures (with the inputs' specs) and executes; returns the output tables. */
    static DataTable[] run(Node node, FlowObjectStack stack, ExecutionContext exec, PortObject... inputs)
            throws Exception {
        PortObjectSpec[] specs = new PortObjectSpec[inputs.length];
        for (int i = 0; i < inputs.length; i++) {
            specs[i] = inputs[i] == null ? null : inputs[i].getSpec();
        }
        PortObjectSpec[] outSpecs = node.configure(specs, stack);
        PortObject[] out = node.execute(inputs, stack, exec);
        DataTable[] tables = new DataTable[out.length];
        for (int i = 0; i < out.length; i++) {
            tables[i] = (DataTable) out[i];
            assertEquals(outSpecs[i], tables[i].getSpec(), "output " + i + ": executed spec equals configured spec");
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

    static double[] doubles(DataTable table, String column) {
        return table.getDoubleColumn(column).toArray();
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

    /** The platform's node repository: every NodeFactory service (DS) of the test runtime. */
    static NodeRepository repository() {
        return NodeRepository.awaitService(java.time.Duration.ofSeconds(10));
    }
}
