package org.spikeflow.forecast;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Objects;

import org.spikeflow.forecast.internal.IzhikevichFit;
import org.spikeflow.forecast.internal.Stats;
import org.spikeflow.izhikevich.NeuronParameters;
import org.spikeflow.izhikevich.Scheme;

/**
 * Forecasts a membrane-potential trace (mV, constant input) by fitting an Izhikevich neuron to the context and
 * simulating it forward with the engine.
 *
 * <p>Fit: a, b, c, d, the current I and the state (v, u) at an anchor point (the start of the fit window; v is the
 * observed value, u is fitted) — initial values by a regression on the trace that is exact for noise-free traces,
 * refined by BOBYQA and, if the fit is still poor, CMA-ES (Commons Math) on a loss that respects spike timing
 * (subthreshold MSE plus the van Rossum distance of the spike trains); k2, k1, k0, vPeak and the recovery form come
 * from the template (defaults 0.04, 5, 140, 30, standard). The simulation uses the given scheme (default
 * {@link Scheme#SINGLE_NEURON_PY}, the scheme of the original traces) at the context's dt. Forecast: the fitted model
 * simulated from the anchor through the context and h further steps.
 *
 * <p>Intervals: conformal-style from backtests of the fitted model. From up to {@link #ORIGINS} origins spread over the
 * context, the fitted neuron is started in the observed state at the origin and simulated like the real forecast (the
 * anchor's distance to the end of the context, then m = min(h, available) steps); the absolute errors against the trace
 * are the scores and the interval at level L is the point forecast ± their ⌈(N+1)·L/100⌉-th smallest value (N scores).
 * The parameters are in-sample; the states and the errors' growth over the lead are out-of-sample.
 */
public final class IzhikevichFitForecaster implements Forecaster {

    /** Number of backtest origins of the intervals. */
    public static final int ORIGINS = 20;

    /** Model name, the column prefix. */
    public static final String NAME = "IzhikevichFit";

    private final IzhikevichFit.Options options;
    private final boolean intervals;

    private IzhikevichFitForecaster(Builder b) {
        options = new IzhikevichFit.Options(b.template, b.scheme, b.window, b.segment, b.tau, b.timeLimitMillis,
                b.maxEvaluations, b.seed);
        intervals = b.conformal;
    }

    /** @return a forecaster with the default settings */
    public static IzhikevichFitForecaster create() {
        return builder().build();
    }

    public static Builder builder() {
        return new Builder();
    }

    @Override
    public String name() {
        return NAME;
    }

    @Override
    public FittedNeuron fit(double[] y, double dt) {
        Stats.checkSeries(y, dt);
        double[] data = y.clone();
        IzhikevichFit.Result r = IzhikevichFit.fit(data, dt, options);
        return new FittedNeuron(data, dt, r);
    }

    /** @return the loss of the fit's regression step alone, see {@link IzhikevichFit#regressionLoss} */
    double regressionLoss(double[] y, double dt) {
        return IzhikevichFit.regressionLoss(y, dt, options);
    }

    /** The fitted neuron. */
    public final class FittedNeuron implements Fitted {
        private final double[] y;
        private final double dt;
        private final IzhikevichFit.Result result;

        FittedNeuron(double[] y, double dt, IzhikevichFit.Result result) {
            this.y = y;
            this.dt = dt;
            this.result = result;
        }

        /** @return fitted a, b, c, d (with the template's k2, k1, k0, vPeak); v0/u0 are the anchor state */
        public NeuronParameters parameters() {
            return result.parameters();
        }

        /** @return fitted input current I */
        public double current() {
            return result.current();
        }

        /** @return index of the anchor point in the context (point 0 of the forecast simulation, near the end) */
        public int anchor() {
            return result.anchor();
        }

        /** @return final loss (0 for an exact fit) */
        public double loss() {
            return result.loss();
        }

        /** @return how the fit was obtained (e.g. {@code regression (exact)}, {@code presets+bobyqa+cmaes}) */
        public String method() {
            return result.method();
        }

        /** @return the fitted trace from the anchor to the end of the context, followed by {@code h} forecast steps */
        public double[] simulate(int h) {
            return IzhikevichFit.simulate(result, options, dt, y.length - result.anchor() + h);
        }

        @Override
        public Forecast forecast(int h, double... levels) {
            Stats.checkForecastArgs(h, levels);
            double[] all = simulate(h);
            double[] mean = Arrays.copyOfRange(all, all.length - h, all.length);
            double[][] lo = new double[levels.length][h];
            double[][] hi = new double[levels.length][h];
            if (levels.length > 0) {
                double[] scores = calibrationScores(h);
                for (int l = 0; l < levels.length; l++) {
                    double q = Stats.conformalQuantile(scores, levels[l] / 100);
                    for (int j = 0; j < h; j++) {
                        lo[l][j] = mean[j] - q;
                        hi[l][j] = mean[j] + q;
                    }
                }
            }
            return new Forecast(NAME, dt, mean, levels, lo, hi);
        }

        /**
         * Absolute errors of backtests from up to {@link #ORIGINS} origins in the context: from each origin o the
         * fitted parameters with the observed state at o (u from the trace) are simulated over the same distance as the
         * anchor is from the end of the context and then m = min(h, available) further steps, which are compared with
         * the trace.
         */
        private double[] calibrationScores(int h) {
            int n = y.length;
            int lead0 = n - result.anchor();
            int m = Math.min(h, Math.max(1, (n - lead0) / 4));
            int first = Math.max(0, n - options.window());
            int last = n - lead0 - m;
            List<Double> scores = new ArrayList<>();
            if (!intervals || last < first) {
                return new double[] {0};
            }
            boolean[] hasW = result.hasW();
            int count = Math.min(ORIGINS, last - first + 1);
            for (int i = 0; i < count; i++) {
                int o = last - (int) Math.round((double) i * (last - first) / Math.max(1, count - 1));
                while (o > first && !hasW[o]) {
                    o--;
                }
                if (!hasW[o]) {
                    continue;
                }
                double[] sim;
                try {
                    sim = IzhikevichFit.simulateFrom(result, options, y, dt, o, lead0 + m);
                } catch (ArithmeticException e) {
                    continue;
                }
                for (int j = 0; j < m; j++) {
                    scores.add(Math.abs(y[o + lead0 + j] - sim[lead0 + j]));
                }
            }
            return scores.isEmpty() ? new double[] {0} : scores.stream().mapToDouble(Double::doubleValue).toArray();
        }

        @Override
        public String describe() {
            NeuronParameters p = result.parameters();
            return String.format(Locale.ROOT,
                    "IzhikevichFit[a=%.6g, b=%.6g, c=%.6g, d=%.6g, I=%.6g, v(%d)=%.6g, u(%d)=%.6g, loss=%.3g, %s, %d evaluations]",
                    p.a(), p.b(), p.c(), p.d(), result.current(), result.anchor(), p.v0(), result.anchor(), p.u0(),
                    result.loss(), result.method(), result.evaluations());
        }
    }

    /** Settings. */
    public static final class Builder {
        private NeuronParameters template = NeuronParameters.of(0.02, 0.2, -65, 8);
        private Scheme scheme = Scheme.SINGLE_NEURON_PY;
        private int window = Integer.MAX_VALUE;
        private int segment = 200;
        private double tau = 2.0;
        private long timeLimitMillis = 20_000;
        private int maxEvaluations = 400;
        private long seed = 42;
        private boolean conformal = true;

        private Builder() {
        }

        /** k2, k1, k0, vPeak and the recovery form of the fitted model (its a, b, c, d are only fallbacks). */
        public Builder template(NeuronParameters value) {
            template = Objects.requireNonNull(value);
            return this;
        }

        /** Integration scheme of the simulation (default seed). */
        public Builder scheme(Scheme value) {
            scheme = Objects.requireNonNull(value);
            return this;
        }

        /** Fit on the last {@code points} of the context only (default: all). */
        public Builder window(int points) {
            if (points < 20) {
                throw new IllegalArgumentException("window must be at least 20 points");
            }
            window = points;
            return this;
        }

        /** Length of the multiple-shooting segments of the fit (points, default 200). */
        public Builder segment(int points) {
            if (points < 10) {
                throw new IllegalArgumentException("segment must be at least 10 points");
            }
            segment = points;
            return this;
        }

        /** Time constant of the van Rossum distance in the loss (ms, default 2). */
        public Builder vanRossumTau(double ms) {
            tau = ms;
            return this;
        }

        /**
         * Safety cap on the optimisation's CPU time (ms of the fitting thread, default 20000; not the wall clock, so a
         * loaded machine does not cut fits short). The evaluation budget is what bounds the search, so a trace gives
         * the same fit on any machine; a fit the cap cut short says "+timeLimit" in its method.
         */
        public Builder timeLimitMillis(long ms) {
            timeLimitMillis = ms;
            return this;
        }

        /** Evaluation budget of CMA-ES (default 400; BOBYQA gets a quarter, at least 50). */
        public Builder maxEvaluations(int value) {
            maxEvaluations = value;
            return this;
        }

        /** Random seed of CMA-ES. */
        public Builder randomSeed(long value) {
            seed = value;
            return this;
        }

        /** Whether to compute the backtest intervals (default true; false gives zero-width intervals). */
        public Builder intervals(boolean value) {
            conformal = value;
            return this;
        }

        public IzhikevichFitForecaster build() {
            return new IzhikevichFitForecaster(this);
        }
    }
}
