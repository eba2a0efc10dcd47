package org.spikeflow.base.tests;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.atomic.AtomicBoolean;

import org.spikeflow.core.data.DataTable;
import org.spikeflow.core.flowvar.FlowObjectStack;
import org.spikeflow.core.node.ExecutionContext;
import org.spikeflow.core.runtime.Node;
import org.spikeflow.core.node.NodeFactory;
import org.spikeflow.core.node.NodeLogger;
import org.spikeflow.core.port.PortObject;
import org.spikeflow.core.port.PortObjectSpec;
import org.spikeflow.core.settings.SettingsHandler;

import com.fasterxml.jackson.databind.JsonNode;

/** Drives single nodes through {@link Node} without an engine. */
public final class NodeHarness {
    private NodeHarness() {
    }

    /** A node with settings given as JSON text (single quotes allowed for readability: they become double quotes). */
    public static Node node(NodeFactory<?> factory, String settingsJson) throws Exception {
        Node node = new Node(factory.getId(), factory);
        if (settingsJson != null) {
            node.loadSettings(json(settingsJson));
        }
        return node;
    }

    public static JsonNode json(String text) throws Exception {
        return SettingsHandler.MAPPER.readTree(text.replace('\'', '"'));
    }

    public static ExecutionContext context(Path folder) {
        return context(folder, new ArrayList<>());
    }

    public static ExecutionContext context(Path folder, List<Path> written) {
        return new ExecutionContext((p, m) -> {}, new AtomicBoolean(), NodeLogger.forSource("test"), folder, folder,
                1, written::add);
    }

    public static PortObjectSpec[] configure(Node node, PortObjectSpec... specs) throws Exception {
        return node.configure(specs, FlowObjectStack.empty());
    }

    public static PortObject[] execute(Node node, Path folder, PortObject... inputs) throws Exception {
        return node.execute(inputs, FlowObjectStack.empty(), context(folder));
    }

    public static DataTable table(PortObject[] outputs, int port) {
        return (DataTable) outputs[port];
    }
}
