package org.spikeflow.spark;

import java.util.ArrayList;
import java.util.List;

/**
 * A parameter sweep generated on the cluster, row by row from its index, so it is never held in one place: a grid (the
 * first axis varies slowest), uniform random samples or a Latin hypercube. Parameters that no axis sweeps keep their
 * {@link #base} value. Columns: i (long, from 0), a, b, c, d, I.
 */
public final class SweepSpec implements java.io.Serializable {
    private static final long serialVersionUID = 1L;
    public static final String GRID = "grid";
    public static final String RANDOM = "random";
    public static final String LATIN_HYPERCUBE = "latinHypercube";

    public String mode = GRID;
    public List<Axis> axes = new ArrayList<>();
    /** rows of random and latinHypercube sweeps */
    public long samples;
    public long seed = 1;
    /** a, b, c, d, I of the regular spiking neuron (Izhikevich 2003) */
    public double[] base = {0.02, 0.2, -65, 8, 10};

    /** One swept parameter: listed values (grid) or an interval [low, high) (random, latinHypercube). */
    public static final class Axis implements java.io.Serializable {
        private static final long serialVersionUID = 1L;
        /** a, b, c, d or I */
        public String parameter;
        public double[] values;
        public double low;
        public double high;
    }

    public static final List<String> PARAMETERS = List.of("a", "b", "c", "d", "I");

    /** @return the number of rows, or -1 if a grid has more than Long.MAX_VALUE */
    public long rows() {
        if (!GRID.equals(mode)) {
            return samples;
        }
        long rows = 1;
        for (Axis axis : axes) {
            try {
                rows = Math.multiplyExact(rows, axis.values == null ? 0 : axis.values.length);
            } catch (ArithmeticException e) {
                return -1;
            }
        }
        return rows;
    }

    /**
     * @throws IllegalArgumentException
     *             naming what is wrong
     */
    public void check() {
        if (!List.of(GRID, RANDOM, LATIN_HYPERCUBE).contains(mode)) {
            throw new IllegalArgumentException("sweep mode must be grid, random or latinHypercube, not '" + mode + "'");
        }
        if (axes.isEmpty()) {
            throw new IllegalArgumentException("the sweep needs at least one swept parameter");
        }
        List<String> seen = new ArrayList<>();
        for (Axis axis : axes) {
            if (!PARAMETERS.contains(axis.parameter)) {
                throw new IllegalArgumentException("swept parameter must be one of " + PARAMETERS + ", not '"
                        + axis.parameter + "'");
            }
            if (seen.contains(axis.parameter)) {
                throw new IllegalArgumentException("parameter " + axis.parameter + " is swept twice");
            }
            seen.add(axis.parameter);
            if (GRID.equals(mode) && (axis.values == null || axis.values.length == 0)) {
                throw new IllegalArgumentException("grid axis " + axis.parameter + " lists no values");
            }
            if (!GRID.equals(mode) && !(axis.low < axis.high)) {
                throw new IllegalArgumentException("axis " + axis.parameter + ": low (" + axis.low
                        + ") must be below high (" + axis.high + ")");
            }
        }
        if (!GRID.equals(mode) && samples < 1) {
            throw new IllegalArgumentException(mode + " sweep needs at least 1 sample, not " + samples);
        }
        if (rows() < 0) {
            throw new IllegalArgumentException("the grid has more than " + Long.MAX_VALUE + " rows");
        }
    }
}
