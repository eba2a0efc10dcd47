package org.spikeflow.nodes.izhikevich.internal.sweep;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;
import java.util.SplittableRandom;

import org.spikeflow.core.data.Column;
import org.spikeflow.core.data.DataColumnSpec;
import org.spikeflow.core.data.DataTable;
import org.spikeflow.core.data.DataTableSpec;
import org.spikeflow.core.data.DataType;
import org.spikeflow.core.data.DoubleColumn;
import org.spikeflow.core.data.IntColumn;
import org.spikeflow.core.data.StringColumn;
import org.spikeflow.core.node.CanceledExecutionException;
import org.spikeflow.core.node.ExecutionMonitor;
import org.spikeflow.core.settings.InvalidSettingsException;

/**
 * Builds the parameter table of a sweep column by column in primitive arrays. {@link #plan} checks the settings and
 * computes the size before anything is allocated; {@link #generate} fills the table.
 */
public final class SweepGenerator {
    public static final String INDEX = "i";
    public static final String LABEL = "Sweep";
    public static final String PARAMETER = "Parameter";

    /** Significant digits of label values: exact-looking for lists, fewer for random draws. */
    private static final int LABEL_DIGITS = 10;
    private static final int RANDOM_LABEL_DIGITS = 6;
    private static final int CHECK_INTERVAL = 1 << 16;

    private SweepGenerator() {
    }

    /** One checked dimension: its value list (null for random intervals) or interval. */
    record Dim(SweepParameter parameter, double[] values, double low, double high, boolean log, boolean offsets) {
        int size() {
            return values.length;
        }
    }

    /** A checked sweep: what to generate and how many rows. */
    public record Plan(ParameterSweepGeneratorNodeSettings settings, List<Dim> dims, int rows, boolean hasV0) {
        public DataTableSpec spec() {
            List<DataColumnSpec> columns = new ArrayList<>();
            columns.add(new DataColumnSpec(INDEX, DataType.INT));
            if (settings.labels) {
                columns.add(new DataColumnSpec(LABEL, DataType.STRING));
            }
            if (settings.mode == SweepMode.ONE_AT_A_TIME) {
                columns.add(new DataColumnSpec(PARAMETER, DataType.STRING));
            }
            for (SweepParameter p : parameters(hasV0)) {
                columns.add(new DataColumnSpec(p.column(), DataType.DOUBLE));
            }
            return new DataTableSpec(columns);
        }

        /** Bytes the table will take, roughly. */
        public long estimatedBytes() {
            long perRow = 4 + 8L * parameters(hasV0).size() + (settings.labels ? 100 : 0)
                    + (settings.mode == SweepMode.ONE_AT_A_TIME ? 8 : 0);
            return perRow * rows;
        }
    }

    static List<SweepParameter> parameters(boolean hasV0) {
        List<SweepParameter> list = new ArrayList<>(List.of(SweepParameter.A, SweepParameter.B, SweepParameter.C,
                SweepParameter.D, SweepParameter.I));
        if (hasV0) {
            list.add(SweepParameter.V0);
        }
        return list;
    }

    // ---------------------------------------------------------------------------------------------------- planning

    /**
     * @throws InvalidSettingsException
     *             naming the setting that is wrong, or saying why the sweep is too large
     */
    public static Plan plan(ParameterSweepGeneratorNodeSettings s) throws InvalidSettingsException {
        if (s.dimensions == null || s.dimensions.isEmpty()) {
            throw new InvalidSettingsException("Setting 'dimensions' must list at least one swept parameter");
        }
        boolean sampling = s.mode == SweepMode.RANDOM || s.mode == SweepMode.LATIN_HYPERCUBE;
        List<Dim> dims = new ArrayList<>();
        Set<SweepParameter> seen = EnumSet.noneOf(SweepParameter.class);
        boolean hasV0 = false;
        for (int k = 0; k < s.dimensions.size(); k++) {
            SweepDimension d = s.dimensions.get(k);
            String path = "dimensions." + k;
            if (d == null || d.parameter == null || d.spacing == null) {
                throw new InvalidSettingsException("Setting '" + path + "' needs a parameter and a spacing");
            }
            if (s.mode != SweepMode.ONE_AT_A_TIME && !seen.add(d.parameter)) {
                throw new InvalidSettingsException("Setting '" + path + "': parameter " + d.parameter.column()
                        + " is swept twice; in " + modeName(s.mode) + " mode each parameter may appear once");
            }
            hasV0 |= d.parameter == SweepParameter.V0;
            dims.add(sampling ? interval(d, path) : list(d, path, s.maxRows));
        }
        long rows;
        switch (s.mode) {
            case GRID -> {
                rows = 1;
                StringBuilder sizes = new StringBuilder();
                for (Dim dim : dims) {
                    sizes.append(sizes.length() == 0 ? "" : " × ").append(dim.size()).append(" values of ")
                            .append(dim.parameter().column());
                    try {
                        rows = Math.multiplyExact(rows, dim.size());
                    } catch (ArithmeticException e) {
                        rows = Long.MAX_VALUE;
                    }
                }
                if (rows > s.maxRows) {
                    throw new InvalidSettingsException("The grid would have " + (rows == Long.MAX_VALUE
                            ? "more than 9.2e18"
                            : String.valueOf(rows)) + " rows (" + sizes + "), more than"
                            + " 'maxRows' (" + s.maxRows + "). Use fewer values, or random or latinHypercube"
                            + " sampling with a number of samples.");
                }
            }
            case ONE_AT_A_TIME -> {
                rows = 0;
                for (Dim dim : dims) {
                    rows += dim.size();
                }
                if (rows > s.maxRows) {
                    throw new InvalidSettingsException("The one-at-a-time sweep would have " + rows + " rows, more"
                            + " than 'maxRows' (" + s.maxRows + ")");
                }
            }
            default -> {
                rows = s.samples;
                if (rows > s.maxRows) {
                    throw new InvalidSettingsException("Setting 'samples' (" + s.samples + ") is more than 'maxRows' ("
                            + s.maxRows + ")");
                }
            }
        }
        return new Plan(s, dims, (int) rows, hasV0);
    }

    private static String modeName(SweepMode mode) {
        return switch (mode) {
            case GRID -> "grid";
            case ONE_AT_A_TIME -> "oneAtATime";
            case RANDOM -> "random";
            case LATIN_HYPERCUBE -> "latinHypercube";
        };
    }

    private static double required(Double value, String path, String field, String spacing)
            throws InvalidSettingsException {
        if (value == null) {
            throw new InvalidSettingsException("Setting '" + path + "." + field + "' is required for spacing "
                    + spacing);
        }
        if (!Double.isFinite(value)) {
            throw new InvalidSettingsException("Setting '" + path + "." + field + "' must be a finite number, not "
                    + value);
        }
        return value;
    }

    private static double[] givenValues(SweepDimension d, String path) throws InvalidSettingsException {
        if (d.values == null || d.values.isEmpty()) {
            throw new InvalidSettingsException("Setting '" + path + ".values' needs at least one value for spacing"
                    + " values");
        }
        double[] values = new double[d.values.size()];
        for (int i = 0; i < values.length; i++) {
            Double v = d.values.get(i);
            if (v == null || !Double.isFinite(v)) {
                throw new InvalidSettingsException("Setting '" + path + ".values." + i + "' must be a finite number");
            }
            values[i] = v;
        }
        return values;
    }

    private static int count(SweepDimension d, String path, String spacing) throws InvalidSettingsException {
        if (d.count == null || d.count < 1) {
            throw new InvalidSettingsException("Setting '" + path + ".count' must be at least 1 for spacing "
                    + spacing);
        }
        return d.count;
    }

    /** The dimension's values for grid and one-at-a-time sweeps. */
    static Dim list(SweepDimension d, String path, int maxRows) throws InvalidSettingsException {
        double[] values = switch (d.spacing) {
            case VALUES -> givenValues(d, path);
            case RANGE -> {
                double start = required(d.start, path, "start", "range");
                double stop = required(d.stop, path, "stop", "range");
                double step = required(d.step, path, "step", "range");
                if (step == 0 || (stop - start) * step < 0) {
                    throw new InvalidSettingsException(
                            "Setting '" + path + ".step' is " + step + ": it must be non-zero"
                                    + " and lead from start (" + start + ") to stop (" + stop + ")");
                }
                double span = (stop - start) / step;
                double n = Math.floor(span + 1e-9 * Math.max(1, Math.abs(span))) + 1;
                if (n > maxRows) {
                    throw new InvalidSettingsException("Setting '" + path + "': the range from " + start + " to "
                            + stop + " in steps of " + step + " has " + (long) n + " values, more than 'maxRows' ("
                            + maxRows + ")");
                }
                double[] x = new double[(int) n];
                for (int i = 0; i < x.length; i++) {
                    x[i] = start + i * step;
                }
                yield x;
            }
            case LINSPACE -> linspace(required(d.start, path, "start", "linspace"),
                    required(d.stop, path, "stop", "linspace"), checkedCount(d, path, "linspace", maxRows));
            case LOGSPACE -> {
                double start = required(d.start, path, "start", "logspace");
                double stop = required(d.stop, path, "stop", "logspace");
                checkLog(start, stop, path);
                yield logspace(start, stop, checkedCount(d, path, "logspace", maxRows));
            }
        };
        return new Dim(d.parameter, values, Double.NaN, Double.NaN, false, d.isOffsets());
    }

    private static int checkedCount(SweepDimension d, String path, String spacing, int maxRows)
            throws InvalidSettingsException {
        int n = count(d, path, spacing);
        if (n > maxRows) {
            throw new InvalidSettingsException("Setting '" + path + ".count' (" + n + ") is more than 'maxRows' ("
                    + maxRows + ")");
        }
        return n;
    }

    private static void checkLog(double start, double stop, String path) throws InvalidSettingsException {
        if (start == 0 || stop == 0 || (start < 0) != (stop < 0)) {
            throw new InvalidSettingsException("Setting '" + path + "': logspace needs start and stop of the same"
                    + " sign and not 0 (got " + start + " and " + stop + ")");
        }
    }

    /** The dimension's interval (or value list) for random and Latin hypercube sampling. */
    static Dim interval(SweepDimension d, String path) throws InvalidSettingsException {
        if (d.spacing == Spacing.VALUES) {
            return new Dim(d.parameter, givenValues(d, path), Double.NaN, Double.NaN, false, d.isOffsets());
        }
        String spacing = d.spacing.name().toLowerCase(java.util.Locale.ROOT);
        double start = required(d.start, path, "start", spacing);
        double stop = required(d.stop, path, "stop", spacing);
        boolean log = d.spacing == Spacing.LOGSPACE;
        if (log) {
            checkLog(start, stop, path);
        }
        return new Dim(d.parameter, null, start, stop, log, d.isOffsets());
    }

    /** numpy.linspace: {@code k*step + start} with {@code step = (stop - start)/(count - 1)}, the last exactly stop. */
    public static double[] linspace(double start, double stop, int count) {
        double[] x = new double[count];
        if (count == 1) {
            x[0] = start;
            return x;
        }
        double step = (stop - start) / (count - 1);
        for (int k = 0; k < count; k++) {
            x[k] = k * step + start;
        }
        x[count - 1] = stop;
        return x;
    }

    /** numpy.geomspace: evenly spaced on a log scale, the ends exactly start and stop. */
    public static double[] logspace(double start, double stop, int count) {
        double sign = start < 0 ? -1 : 1;
        double[] exponents = linspace(Math.log10(Math.abs(start)), Math.log10(Math.abs(stop)), count);
        double[] x = new double[count];
        for (int k = 0; k < count; k++) {
            x[k] = sign * Math.pow(10, exponents[k]);
        }
        x[0] = start;
        x[count - 1] = stop;
        return x;
    }

    // -------------------------------------------------------------------------------------------------- generating

    /** Builds the table of a plan (checking for cancel every 65536 rows). */
    public static DataTable generate(Plan plan, ExecutionMonitor monitor) throws CanceledExecutionException {
        ParameterSweepGeneratorNodeSettings s = plan.settings();
        int n = plan.rows();
        List<SweepParameter> parameters = parameters(plan.hasV0());
        double[][] columns = new double[SweepParameter.values().length][];
        for (SweepParameter p : parameters) {
            columns[p.ordinal()] = new double[n];
            Arrays.fill(columns[p.ordinal()], baseline(s, p));
        }
        String[] labels = s.labels ? new String[n] : null;
        String[] varied = s.mode == SweepMode.ONE_AT_A_TIME ? new String[n] : null;
        switch (s.mode) {
            case GRID -> grid(plan, columns, labels, monitor);
            case ONE_AT_A_TIME -> oneAtATime(plan, columns, labels, varied, monitor);
            case RANDOM, LATIN_HYPERCUBE -> sample(plan, columns, labels, monitor);
        }
        int[] index = new int[n];
        Arrays.setAll(index, i -> i);
        List<Column> out = new ArrayList<>();
        out.add(IntColumn.of(index));
        if (labels != null) {
            out.add(StringColumn.of(labels));
        }
        if (varied != null) {
            out.add(StringColumn.of(varied));
        }
        for (SweepParameter p : parameters) {
            out.add(DoubleColumn.of(columns[p.ordinal()]));
        }
        return new DataTable(plan.spec(), out);
    }

    static double baseline(ParameterSweepGeneratorNodeSettings s, SweepParameter p) {
        return switch (p) {
            case A -> s.a;
            case B -> s.b;
            case C -> s.c;
            case D -> s.d;
            case I -> s.current;
            case V0 -> s.v0;
        };
    }

    /** The values as they go into the table: baseline + value for offsets. */
    private static double[] effective(Dim dim, ParameterSweepGeneratorNodeSettings s) {
        if (!dim.offsets()) {
            return dim.values();
        }
        double base = baseline(s, dim.parameter());
        double[] x = new double[dim.values().length];
        for (int i = 0; i < x.length; i++) {
            x[i] = base + dim.values()[i];
        }
        return x;
    }

    private static String[] labelParts(SweepParameter p, double[] values, int digits) {
        String[] parts = new String[values.length];
        for (int i = 0; i < values.length; i++) {
            parts[i] = p.column() + "=" + LabelFormat.format(values[i], digits);
        }
        return parts;
    }

    private static void grid(Plan plan, double[][] columns, String[] labels, ExecutionMonitor monitor)
            throws CanceledExecutionException {
        int n = plan.rows();
        List<Dim> dims = plan.dims();
        int[] strides = new int[dims.size()];
        long stride = 1;
        for (int k = dims.size() - 1; k >= 0; k--) {
            strides[k] = (int) stride;
            stride *= dims.get(k).size();
        }
        String[][] parts = new String[dims.size()][];
        for (int k = 0; k < dims.size(); k++) {
            Dim dim = dims.get(k);
            double[] values = effective(dim, plan.settings());
            double[] column = columns[dim.parameter().ordinal()];
            int size = values.length;
            for (int block = 0, from = 0; from < n; block++, from += strides[k]) {
                Arrays.fill(column, from, from + strides[k], values[block % size]);
                if ((block & 0xFFF) == 0) {
                    monitor.checkCanceled();
                }
            }
            if (labels != null) {
                parts[k] = labelParts(dim.parameter(), values, LABEL_DIGITS);
            }
        }
        if (labels != null) {
            StringBuilder sb = new StringBuilder();
            for (int r = 0; r < n; r++) {
                sb.setLength(0);
                for (int k = 0; k < dims.size(); k++) {
                    if (k > 0) {
                        sb.append(", ");
                    }
                    sb.append(parts[k][(r / strides[k]) % dims.get(k).size()]);
                }
                labels[r] = sb.toString();
                progress(monitor, r, n);
            }
        }
    }

    private static void oneAtATime(Plan plan, double[][] columns, String[] labels, String[] varied,
            ExecutionMonitor monitor) throws CanceledExecutionException {
        int row = 0;
        for (Dim dim : plan.dims()) {
            double[] values = effective(dim, plan.settings());
            String[] parts = labels != null ? labelParts(dim.parameter(), values, LABEL_DIGITS) : null;
            double[] column = columns[dim.parameter().ordinal()];
            String name = dim.parameter().column();
            for (int j = 0; j < values.length; j++, row++) {
                column[row] = values[j];
                varied[row] = name;
                if (labels != null) {
                    labels[row] = parts[j];
                }
                progress(monitor, row, plan.rows());
            }
        }
    }

    /**
     * Random and Latin hypercube sampling. Each dimension draws from its own stream, split in dimension order from one
     * generator seeded with the setting, so the table depends only on the settings. A Latin hypercube puts sample r of
     * a dimension into stratum perm[r] (a random permutation of 0..n-1) at a uniform position within it.
     */
    private static void sample(Plan plan, double[][] columns, String[] labels, ExecutionMonitor monitor)
            throws CanceledExecutionException {
        ParameterSweepGeneratorNodeSettings s = plan.settings();
        int n = plan.rows();
        boolean lhs = s.mode == SweepMode.LATIN_HYPERCUBE;
        SplittableRandom root = new SplittableRandom(s.seed);
        List<Dim> dims = plan.dims();
        for (Dim dim : dims) {
            SplittableRandom rng = root.split();
            int[] strata = null;
            if (lhs) {
                strata = new int[n];
                Arrays.setAll(strata, i -> i);
                for (int i = n - 1; i > 0; i--) {
                    int j = rng.nextInt(i + 1);
                    int t = strata[i];
                    strata[i] = strata[j];
                    strata[j] = t;
                }
            }
            double[] column = columns[dim.parameter().ordinal()];
            double base = dim.offsets() ? baseline(s, dim.parameter()) : 0;
            for (int r = 0; r < n; r++) {
                double u = lhs ? (strata[r] + rng.nextDouble()) / n : rng.nextDouble();
                double value;
                if (dim.values() != null) {
                    value = dim.values()[Math.min(dim.values().length - 1, (int) (u * dim.values().length))];
                } else if (dim.log()) {
                    double sign = dim.low() < 0 ? -1 : 1;
                    double lo = Math.log(Math.abs(dim.low()));
                    double hi = Math.log(Math.abs(dim.high()));
                    value = sign * Math.exp(lo + u * (hi - lo));
                } else {
                    value = dim.low() + u * (dim.high() - dim.low());
                }
                column[r] = dim.offsets() ? base + value : value;
                if ((r & (CHECK_INTERVAL - 1)) == 0) {
                    monitor.checkCanceled();
                }
            }
        }
        if (labels != null) {
            StringBuilder sb = new StringBuilder();
            for (int r = 0; r < n; r++) {
                sb.setLength(0);
                for (int k = 0; k < dims.size(); k++) {
                    SweepParameter p = dims.get(k).parameter();
                    if (k > 0) {
                        sb.append(", ");
                    }
                    sb.append(p.column()).append('=')
                            .append(LabelFormat.format(columns[p.ordinal()][r], RANDOM_LABEL_DIGITS));
                }
                labels[r] = sb.toString();
                progress(monitor, r, n);
            }
        }
    }

    private static void progress(ExecutionMonitor monitor, int row, int rows) throws CanceledExecutionException {
        if ((row & (CHECK_INTERVAL - 1)) == 0) {
            monitor.checkCanceled();
            monitor.setProgress((double) row / Math.max(1, rows), "row " + row + " of " + rows);
        }
    }
}
