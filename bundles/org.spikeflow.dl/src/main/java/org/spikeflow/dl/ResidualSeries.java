package org.spikeflow.dl;

/**
 * One base forecast: the forecast values over its horizon, optionally the actual values at the same steps (for training
 * and validation) and the context trace that ended at the forecast origin.
 *
 * @param name
 *            how messages name this series, e.g. "Neuron = 3"
 * @param origin
 *            time of the first forecast step: orders series for the time-based validation split
 * @param base
 *            the base forecast, one value per horizon step
 * @param actual
 *            the actual values at the same steps, or null when unknown (correction)
 * @param context
 *            the trace before the forecast origin, oldest first, or null
 */
public record ResidualSeries(String name, double origin, double[] base, double[] actual, double[] context) {

    public ResidualSeries {
        if (base == null || base.length == 0) {
            throw new IllegalArgumentException("Series " + name + " has no base forecast values");
        }
        checkFinite(name, "base forecast", base);
        if (actual != null) {
            if (actual.length != base.length) {
                throw new IllegalArgumentException("Series " + name + ": the base forecast has " + base.length
                        + " steps but the actual values have " + actual.length);
            }
            checkFinite(name, "actual", actual);
        }
        if (context != null) {
            checkFinite(name, "context", context);
        }
    }

    private static void checkFinite(String name, String what, double[] values) {
        for (int i = 0; i < values.length; i++) {
            if (!Double.isFinite(values[i])) {
                throw new IllegalArgumentException("Series " + name + ": the " + what + " value at step " + i
                        + " is " + values[i] + "; every value must be a finite number");
            }
        }
    }

    /** A forecast to correct (no actual values). */
    public static ResidualSeries forecast(String name, double origin, double[] base, double[] context) {
        return new ResidualSeries(name, origin, base, null, context);
    }

    public int length() {
        return base.length;
    }

    /** @return actual − base at each step */
    public double[] residuals() {
        if (actual == null) {
            throw new IllegalStateException("Series " + name + " has no actual values");
        }
        double[] r = new double[base.length];
        for (int i = 0; i < r.length; i++) {
            r[i] = actual[i] - base[i];
        }
        return r;
    }
}
