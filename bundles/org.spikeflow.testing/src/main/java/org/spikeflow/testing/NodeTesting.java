package org.spikeflow.testing;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.nio.file.Path;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.function.Consumer;

import org.spikeflow.core.data.DataTable;
import org.spikeflow.core.flowvar.FlowObjectStack;
import org.spikeflow.core.node.ExecutionContext;
import org.spikeflow.core.runtime.Node;
import org.spikeflow.core.node.NodeFactory;
import org.spikeflow.core.node.NodeLogger;
import org.spikeflow.core.node.ProgressListener;
import org.spikeflow.core.port.PortObject;
import org.spikeflow.core.port.PortObjectSpec;
import org.spikeflow.core.settings.SettingsHandler;

/**
 * Runs one node outside a workflow, as the engine does: build it from its factory with settings, configure it with its
 * inputs' specs, execute it and check that the executed outputs have the configured specs. Shared by the node test
 * bundles (as KNIME's {@code org.knime.testing}); family-specific data builders stay in each test bundle.
 */
public final class NodeTesting {

    private NodeTesting() {
    }

    /**
     * @param settingsJson
     *            the node's settings as JSON written with single quotes (for readable tests), or null for the defaults
     */
    public static Node node(NodeFactory<?> factory, String settingsJson) throws Exception {
        Node node = new Node(factory.getId(), factory);
        if (settingsJson != null) {
            node.loadSettings(SettingsHandler.MAPPER.readTree(settingsJson.replace('\'', '"')));
        }
        return node;
    }

    /** A context writing to the current folder, one thread, no progress, not cancelled. */
    public static ExecutionContext context() {
        return context(Path.of("."), 1, (p, m) -> {}, new AtomicBoolean(), null);
    }

    /**
     * @param folder
     *            the output and workflow folder
     * @param written
     *            receives every file the node reports as written, or null
     */
    public static ExecutionContext context(Path folder, int threads, ProgressListener listener,
            AtomicBoolean cancelled, Consumer<Path> written) {
        return new ExecutionContext(listener, cancelled, NodeLogger.forSource("test"), folder, folder, threads,
                written);
    }

    /** @return the inputs' specs (null for an unconnected input) */
    public static PortObjectSpec[] specs(PortObject... inputs) {
        PortObjectSpec[] specs = new PortObjectSpec[inputs.length];
        for (int i = 0; i < inputs.length; i++) {
            specs[i] = inputs[i] == null ? null : inputs[i].getSpec();
        }
        return specs;
    }

    /** Configures with the inputs' specs and an empty flow-variable stack. */
    public static PortObjectSpec[] configure(Node node, PortObject... inputs) throws Exception {
        return node.configure(specs(inputs), FlowObjectStack.empty());
    }

    /**
     * Configures with the inputs' specs, executes, and checks that each output has the spec configure promised.
     *
     * @return the outputs
     */
    public static PortObject[] execute(Node node, FlowObjectStack stack, ExecutionContext exec,
            PortObject... inputs) throws Exception {
        PortObjectSpec[] outSpecs = node.configure(specs(inputs), stack);
        PortObject[] out = node.execute(inputs, stack, exec);
        for (int i = 0; i < out.length; i++) {
            if (outSpecs[i] != null && out[i] != null) {
                assertEquals(outSpecs[i], out[i].getSpec(), "executed spec equals configured spec of port " + i);
            }
        }
        return out;
    }

    /** @return the values of a double column */
    public static double[] doubles(DataTable table, String column) {
        return table.getDoubleColumn(column).toArray();
    }
}
