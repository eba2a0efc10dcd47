package org.spikeflow.nodes.spark.tests;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.atomic.AtomicBoolean;

import org.spikeflow.core.data.DataTable;
import org.spikeflow.core.flowvar.FlowObjectStack;
import org.spikeflow.core.io.PathPolicy;
import org.spikeflow.core.node.ExecutionContext;
import org.spikeflow.core.runtime.Node;
import org.spikeflow.core.node.NodeFactory;
import org.spikeflow.core.node.NodeLogger;
import org.spikeflow.core.port.PortObject;
import org.spikeflow.core.port.PortObjectSpec;
import org.spikeflow.core.settings.SettingsHandler;

/** Drives nodes through {@link Node} (configure, then execute) in a folder of the test. */
final class SparkHarness {
    private SparkHarness() {
    }

    static Node node(NodeFactory<?> factory, String settingsJson) throws Exception {
        Node node = new Node(factory.getId(), factory);
        if (settingsJson != null) {
            node.loadSettings(SettingsHandler.MAPPER.readTree(settingsJson.replace('\'', '"')));
        }
        return node;
    }

    static PortObject[] run(Node node, Path folder, PortObject... inputs) throws Exception {
        return run(node, new PathPolicy(folder, folder, List.of()), inputs);
    }

    /** Configures and executes a node whose paths the given policy checks. */
    static PortObject[] run(Node node, PathPolicy policy, PortObject... inputs) throws Exception {
        PortObjectSpec[] specs = new PortObjectSpec[inputs.length];
        for (int i = 0; i < inputs.length; i++) {
            specs[i] = inputs[i].getSpec();
        }
        node.configure(specs, FlowObjectStack.empty());
        ExecutionContext exec = new ExecutionContext((p, m) -> {}, new AtomicBoolean(), NodeLogger.forSource("test"),
                policy, 2, null);
        return node.execute(inputs, FlowObjectStack.empty(), exec);
    }

    static PortObject one(Node node, Path folder, PortObject... inputs) throws Exception {
        return run(node, folder, inputs)[0];
    }

    static DataTable table(Node node, Path folder, PortObject... inputs) throws Exception {
        return (DataTable) one(node, folder, inputs);
    }

    /** Writes a CSV file of double columns, values as Double.toString (exact round trip). */
    static void writeCsv(Path file, String header, double[]... columns) throws IOException {
        StringBuilder text = new StringBuilder(header).append('\n');
        for (int row = 0; row < columns[0].length; row++) {
            for (int c = 0; c < columns.length; c++) {
                text.append(c > 0 ? "," : "").append(columns[c][row]);
            }
            text.append('\n');
        }
        Files.writeString(file, text);
    }
}
