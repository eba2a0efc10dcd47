package org.spikeflow.dl.internal;

import org.spikeflow.dl.Normalisation;
import org.spikeflow.dl.ResidualModelConfig;
import org.spikeflow.dl.ResidualSeries;

/**
 * Turns series into the network's input windows and targets (see {@link ResidualModelConfig} for the layout). A series'
 * timeline starts {@code lookback − 1} steps before its origin so that the first block has a full window.
 */
public final class Windows {
    private final int lookback;
    private final int outputSteps;
    private final int pad;
    private final boolean useContext;
    private final boolean feedback;
    private final Normalisation norm;

    public Windows(ResidualModelConfig config, Normalisation norm) {
        this.lookback = config.lookback();
        this.outputSteps = config.outputSteps();
        this.pad = lookback - 1;
        this.useContext = config.useContext();
        this.feedback = config.residualFeedback();
        this.norm = norm;
    }

    public int windowLength() {
        return lookback + outputSteps - 1;
    }

    public int pad() {
        return pad;
    }

    /** Checks that the series can be windowed by this model. */
    public void check(ResidualSeries s) {
        if (useContext && (s.context() == null || s.context().length == 0)) {
            throw new IllegalArgumentException("Series " + s.name() + " has no context trace, but the model was"
                    + " configured to use the context (useContext)");
        }
        if (s.length() < outputSteps) {
            throw new IllegalArgumentException("Series " + s.name() + " has " + s.length() + " forecast steps, fewer"
                    + " than the model's output steps (" + outputSteps + ")");
        }
    }

    /** Raw (unnormalised) base value at step {@code step} (negative: before the origin). */
    public double rawBase(ResidualSeries s, int step) {
        if (step >= 0) {
            return s.base()[step];
        }
        if (useContext) {
            double[] c = s.context();
            return c[Math.max(0, c.length + step)];
        }
        return s.base()[0];
    }

    /** The normalised base timeline, {@code pad + length} values. */
    public double[] baseTimeline(ResidualSeries s) {
        double[] t = new double[pad + s.length()];
        for (int i = 0; i < t.length; i++) {
            t[i] = norm.base(rawBase(s, i - pad));
        }
        return t;
    }

    /** The normalised residual timeline: 0 before the origin, the true residuals where known, else 0. */
    public double[] residualTimeline(ResidualSeries s) {
        double[] t = new double[pad + s.length()];
        double[] r = s.actual() == null ? new double[s.length()] : s.residuals();
        for (int i = 0; i < t.length; i++) {
            t[i] = norm.residual(i < pad ? 0 : r[i - pad]);
        }
        return t;
    }

    /**
     * Writes the window of the block starting at step k: residuals are known before k only, or (without residual
     * feedback) before the origin only, so that the known flag still tells how far the block is from the origin.
     */
    public void window(float[] dest, int offset, double[] baseTimeline, double[] residualTimeline, int k) {
        int first = k - lookback + 1;
        int o = offset;
        for (int j = 0; j < windowLength(); j++) {
            int step = first + j;
            int at = step + pad;
            boolean known = feedback ? step < k : step < 0;
            dest[o++] = (float) baseTimeline[at];
            dest[o++] = known ? (float) residualTimeline[at] : 0f;
            dest[o++] = known ? 1f : 0f;
        }
    }

    /** Writes the normalised residuals of steps k … k + outputSteps − 1. */
    public void target(float[] dest, int offset, double[] residualTimeline, int k) {
        for (int j = 0; j < outputSteps; j++) {
            dest[offset + j] = (float) residualTimeline[k + j + pad];
        }
    }
}
