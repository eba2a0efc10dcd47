package org.spikeflow.forecast;

import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;

import org.spikeflow.forecast.internal.Stats;

/**
 * A point forecast of h steps with lower/upper bounds per interval level (percent, e.g. 80 and 90). Arrays returned are
 * copies.
 */
public final class Forecast {

    private final String model;
    private final double dt;
    private final double[] mean;
    private final double[] levels;
    private final Map<Double, double[]> lower = new LinkedHashMap<>();
    private final Map<Double, double[]> upper = new LinkedHashMap<>();

    /**
     * @param model
     *            model name (column prefix)
     * @param dt
     *            sampling interval (ms)
     * @param mean
     *            point forecast
     * @param levels
     *            interval levels (percent)
     * @param lower
     *            lower bounds, one array per level in the order of {@code levels}
     * @param upper
     *            upper bounds, likewise
     */
    public Forecast(String model, double dt, double[] mean, double[] levels, double[][] lower, double[][] upper) {
        this.model = Objects.requireNonNull(model, "model");
        this.dt = dt;
        this.mean = mean.clone();
        this.levels = levels.clone();
        if (lower.length != levels.length || upper.length != levels.length) {
            throw new IllegalArgumentException("one lower and one upper bound array per level expected");
        }
        for (int i = 0; i < levels.length; i++) {
            Stats.checkLevel(levels[i]);
            if (lower[i].length != mean.length || upper[i].length != mean.length) {
                throw new IllegalArgumentException("bounds must have the length of the forecast (" + mean.length + ")");
            }
            this.lower.put(levels[i], lower[i].clone());
            this.upper.put(levels[i], upper[i].clone());
        }
    }

    public String model() {
        return model;
    }

    public double dt() {
        return dt;
    }

    /** @return number of forecast steps */
    public int horizon() {
        return mean.length;
    }

    /** @return the point forecast */
    public double[] mean() {
        return mean.clone();
    }

    public double[] levels() {
        return levels.clone();
    }

    /** @return lower bound of the central interval at {@code level} percent */
    public double[] lower(double level) {
        return bound(lower, level).clone();
    }

    /** @return upper bound of the central interval at {@code level} percent */
    public double[] upper(double level) {
        return bound(upper, level).clone();
    }

    private double[] bound(Map<Double, double[]> m, double level) {
        double[] b = m.get(level);
        if (b == null) {
            throw new IllegalArgumentException(
                    "No interval at level " + level + "; levels: " + Arrays.toString(levels));
        }
        return b;
    }

    /** @return the column names, see {@link ForecastColumns#names} */
    public List<String> columnNames() {
        return ForecastColumns.names(model, levels);
    }

    /** @return the values of a column named as in {@link #columnNames()} */
    public double[] column(String name) {
        if (name.equals(model)) {
            return mean();
        }
        for (double l : levels) {
            if (name.equals(ForecastColumns.lo(model, l))) {
                return lower(l);
            }
            if (name.equals(ForecastColumns.hi(model, l))) {
                return upper(l);
            }
        }
        throw new IllegalArgumentException("No column '" + name + "'; columns: " + columnNames());
    }

    /** @return the same values under another model name */
    public Forecast renamed(String newModel) {
        double[][] lo = new double[levels.length][];
        double[][] hi = new double[levels.length][];
        for (int i = 0; i < levels.length; i++) {
            lo[i] = lower.get(levels[i]);
            hi[i] = upper.get(levels[i]);
        }
        return new Forecast(newModel, dt, mean, levels, lo, hi);
    }

    @Override
    public String toString() {
        return "Forecast[" + model + ", h=" + mean.length + ", levels=" + Arrays.toString(levels) + "]";
    }
}
