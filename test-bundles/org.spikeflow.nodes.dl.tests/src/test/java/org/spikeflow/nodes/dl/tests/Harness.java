package org.spikeflow.nodes.dl.tests;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import java.util.concurrent.atomic.AtomicBoolean;

import org.spikeflow.core.data.Column;
import org.spikeflow.core.data.ColumnBuilder;
import org.spikeflow.core.data.DataTable;
import org.spikeflow.core.data.DataTableSpec;
import org.spikeflow.core.data.DataType;
import org.spikeflow.core.data.TraceColumns;
import org.spikeflow.core.flowvar.FlowObjectStack;
import org.spikeflow.core.node.ExecutionContext;
import org.spikeflow.core.runtime.Node;
import org.spikeflow.core.node.ProgressListener;
import org.spikeflow.core.port.PortObject;
import org.spikeflow.testing.NodeTesting;

/** Drives the nodes through {@link Node} and builds forecast and trace tables like the forecaster nodes write. */
final class Harness {
    static final String TIME = TraceColumns.TIME;
    static final String VALUE = TraceColumns.MEMBRANE_POTENTIAL;
    static final String NEURON = "Neuron";
    static final String MODEL = "SeasonalNaive";

    private Harness() {
    }

    static ExecutionContext context(Path folder, ProgressListener listener, AtomicBoolean canceled) {
        return NodeTesting.context(folder, 1, listener, canceled, null);
    }

    static PortObject[] run(Node node, Path folder, PortObject... inputs) throws Exception {
        return run(node, context(folder, (p, m) -> {}, new AtomicBoolean()), FlowObjectStack.empty(), inputs);
    }

    static PortObject[] run(Node node, ExecutionContext exec, FlowObjectStack stack, PortObject... inputs)
            throws Exception {
        return NodeTesting.execute(node, stack, exec, inputs);
    }

    /**
     * Synthetic forecasts of {@code neurons} neurons, {@code forecasts} successive forecasts each (separated by a time
     * gap) of {@code h} steps: the actual is the base plus a residual that depends on the base and its own past.
     *
     * @return {base forecast table with 80 % bounds, actual trace table, context trace table}
     */
    static DataTable[] data(int neurons, int forecasts, int h, long seed) {
        Random random = new Random(seed);
        DataTableSpec forecastSpec = DataTableSpec.of(TIME, DataType.DOUBLE, NEURON, DataType.INT, MODEL,
                DataType.DOUBLE, MODEL + "-hi-80", DataType.DOUBLE, MODEL + "-lo-80", DataType.DOUBLE);
        DataTableSpec traceSpec = DataTableSpec.of(TIME, DataType.DOUBLE, VALUE, DataType.DOUBLE, NEURON,
                DataType.INT);
        List<ColumnBuilder> f = builders(forecastSpec);
        List<ColumnBuilder> a = builders(traceSpec);
        List<ColumnBuilder> c = builders(traceSpec);
        for (int n = 0; n < neurons; n++) {
            double phase = random.nextDouble() * 6;
            for (int k = 0; k < forecasts; k++) {
                double origin = k * (h + 20) * 0.25;
                for (int i = -10; i < 0; i++) {
                    double t = origin + i * 0.25;
                    append(c, t, -60 + 8 * Math.sin(phase + (k * (h + 20) + i) * 0.3), n);
                }
                double r = 0;
                for (int i = 0; i < h; i++) {
                    double t = origin + i * 0.25;
                    double base = -60 + 8 * Math.sin(phase + (k * (h + 20) + i) * 0.3);
                    r = 0.6 * r + 0.25 * (base + 60) + 1.5 + 0.05 * random.nextGaussian();
                    append(f, t, n, base, base + 3, base - 3);
                    append(a, t, base + r, n);
                }
            }
        }
        return new DataTable[] {build(forecastSpec, f), build(traceSpec, a), build(traceSpec, c)};
    }

    private static List<ColumnBuilder> builders(DataTableSpec spec) {
        List<ColumnBuilder> out = new ArrayList<>();
        for (int i = 0; i < spec.getNumColumns(); i++) {
            out.add(Column.builder(spec.getColumnSpec(i).type(), 64));
        }
        return out;
    }

    private static void append(List<ColumnBuilder> builders, Object... values) {
        for (int i = 0; i < values.length; i++) {
            builders.get(i).appendObject(values[i]);
        }
    }

    private static DataTable build(DataTableSpec spec, List<ColumnBuilder> builders) {
        List<Column> columns = new ArrayList<>();
        for (ColumnBuilder b : builders) {
            columns.add(b.build());
        }
        return new DataTable(spec, columns);
    }

    /** The table with one cell of a double column replaced. */
    static DataTable withValue(DataTable table, String column, int row, double value) {
        double[] values = NodeTesting.doubles(table, column);
        values[row] = value;
        List<Column> columns = new ArrayList<>(table.getColumns());
        columns.set(table.getSpec().findColumnIndex(column), org.spikeflow.core.data.DoubleColumn.of(values));
        return new DataTable(table.getSpec(), columns);
    }

    static double mae(double[] a, double[] b) {
        double sum = 0;
        for (int i = 0; i < a.length; i++) {
            sum += Math.abs(a[i] - b[i]);
        }
        return sum / a.length;
    }
}
