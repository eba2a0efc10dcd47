package org.spikeflow.forecast.timegpt;

/** Pandas-style frequency aliases (as Nixtla accepts them) for a sampling interval. */
public final class Frequencies {

    /** The seed's frequency: each step relabelled as 25 ms. */
    public static final String SEED_FREQ = "25ms";
    /** The seed's step in ms. */
    public static final long SEED_STEP_MS = org.spikeflow.forecast.ForecastColumns.SEED_STEP_MS;

    private static final String[] UNITS = {"D", "h", "min", "s", "ms", "us", "ns"};
    private static final double[] UNIT_MS = {86_400_000d, 3_600_000d, 60_000d, 1_000d, 1d, 1e-3, 1e-6};

    private Frequencies() {
    }

    /**
     * @param dtMs
     *            sampling interval in ms (&gt; 0)
     * @return the largest unit that divides {@code dtMs} with an integral multiplier, e.g. 0.25 &rarr; {@code 250us},
     *         25 &rarr; {@code 25ms}, 1 &rarr; {@code ms}, 1000 &rarr; {@code s}, 90000 &rarr; {@code 90s}
     * @throws IllegalArgumentException
     *             if dt is not positive and finite or not a whole number of nanoseconds
     */
    public static String fromIntervalMs(double dtMs) {
        if (!(dtMs > 0) || Double.isInfinite(dtMs)) {
            throw new IllegalArgumentException("Sampling interval must be positive and finite, got " + dtMs + " ms");
        }
        for (int i = 0; i < UNITS.length; i++) {
            double q = dtMs / UNIT_MS[i];
            long n = Math.round(q);
            if (n >= 1 && Math.abs(q - n) <= 1e-9 * Math.max(1, q)) {
                return n == 1 ? UNITS[i] : n + UNITS[i];
            }
        }
        throw new IllegalArgumentException("Sampling interval " + dtMs + " ms is not a whole number of nanoseconds");
    }
}
