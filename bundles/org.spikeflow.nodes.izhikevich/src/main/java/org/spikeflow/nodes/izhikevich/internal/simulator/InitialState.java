package org.spikeflow.nodes.izhikevich.internal.simulator;

import org.spikeflow.core.data.Column;
import org.spikeflow.core.data.DataColumnSpec;
import org.spikeflow.core.data.DataTable;
import org.spikeflow.core.data.DataTableSpec;
import org.spikeflow.core.settings.InvalidSettingsException;

/**
 * The initial-state table (input 1): v and u per neuron, so that a loop can continue a simulation. Columns {@code v}
 * and {@code u}, or the summary output's {@code Final v (mV)} and {@code Final u}, so the summary of one run can be fed
 * into the next. Without a {@code Neuron} column row i is neuron i and the row count must equal the number of neurons;
 * with one, each row names its neuron and neurons not listed keep their v0, u0.
 */
final class InitialState {
    static final String WHAT = "initial-state table (input 1)";
    static final String[] V_COLUMNS = {"v", IzhikevichSimulatorNodeModel.FINAL_V};
    static final String[] U_COLUMNS = {"u", IzhikevichSimulatorNodeModel.FINAL_U};

    private InitialState() {
    }

    private static String find(DataTableSpec spec, String[] names) {
        for (String name : names) {
            if (spec.containsColumn(name)) {
                return name;
            }
        }
        return null;
    }

    static void checkSpec(DataTableSpec spec) throws InvalidSettingsException {
        String v = find(spec, V_COLUMNS);
        if (v == null) {
            throw new InvalidSettingsException("The " + WHAT + " has no column 'v' (or '"
                    + IzhikevichSimulatorNodeModel.FINAL_V + "'): it needs v and u per neuron (optionally a 'Neuron'"
                    + " column); its columns are " + NeuronTable.names(spec));
        }
        numeric(spec, v);
        String u = find(spec, U_COLUMNS);
        if (u != null) {
            numeric(spec, u);
        }
        if (spec.containsColumn(IzhikevichSimulatorNodeModel.NEURON)) {
            numeric(spec, IzhikevichSimulatorNodeModel.NEURON);
        }
    }

    private static void numeric(DataTableSpec spec, String name) throws InvalidSettingsException {
        DataColumnSpec column = spec.getColumnSpec(spec.findColumnIndex(name));
        if (!column.type().isNumeric()) {
            throw new InvalidSettingsException("Column '" + name + "' of the " + WHAT + " has type "
                    + column.type().label() + "; it must be numeric");
        }
    }

    /** Sets v0 and u0 of the listed neurons (u = b·v where the table has no u or the cell is empty). */
    static void apply(DataTable table, NeuronTable neurons) throws InvalidSettingsException {
        DataTableSpec spec = table.getSpec();
        checkSpec(spec);
        int rows = table.getRowCount();
        String vName = find(spec, V_COLUMNS);
        String uName = find(spec, U_COLUMNS);
        double[] v = table.getDoubleColumn(vName).toArray();
        double[] u = uName == null ? null : table.getDoubleColumn(uName).toArray();
        int[] target = new int[rows];
        if (spec.containsColumn(IzhikevichSimulatorNodeModel.NEURON)) {
            double[] ids = table.getDoubleColumn(IzhikevichSimulatorNodeModel.NEURON).toArray();
            boolean[] seen = new boolean[neurons.size];
            for (int r = 0; r < rows; r++) {
                double id = ids[r];
                if (!(id >= 0 && id < neurons.size && id == Math.rint(id))) {
                    throw new InvalidSettingsException("Row " + r + " of the " + WHAT + ": Neuron " + format(id)
                            + " is not a neuron of this run (0 to " + (neurons.size - 1) + ")");
                }
                int i = (int) id;
                if (seen[i]) {
                    throw new InvalidSettingsException("Row " + r + " of the " + WHAT + ": neuron " + i
                            + " is listed twice; give one state per neuron (e.g. the summary, output 2, of the"
                            + " previous run)");
                }
                seen[i] = true;
                target[r] = i;
            }
        } else {
            if (rows != neurons.size) {
                throw new InvalidSettingsException("The " + WHAT + " has " + rows + " rows but the run has "
                        + neurons.size + (neurons.size == 1 ? " neuron" : " neurons") + ": give one row per neuron"
                        + " (e.g. the summary, output 2, of the previous run) or a 'Neuron' column");
            }
            for (int r = 0; r < rows; r++) {
                target[r] = r;
            }
        }
        Column vColumn = table.getColumn(vName);
        for (int r = 0; r < rows; r++) {
            if (!Double.isFinite(v[r])) {
                throw new InvalidSettingsException("Row " + r + " of the " + WHAT + ": column '" + vName + "' is "
                        + (vColumn.isMissing(r) ? "missing" : String.valueOf(v[r])) + "; it must be a finite number");
            }
            if (u != null && Double.isInfinite(u[r])) {
                throw new InvalidSettingsException("Row " + r + " of the " + WHAT + ": column '" + uName + "' is "
                        + u[r] + "; it must be a finite number");
            }
        }
        for (int r = 0; r < rows; r++) {
            int i = target[r];
            neurons.v0[i] = v[r];
            neurons.u0[i] = u == null ? Double.NaN : u[r]; // NaN: b·v in the run's precision
        }
    }

    private static String format(double x) {
        return x == Math.rint(x) && Math.abs(x) < 1e15 ? Long.toString((long) x) : Double.toString(x);
    }
}
