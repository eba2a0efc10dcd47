package org.spikeflow.forecast;

/**
 * Forecast origins for backtests inside a series (rolling-origin evaluation, Tashman 2000): each origin is the index of
 * the first forecast step, so the samples before it are the context and the {@code h} samples from it on are the actual
 * values a forecast from there is compared with. The last origin leaves exactly {@code h} samples after it (a backtest
 * that ends with the series); the others are {@code spacing} samples apart before it.
 */
public final class RollingOrigins {

    private RollingOrigins() {
    }

    /**
     * @param n
     *            samples in the series
     * @param h
     *            forecast steps after each origin (≥ 1)
     * @param count
     *            origins wanted (≥ 1)
     * @param spacing
     *            samples between consecutive origins (≥ 1)
     * @param minimumContext
     *            samples that must precede every origin (≥ 1)
     * @return up to {@code count} origins, ascending; fewer (possibly none) when the series is too short
     */
    public static int[] origins(int n, int h, int count, int spacing, int minimumContext) {
        if (h < 1 || count < 1 || spacing < 1 || minimumContext < 1) {
            throw new IllegalArgumentException("Rolling origins need h, count, spacing and minimum context of at"
                    + " least 1, got h " + h + ", count " + count + ", spacing " + spacing + ", minimum context "
                    + minimumContext);
        }
        int last = n - h;
        if (last < minimumContext) {
            return new int[0];
        }
        int available = Math.min(count, (last - minimumContext) / spacing + 1);
        int[] out = new int[available];
        for (int i = 0; i < available; i++) {
            out[i] = last - (available - 1 - i) * spacing;
        }
        return out;
    }
}
