package org.spikeflow.nodes.forecast.tests;

import java.util.ArrayList;
import java.util.List;

import org.spikeflow.core.data.Column;
import org.spikeflow.core.data.DataTable;
import org.spikeflow.core.data.DataTableSpec;
import org.spikeflow.core.data.DataType;
import org.spikeflow.core.data.TraceColumns;
import org.spikeflow.core.flowvar.FlowObjectStack;
import org.spikeflow.core.node.ExecutionContext;
import org.spikeflow.core.runtime.Node;
import org.spikeflow.core.port.PortObject;
import org.spikeflow.core.port.PortObjectSpec;
import org.spikeflow.testing.NodeTesting;

/** Drives the nodes through {@link Node} (settings → configure → execute). */
final class Harness {
    static final String TIME = TraceColumns.TIME;
    static final String VALUE = TraceColumns.MEMBRANE_POTENTIAL;
    static final String NEURON = "Neuron";

    private Harness() {
    }

    static ExecutionContext context() {
        return NodeTesting.context();
    }

    static PortObjectSpec[] configure(Node node, PortObject... inputs) throws Exception {
        return NodeTesting.configure(node, inputs);
    }

    /** Configures (with the inputs' specs) and executes; returns the first output table. */
    static DataTable run(Node node, PortObject... inputs) throws Exception {
        return (DataTable) NodeTesting.execute(node, FlowObjectStack.empty(), context(), inputs)[0];
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
