package org.spikeflow.forecast.internal;

import java.util.Arrays;
import java.util.Locale;

import org.apache.commons.math3.analysis.MultivariateFunction;
import org.apache.commons.math3.exception.MathIllegalStateException;
import org.apache.commons.math3.optim.InitialGuess;
import org.apache.commons.math3.optim.MaxEval;
import org.apache.commons.math3.optim.PointValuePair;
import org.apache.commons.math3.optim.SimpleBounds;
import org.apache.commons.math3.optim.nonlinear.scalar.GoalType;
import org.apache.commons.math3.optim.nonlinear.scalar.ObjectiveFunction;
import org.apache.commons.math3.optim.nonlinear.scalar.noderiv.BOBYQAOptimizer;
import org.spikeflow.forecast.Forecast;
import org.spikeflow.forecast.Forecaster;
import org.spikeflow.forecast.PeriodDetection;

/**
 * Additive Holt–Winters as the state-space model ETS(A,A,A) (Hyndman et al. 2008), error-correction form: <pre> e = y_t
 * − (l + b + s_{t−m}); l ← l + b + α·e; b ← b + β·e; s_t = s_{t−m} + γ·e ŷ_{n+j} = l_n + j·b_n + s_{n−m+1+(j−1) mod m}
 * </pre> with 0 ≤ β ≤ α ≤ 1, 0 ≤ γ ≤ 1 − α (parameterised as α = p1, β = p2·α, γ = p3·(1 − α), p in [0, 1]) fitted by
 * BOBYQA on the sum of squared one-step errors. Initial states: l0 the mean of the first season, b0 the difference of
 * the first two seasonal means / m, s the first season minus l0. Period: detected ({@link PeriodDetection}) unless
 * given; with fewer than two full seasons (or period 1) the seasonal part is dropped (Holt's linear trend). Intervals:
 * the empirical quantiles of the in-sample one-step errors scaled by the ETS(A,A,A) horizon factor
 * {@code sqrt(1 + Σ_{j<h} (α + β·j + γ·[j mod m = 0])²)}.
 */
public final class HoltWinters implements Forecaster {

    private final int period; // 0: detect

    public HoltWinters(int period) {
        if (period < 0) {
            throw new IllegalArgumentException("period must be >= 1 (0: detect), got " + period);
        }
        this.period = period;
    }

    @Override
    public String name() {
        return "ETS";
    }

    @Override
    public Fitted fit(double[] y, double dt) {
        Stats.requireFinite(y, "series");
        if (y.length < 4) {
            throw new IllegalArgumentException("ETS needs at least 4 points, got " + y.length);
        }
        int m = period > 0 ? period : PeriodDetection.detect(y);
        if (m < 2 || y.length < 2 * m + 2) {
            m = 1;
        }
        final int season = m;
        double[] data = y.clone();
        MultivariateFunction sse = p -> run(data, season, params(p), null).sse;
        double[] start = season > 1 ? new double[] {0.5, 0.1, 0.1} : new double[] {0.5, 0.1};
        PointValuePair best;
        try {
            best = minimise(sse, start);
        } catch (MathIllegalStateException e) {
            // BOBYQA's trust region can stall ("failed to reduce Q"): restart from the best point of a coarse grid,
            // and keep that point if it stalls again
            double[] point = bestOnGrid(sse, start.length);
            try {
                best = minimise(sse, point);
            } catch (MathIllegalStateException again) {
                best = new PointValuePair(point, sse.value(point));
            }
        }
        double[] theta = params(best.getPoint());
        State st = new State();
        run(data, season, theta, st);
        return new FittedEts(dt, season, theta, st);
    }

    private static PointValuePair minimise(MultivariateFunction sse, double[] start) {
        int k = start.length;
        double[] lower = new double[k];
        double[] upper = new double[k];
        Arrays.fill(upper, 1);
        return new BOBYQAOptimizer(2 * k + 1, 0.2, 1e-6).optimize(new MaxEval(2000), new ObjectiveFunction(sse),
                GoalType.MINIMIZE, new InitialGuess(start), new SimpleBounds(lower, upper));
    }

    /** The point of the grid {0.1, 0.3, …, 0.9}^k with the least error (the first of equals). */
    private static double[] bestOnGrid(MultivariateFunction sse, int k) {
        double[] best = null;
        double bestValue = Double.POSITIVE_INFINITY;
        int points = (int) Math.pow(5, k);
        for (int index = 0; index < points; index++) {
            double[] p = new double[k];
            for (int d = 0, rest = index; d < k; d++, rest /= 5) {
                p[d] = 0.1 + 0.2 * (rest % 5);
            }
            double value = sse.value(p);
            if (best == null || value < bestValue) {
                best = p;
                bestValue = value;
            }
        }
        return best;
    }

    private static double[] params(double[] p) {
        double alpha = p[0];
        double beta = p[1] * alpha;
        double gamma = p.length > 2 ? p[2] * (1 - alpha) : 0;
        return new double[] {alpha, beta, gamma};
    }

    static final class State {
        double level;
        double trend;
        double[] season;
        int t; // number of observations processed
        double[] errors;
        double sse;
    }

    static State run(double[] y, int m, double[] theta, State into) {
        State s = into == null ? new State() : into;
        double alpha = theta[0];
        double beta = theta[1];
        double gamma = theta[2];
        int n = y.length;
        double l;
        double b;
        double[] sea = new double[m];
        if (m > 1) {
            double m1 = Stats.mean(y, 0, m);
            double m2 = Stats.mean(y, m, 2 * m);
            l = m1;
            b = (m2 - m1) / m;
            for (int i = 0; i < m; i++) {
                sea[i] = y[i] - (m1 + (i - (m - 1) / 2.0) * b);
            }
            double c = Stats.mean(sea, 0, m);
            for (int i = 0; i < m; i++) {
                sea[i] -= c;
            }
            l = m1 - b * (m + 1) / 2.0; // level one step before the first observation
        } else {
            l = y[0];
            b = y[1] - y[0];
        }
        double sse = 0;
        double[] errors = into == null ? null : new double[n];
        for (int t = 0; t < n; t++) {
            double st = m > 1 ? sea[t % m] : 0;
            double e = y[t] - (l + b + st);
            double lNew = l + b + alpha * e;
            b = b + beta * e;
            l = lNew;
            if (m > 1) {
                sea[t % m] = st + gamma * e;
            }
            sse += e * e;
            if (errors != null) {
                errors[t] = e;
            }
        }
        s.level = l;
        s.trend = b;
        s.season = sea;
        s.t = n;
        s.errors = errors;
        s.sse = Double.isFinite(sse) ? sse : Double.MAX_VALUE;
        return s;
    }

    private final class FittedEts implements Fitted {
        private final double dt;
        private final int m;
        private final double[] theta;
        private final State st;

        FittedEts(double dt, int m, double[] theta, State st) {
            this.dt = dt;
            this.m = m;
            this.theta = theta;
            this.st = st;
        }

        @Override
        public Forecast forecast(int h, double... levels) {
            Stats.checkForecastArgs(h, levels);
            double[] mean = new double[h];
            for (int j = 1; j <= h; j++) {
                double s = m > 1 ? st.season[(st.t + j - 1) % m] : 0;
                mean[j - 1] = st.level + j * st.trend + s;
            }
            // skip the first two seasons (initialisation transient) when estimating the error distribution
            int skip = Math.min(st.errors.length / 2, m > 1 ? 2 * m : 2);
            double[] e = Arrays.copyOfRange(st.errors, skip, st.errors.length);
            Arrays.sort(e);
            double[][] lo = new double[levels.length][h];
            double[][] hi = new double[levels.length][h];
            double sum = 0;
            for (int j = 1; j <= h; j++) {
                double factor = Math.sqrt(1 + sum);
                double c = theta[0] + theta[1] * j + (m > 1 && j % m == 0 ? theta[2] : 0);
                sum += c * c;
                for (int l = 0; l < levels.length; l++) {
                    double a = (1 - levels[l] / 100) / 2;
                    lo[l][j - 1] = mean[j - 1] + factor * Stats.quantileSorted(e, a);
                    hi[l][j - 1] = mean[j - 1] + factor * Stats.quantileSorted(e, 1 - a);
                }
            }
            return new Forecast(name(), dt, mean, levels, lo, hi);
        }

        /** @return alpha, beta, gamma (ETS parameterisation) */
        double[] parameters() {
            return theta.clone();
        }

        @Override
        public String describe() {
            return String.format(Locale.ROOT, "ETS(A,A,%s)[period=%d, alpha=%.4f, beta=%.4f, gamma=%.4f]",
                    m > 1 ? "A" : "N", m, theta[0], theta[1], theta[2]);
        }
    }

    /** @return alpha, beta, gamma and the period of a model fitted by this class */
    public static double[] parameters(Fitted fitted) {
        FittedEts f = (FittedEts) fitted;
        double[] t = f.parameters();
        return new double[] {t[0], t[1], t[2], f.m};
    }
}
