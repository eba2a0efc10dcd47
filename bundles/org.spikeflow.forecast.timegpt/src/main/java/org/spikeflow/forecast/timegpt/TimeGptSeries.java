package org.spikeflow.forecast.timegpt;

import java.util.Objects;

/**
 * One input series: equally spaced values with the time of the first value and the sampling interval, in ms.
 *
 * @param id
 *            series identifier (e.g. the neuron name)
 * @param y
 *            values (copied)
 * @param startMs
 *            time of {@code y[0]} in ms
 * @param dtMs
 *            sampling interval in ms (&gt; 0)
 */
public record TimeGptSeries(String id, double[] y, double startMs, double dtMs) {

    public TimeGptSeries {
        Objects.requireNonNull(id, "id");
        y = Objects.requireNonNull(y, "y").clone();
        if (!(dtMs > 0) || Double.isInfinite(dtMs)) {
            throw new IllegalArgumentException("Series '" + id + "': sampling interval must be positive, got " + dtMs);
        }
    }

    @Override
    public double[] y() {
        return y.clone();
    }

    /** @return number of values */
    public int size() {
        return y.length;
    }

    double value(int i) {
        return y[i];
    }
}
