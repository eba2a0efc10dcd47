package org.spikeflow.nodes.forecast.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.atomic.AtomicBoolean;

import org.spikeflow.core.data.Column;
import org.spikeflow.core.data.DataTable;
import org.spikeflow.core.data.DataTableSpec;
import org.spikeflow.core.data.DataType;
import org.spikeflow.core.flowvar.FlowObjectStack;
import org.spikeflow.core.node.ExecutionContext;
import org.spikeflow.core.node.Node;
import org.spikeflow.core.node.NodeFactory;
import org.spikeflow.core.node.NodeLogger;
import org.spikeflow.core.port.PortObject;
import org.spikeflow.core.port.PortObjectSpec;
import org.spikeflow.core.settings.SettingsHandler;

/** Drives the nodes through {@link Node} (settings → configure → execute). */
final class Harness {
    static final String TIME = "Time (ms)";
    static final String VALUE = "Membrane Potential (mV)";
    static final String NEURON = "Neuron";

    private Harness() {
    }

    static Node node(NodeFactory<?> factory, String settingsJson) throws Exception {
        Node node = new Node(factory.getId(), factory);
        if (settingsJson != null) {
            node.loadSettings(SettingsHandler.MAPPER.readTree(settingsJson.replace('\'', '"')));
        }
        return node;
    }

    static ExecutionContext context() {
        return new ExecutionContext((p, m) -> { }, new AtomicBoolean(), NodeLogger.forSource("test"), Path.of("."),
                Path.of("."), 1, null);
    }

    static PortObjectSpec[] configure(Node node, PortObject... inputs) throws Exception {
        PortObjectSpec[] specs = new PortObjectSpec[inputs.length];
        for (int i = 0; i < inputs.length; i++) {
            specs[i] = inputs[i] == null ? null : inputs[i].getSpec();
        }
        return node.configure(specs, FlowObjectStack.empty());
    }

    /** Configures (with the inputs' specs) and executes; returns the first output table. */
    static DataTable run(Node node, PortObject... inputs) throws Exception {
        PortObjectSpec[] outSpecs = configure(node, inputs);
        PortObject[] out = node.execute(inputs, FlowObjectStack.empty(), context());
        DataTable table = (DataTable) out[0];
        assertEquals(outSpecs[0], table.getSpec(), "executed spec equals configured spec");
        return table;
    }

    static double[] doubles(DataTable table, String column) {
        return table.getDoubleColumn(column).toArray();
    }

    static double[] slice(double[] x, int from, int to) {
        return java.util.Arrays.copyOfRange(x, from, to);
    }

    /** A trace table: time, value and (when neurons is not null) an int Neuron column, neuron by neuron. */
    static DataTable trace(int[] neurons, double[][] times, double[][] values) {
        List<Object> spec = new ArrayList<>(List.of(TIME, DataType.DOUBLE, VALUE, DataType.DOUBLE));
        if (neurons != null) {
            spec.add(NEURON);
            spec.add(DataType.INT);
        }
        DataTableSpec s = DataTableSpec.of(spec.toArray());
        var t = Column.builder(DataType.DOUBLE, 16);
        var v = Column.builder(DataType.DOUBLE, 16);
        var n = Column.builder(DataType.INT, 16);
        for (int k = 0; k < times.length; k++) {
            for (int i = 0; i < times[k].length; i++) {
                t.appendObject(times[k][i]);
                v.appendObject(values[k][i]);
                if (neurons != null) {
                    n.appendObject(neurons[k]);
                }
            }
        }
        List<Column> cols = new ArrayList<>(List.of(t.build(), v.build()));
        if (neurons != null) {
            cols.add(n.build());
        }
        return new DataTable(s, cols);
    }

    static double[] times(double t0, double dt, int n) {
        double[] t = new double[n];
        for (int i = 0; i < n; i++) {
            t[i] = t0 + i * dt;
        }
        return t;
    }
}
