package org.spikeflow.nodes.izhikevich.internal.simulator;

import java.util.Arrays;

import org.spikeflow.core.data.Column;
import org.spikeflow.core.data.DataColumnSpec;
import org.spikeflow.core.data.DataTable;
import org.spikeflow.core.data.DataTableSpec;
import org.spikeflow.core.settings.InvalidSettingsException;
import org.spikeflow.izhikevich.NeuronParameters;

/**
 * The neurons of one run, one entry per neuron (structure of arrays): from the settings (one neuron) or from the
 * parameter table (one neuron per row). A u0 that is not given stays NaN: the run computes b·v0 in its own precision
 * (in float from b and v0 rounded once), see {@link #u0(int)} for its double value.
 */
final class NeuronTable {
    static final String WHAT = "parameter table (input 0)";
    /** Accepted names of the constant-current column, in order of preference. */
    static final String[] CURRENT_COLUMNS = {"I", "I (pA)"};
    static final String[] OPTIONAL_COLUMNS = {"v0", "u0", "k2", "k1", "k0"};

    final int size;
    final boolean population;
    final double[] a;
    final double[] b;
    final double[] c;
    final double[] d;
    final double[] current;
    final double[] v0;
    /** NaN where not given (b·v0 in the run's precision). */
    final double[] u0;
    /** Per-neuron coefficients, or null when every neuron has the setup's. */
    final double[] k2;
    final double[] k1;
    final double[] k0;
    final String[] labels;
    final NeuronParameters shared;

    private NeuronTable(int size, boolean population, double[] a, double[] b, double[] c, double[] d,
            double[] current, double[] v0, double[] u0, double[] k2, double[] k1, double[] k0, String[] labels,
            NeuronParameters shared) {
        this.size = size;
        this.population = population;
        this.a = a;
        this.b = b;
        this.c = c;
        this.d = d;
        this.current = current;
        this.v0 = v0;
        this.u0 = u0;
        this.k2 = k2;
        this.k1 = k1;
        this.k0 = k0;
        this.labels = labels;
        this.shared = shared;
    }

    /** The single neuron of the settings. */
    static NeuronTable single(SimulationSetup setup) {
        NeuronParameters p = setup.neuron();
        return new NeuronTable(1, false, new double[] {p.a()}, new double[] {p.b()}, new double[] {p.c()},
                new double[] {p.d()}, new double[] {setup.current()}, new double[] {p.v0()},
                new double[] {p.hasExplicitU0() ? p.u0() : Double.NaN},
                null, null, null, new String[] {setup.label()}, p);
    }

    /** @return the initial u of neuron i in double ({@code b·v0} where not given) */
    double u0(int i) {
        return Double.isNaN(u0[i]) ? b[i] * v0[i] : u0[i];
    }

    double k2(int i) {
        return k2 == null ? shared.k2() : k2[i];
    }

    double k1(int i) {
        return k1 == null ? shared.k1() : k1[i];
    }

    double k0(int i) {
        return k0 == null ? shared.k0() : k0[i];
    }

    String label(int i) {
        return labels == null ? "" : labels[i];
    }

    /** The name of the current column the table has, or null. */
    static String currentColumn(DataTableSpec spec) {
        for (String name : CURRENT_COLUMNS) {
            if (spec.containsColumn(name)) {
                return name;
            }
        }
        return null;
    }

    /** Checks that the table has numeric a, b, c, d and I columns (and that optional ones are numeric). */
    static void checkSpec(DataTableSpec spec) throws InvalidSettingsException {
        for (String name : new String[] {"a", "b", "c", "d"}) {
            requireNumeric(spec, name, true);
        }
        String current = currentColumn(spec);
        if (current == null) {
            throw new InvalidSettingsException("The " + WHAT + " has no column 'I' (the input current; 'I (pA)' is"
                    + " accepted too). It needs the columns a, b, c, d and I, one row per neuron (optional: v0, u0,"
                    + " k2, k1, k0); its columns are " + names(spec));
        }
        requireNumeric(spec, current, true);
        for (String name : OPTIONAL_COLUMNS) {
            requireNumeric(spec, name, false);
        }
    }

    private static void requireNumeric(DataTableSpec spec, String name, boolean required)
            throws InvalidSettingsException {
        int index = spec.findColumnIndex(name);
        if (index < 0) {
            if (required) {
                throw new InvalidSettingsException("The " + WHAT + " has no column '" + name + "'. It needs the"
                        + " columns a, b, c, d and I, one row per neuron (optional: v0, u0, k2, k1, k0); its columns"
                        + " are " + names(spec));
            }
            return;
        }
        DataColumnSpec column = spec.getColumnSpec(index);
        if (!column.type().isNumeric()) {
            throw new InvalidSettingsException("Column '" + name + "' of the " + WHAT + " has type "
                    + column.type().label() + "; it must be numeric (double, int or long)");
        }
    }

    static String names(DataTableSpec spec) {
        return String.join(", ", spec.columnNames().stream().map(n -> "'" + n + "'").toList());
    }

    /**
     * Reads the parameter table: columns a, b, c, d, I required; v0, u0, k2, k1, k0 optional (v0, k2, k1, k0 default to
     * the setup's neuron, u0 to b·v0 of the row); other columns are ignored except the label column.
     *
     * @throws InvalidSettingsException
     *             naming the column and row of a missing or non-finite value
     */
    static NeuronTable read(DataTable table, SimulationSetup setup, String labelColumn)
            throws InvalidSettingsException {
        DataTableSpec spec = table.getSpec();
        checkSpec(spec);
        int n = table.getRowCount();
        if (n == 0) {
            throw new InvalidSettingsException("The " + WHAT + " has no rows: it needs one row per neuron");
        }
        NeuronParameters p = setup.neuron();
        double[] a = finiteColumn(table, "a");
        double[] b = finiteColumn(table, "b");
        double[] c = finiteColumn(table, "c");
        double[] d = finiteColumn(table, "d");
        double[] current = finiteColumn(table, currentColumn(spec));
        double[] v0 = spec.containsColumn("v0") ? finiteColumn(table, "v0") : filled(n, p.v0());
        double[] u0;
        if (spec.containsColumn("u0")) {
            // a missing or NaN u0 means b·v0, as in the settings
            u0 = table.getDoubleColumn("u0").toArray();
            for (int i = 0; i < n; i++) {
                if (Double.isInfinite(u0[i])) {
                    throw new InvalidSettingsException("Row " + i + " of the " + WHAT + ": column 'u0' is "
                            + u0[i] + "; it must be a finite number (or empty for b·v0)");
                }
            }
        } else {
            u0 = new double[n]; // b·v0 of each row
            Arrays.fill(u0, Double.NaN);
        }
        double[] k2 = coefficient(table, "k2", p.k2());
        double[] k1 = coefficient(table, "k1", p.k1());
        double[] k0 = coefficient(table, "k0", p.k0());
        String[] labels = null;
        if (labelColumn != null && !labelColumn.isBlank() && spec.containsColumn(labelColumn)) {
            Column column = table.getColumn(labelColumn);
            labels = new String[n];
            for (int i = 0; i < n; i++) {
                labels[i] = column.format(i);
            }
        }
        return new NeuronTable(n, true, a, b, c, d, current, v0, u0, k2, k1, k0, labels, p);
    }

    private static double[] filled(int n, double value) {
        double[] x = new double[n];
        Arrays.fill(x, value);
        return x;
    }

    /** The column's values, or null when the table lacks it or every row equals {@code shared}. */
    private static double[] coefficient(DataTable table, String name, double shared) throws InvalidSettingsException {
        if (!table.getSpec().containsColumn(name)) {
            return null;
        }
        double[] values = finiteColumn(table, name);
        for (double v : values) {
            if (Double.doubleToLongBits(v) != Double.doubleToLongBits(shared)) {
                return values;
            }
        }
        return null;
    }

    private static double[] finiteColumn(DataTable table, String name) throws InvalidSettingsException {
        double[] values = table.getDoubleColumn(name).toArray();
        Column column = table.getColumn(name);
        for (int i = 0; i < values.length; i++) {
            if (!Double.isFinite(values[i])) {
                String what = column.isMissing(i) && !Double.isNaN(values[i])
                        ? "missing"
                        : column.isMissing(i) ? "missing (or NaN)" : String.valueOf(values[i]);
                throw new InvalidSettingsException("Row " + i + " of the " + WHAT + ": column '" + name + "' is "
                        + what + "; every neuron needs a finite value");
            }
        }
        return values;
    }
}
