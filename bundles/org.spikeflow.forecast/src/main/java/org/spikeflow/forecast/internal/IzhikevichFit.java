package org.spikeflow.forecast.internal;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

import org.apache.commons.math3.linear.Array2DRowRealMatrix;
import org.apache.commons.math3.linear.ArrayRealVector;
import org.apache.commons.math3.linear.QRDecomposition;
import org.apache.commons.math3.linear.RealVector;
import org.apache.commons.math3.optim.InitialGuess;
import org.apache.commons.math3.optim.MaxEval;
import org.apache.commons.math3.optim.SimpleBounds;
import org.apache.commons.math3.optim.nonlinear.scalar.GoalType;
import org.apache.commons.math3.optim.nonlinear.scalar.ObjectiveFunction;
import org.apache.commons.math3.optim.nonlinear.scalar.noderiv.BOBYQAOptimizer;
import org.apache.commons.math3.optim.nonlinear.scalar.noderiv.CMAESOptimizer;
import org.apache.commons.math3.random.MersenneTwister;
import org.spikeflow.izhikevich.NeuronParameters;
import org.spikeflow.izhikevich.Preset;
import org.spikeflow.izhikevich.Presets;
import org.spikeflow.izhikevich.Scheme;
import org.spikeflow.izhikevich.Simulation;
import org.spikeflow.izhikevich.TraceVariable;

/**
 * Fits a, b, c, d, I and the state (v, u) near the end of the context to a membrane-potential trace, simulating with
 * the engine ({@link Simulation}, constant current).
 *
 * <p>The discrete seed/Euler map at dt = 0.25 ms is chaotic for some neurons (FS: errors grow about tenfold every 100
 * steps), so one long simulation from the start of the context cannot be matched; the fit uses multiple shooting
 * instead and the forecast starts from a state at the end of the context. <ol> <li>Initial values by regression on the
 * trace itself (exact for noise-free traces of the seed and Euler schemes): between spikes every Euler step gives
 * {@code w_i = u_i − I = k2·v_i² + k1·v_i + k0 − (v_{i+1} − v_i)/dt}, and
 * {@code w_{i+1} − w_i = dt·(ab·v_i − a·w_i − aI)} is linear in (ab, a, aI) — solved by least squares (QR). c is the
 * median reset value, d the median jump of u across each spike (u propagated over the spike with the fitted a, b, I).
 * Points at vPeak (the seed scheme's spike markers) and the steps that touch them are left out.</li> <li>When the
 * regression is unavailable or implausible, the seed and 2003 presets with a grid of currents are scored and the best
 * is the start.</li> <li>Refinement of (a, b, c, d, I) with BOBYQA, and CMA-ES if the fit is still poor, on a
 * multiple-shooting loss that respects spike timing: the context is cut into segments (default 200 points), each
 * simulated from its observed v and u = w + I; per segment the subthreshold MSE (both traces clipped at 0 mV) divided
 * by the variance of the clipped trace plus the squared van Rossum distance (τ = 2 ms) of the spike trains divided by
 * the number of observed spikes; averaged over segments. A refinement is kept only if it lowers the loss.</li> <li>End
 * state: at the anchor (the last usable point at least {@code END_WINDOW} points before the end) v is the observed
 * value and u = w + I; if the fitted model does not reproduce the points after the anchor exactly, (v, u) is refined by
 * BOBYQA on the same loss over those points.</li> </ol>
 */
public final class IzhikevichFit {

    /** Fit settings. */
    public record Options(NeuronParameters template, Scheme scheme, int window, int segment, double vanRossumTau,
            long timeLimitMillis, int maxEvaluations, long randomSeed) {
    }

    /** A fitted model: parameters (v0, u0 = the anchor state), current, anchor index, loss. */
    public record Result(NeuronParameters parameters, double current, int anchor, double loss, String method,
            int evaluations, double[] w, boolean[] hasW) {
    }

    /** Points after the anchor of the end state. */
    public static final int END_WINDOW = 40;
    private static final double CLIP = 0.0;
    private static final double[] SCALE = {0.01, 0.05, 5, 2, 2};

    private final double[] y;
    private final double dt;
    private final Options opt;
    private final int n;
    private final boolean[] marker;
    private final double[] w;
    private final boolean[] hasW;
    private final int[] segStart;
    private final int[] segEnd;
    private final double[][] segSpikes;
    private final double[] segVar;
    private long deadline;
    private int evaluations;
    private double bestLoss = Double.POSITIVE_INFINITY;
    private double[] bestTheta;

    private IzhikevichFit(double[] y, double dt, Options opt) {
        this.y = y;
        this.dt = dt;
        this.opt = opt;
        this.n = y.length;
        NeuronParameters t = opt.template();
        marker = new boolean[n];
        for (int i = 0; i < n; i++) {
            marker[i] = y[i] >= t.vPeak() - 1e-9;
        }
        w = new double[n];
        hasW = new boolean[n];
        for (int i = 0; i + 1 < n; i++) {
            if (!marker[i] && !marker[i + 1]) {
                w[i] = t.k2() * y[i] * y[i] + t.k1() * y[i] + t.k0() - (y[i + 1] - y[i]) / dt;
                hasW[i] = true;
            }
        }
        List<int[]> segs = new ArrayList<>();
        int len = Math.max(10, Math.min(opt.segment(), n / 2));
        for (int s = Math.max(0, n - opt.window()); s + len / 2 <= n; s += len) {
            int k = s;
            while (k < n - 2 && !hasW[k]) {
                k++;
            }
            int e = Math.min(n, s + len);
            if (e - k >= 5 && hasW[k]) {
                segs.add(new int[] {k, e});
            }
        }
        segStart = new int[segs.size()];
        segEnd = new int[segs.size()];
        segSpikes = new double[segs.size()][];
        segVar = new double[segs.size()];
        for (int i = 0; i < segs.size(); i++) {
            segStart[i] = segs.get(i)[0];
            segEnd[i] = segs.get(i)[1];
            segSpikes[i] = spikes(Arrays.copyOfRange(y, segStart[i], segEnd[i]));
            segVar[i] = clippedVariance(segStart[i], segEnd[i]);
        }
        // Evaluation budgets bound the search, so the same trace gives the same fit on any machine; the time limit
        // is only a safety cap, and a fit it cut short says so in its method ("+timeLimit"). It counts the CPU time
        // of the fitting thread, not the wall clock: on a loaded machine (other nodes, other programs) the wall clock
        // cut fits short that the same machine finishes when quiet, so a workflow's numbers depended on the load.
        deadline = cpuNanos() + opt.timeLimitMillis() * 1_000_000L;
    }

    private double clippedVariance(int from, int to) {
        double mean = 0;
        for (int i = from; i < to; i++) {
            mean += Math.min(y[i], CLIP);
        }
        mean /= to - from;
        double var = 0;
        for (int i = from; i < to; i++) {
            double e = Math.min(y[i], CLIP) - mean;
            var += e * e;
        }
        return Math.max(var / (to - from), 1e-6);
    }

    /** Fits the model to y (at least 20 points). */
    public static Result fit(double[] y, double dt, Options opt) {
        if (y.length < 20) {
            throw new IllegalArgumentException("The Izhikevich fit needs at least 20 points, got " + y.length);
        }
        return new IzhikevichFit(y, dt, opt).run();
    }

    /**
     * @return the multiple-shooting loss of the regression's parameters (step 1), without any refinement: at round-off
     *         (below 1e-10) for a noise-free trace of the seed or Euler scheme at the trace's step, far above for noisy
     *         or other traces; infinite if the regression is unavailable or implausible
     */
    public static double regressionLoss(double[] y, double dt, Options opt) {
        if (y.length < 20) {
            return Double.POSITIVE_INFINITY;
        }
        IzhikevichFit f = new IzhikevichFit(y, dt, opt);
        double[] theta = f.regression();
        if (theta == null || !plausible(theta) || f.segments() == 0) {
            return Double.POSITIVE_INFINITY;
        }
        return f.loss(theta);
    }

    /** Simulates the fitted model from its anchor for {@code points} points (the anchor is point 0). */
    public static double[] simulate(Result r, Options opt, double dt, int points) {
        return simulate(r.parameters(), r.current(), opt.scheme(), dt, points);
    }

    /** Simulates from (v0, u0) = (y[k], w[k] + I) of the fitted model's data for {@code points} points. */
    public static double[] simulateFrom(Result r, Options opt, double[] y, double dt, int k, int points) {
        NeuronParameters p = r.parameters().toBuilder().v0(y[k]).u0(r.w()[k] + r.current()).build();
        return simulate(p, r.current(), opt.scheme(), dt, points);
    }

    static double[] simulate(NeuronParameters p, double current, Scheme scheme, double dt, int points) {
        double duration = scheme.durationFor(points, dt);
        double[] v = Simulation.builder(p).current(current).dt(dt).duration(duration).scheme(scheme)
                .record(TraceVariable.V).build().run().v();
        return v.length == points ? v : Arrays.copyOf(v, points);
    }

    private Result run() {
        String method;
        double[] theta = regression();
        if (theta != null && plausible(theta)) {
            method = "regression";
        } else {
            theta = presetStart();
            method = "presets";
        }
        double loss = segments() == 0 ? 0 : loss(theta);
        if (loss > 1e-10 && !timeUp()) {
            bobyqa(theta);
            if (bestLoss < loss) {
                method += "+bobyqa";
                theta = bestTheta.clone();
                loss = bestLoss;
            }
            if (loss > 0.05 && !timeUp()) {
                cmaes(theta);
                if (bestLoss < loss) {
                    method += "+cmaes";
                    theta = bestTheta.clone();
                    loss = bestLoss;
                }
            }
        }
        // end state
        int k = n - 2;
        while (k > 0 && (!hasW[k] || k > n - 1 - Math.min(END_WINDOW, n / 4))) {
            k--;
        }
        double[] state = {y[k], w[k] + theta[4]};
        double endLoss = stateLoss(theta, k, state);
        if (endLoss > 1e-10) {
            double[] refined = refineState(theta, k, state);
            double l2 = stateLoss(theta, k, refined);
            if (l2 < endLoss) {
                state = refined;
                method += "+state";
            }
        }
        if (timeUp()) {
            method += "+timeLimit";
        }
        NeuronParameters p = opt.template().toBuilder().a(theta[0]).b(theta[1]).c(theta[2]).d(theta[3])
                .v0(state[0]).u0(state[1]).build();
        return new Result(p, theta[4], k, loss, method, evaluations, w, hasW);
    }

    private int segments() {
        return segStart.length;
    }

    private boolean timeUp() {
        return cpuNanos() > deadline;
    }

    /** CPU time of the current thread (the fit runs on one), or the wall clock where the JVM cannot measure it. */
    private static long cpuNanos() {
        java.lang.management.ThreadMXBean threads = java.lang.management.ManagementFactory.getThreadMXBean();
        if (threads.isCurrentThreadCpuTimeSupported() && threads.isThreadCpuTimeEnabled()) {
            return threads.getCurrentThreadCpuTime();
        }
        return System.nanoTime();
    }

    private NeuronParameters params(double[] t, double v0, double u0) {
        return opt.template().toBuilder().a(t[0]).b(t[1]).c(t[2]).d(t[3]).v0(v0).u0(u0).build();
    }

    private static boolean plausible(double[] t) {
        for (double v : t) {
            if (!Double.isFinite(v)) {
                return false;
            }
        }
        return t[0] > 0 && t[0] < 2 && Math.abs(t[1]) < 2 && Math.abs(t[4]) < 1000 && t[2] < 30 && t[2] > -120
                && Math.abs(t[3]) < 100;
    }

    /** @return {a, b, c, d, I} from the regression, or null */
    double[] regression() {
        NeuronParameters t = opt.template();
        List<Integer> rows = new ArrayList<>();
        for (int i = 0; i + 1 < n; i++) {
            if (hasW[i] && hasW[i + 1]) {
                rows.add(i);
            }
        }
        if (rows.size() < 10) {
            return null;
        }
        Array2DRowRealMatrix x = new Array2DRowRealMatrix(rows.size(), 3);
        ArrayRealVector target = new ArrayRealVector(rows.size());
        for (int r = 0; r < rows.size(); r++) {
            int i = rows.get(r);
            x.setEntry(r, 0, dt * y[i]);
            x.setEntry(r, 1, -dt * w[i]);
            x.setEntry(r, 2, -dt);
            target.setEntry(r, w[i + 1] - w[i]);
        }
        RealVector p;
        try {
            p = new QRDecomposition(x, 1e-14).getSolver().solve(target);
        } catch (RuntimeException e) {
            return null;
        }
        double a = p.getEntry(1);
        double b = p.getEntry(0) / a;
        double current = p.getEntry(2) / a;
        // c: reset values; d: jump of u across each spike
        List<Double> cs = new ArrayList<>();
        List<Double> ds = new ArrayList<>();
        for (int m = 0; m < n; m++) {
            if (!marker[m] || m + 1 >= n || marker[m + 1]) {
                continue;
            }
            cs.add(y[m + 1]);
            if (m >= 2 && hasW[m - 2] && m + 1 < n && hasW[m + 1]) {
                double v2 = y[m - 2];
                double v1 = y[m - 1];
                double w1 = w[m - 2] + dt * (a * (b * v2 - (w[m - 2] + current)));
                double vm = v1 + dt * (t.k2() * v1 * v1 + t.k1() * v1 + t.k0() - w1);
                double wm = w1 + dt * (a * (b * v1 - (w1 + current)));
                double pre = wm + dt * (a * (b * vm - (wm + current)));
                ds.add(w[m + 1] - pre);
            }
        }
        double c = cs.isEmpty() ? t.c() : median(cs);
        double d = ds.isEmpty() ? t.d() : median(ds);
        return new double[] {a, b, c, d, current};
    }

    private static double median(List<Double> v) {
        double[] s = v.stream().mapToDouble(Double::doubleValue).sorted().toArray();
        return s.length % 2 == 1 ? s[s.length / 2] : 0.5 * (s[s.length / 2 - 1] + s[s.length / 2]);
    }

    private double[] presetStart() {
        double[] best = null;
        double bestL = Double.POSITIVE_INFINITY;
        List<Preset> cands = new ArrayList<>(Presets.family("seed"));
        cands.addAll(Presets.family("2003"));
        double[] currents = {0, 2, 4, 7, 10, 14, 20, 30};
        for (Preset pr : cands) {
            NeuronParameters p = pr.parameters();
            for (double cur : currents) {
                double[] th = {p.a(), p.b(), p.c(), p.d(), cur};
                double l = loss(th);
                if (l < bestL) {
                    bestL = l;
                    best = th;
                }
                if (timeUp()) {
                    return best;
                }
            }
        }
        return best;
    }

    /** The multiple-shooting loss of {a, b, c, d, I}; tracks the best point. */
    double loss(double[] th) {
        evaluations++;
        double l = 0;
        if (!plausible(th)) {
            l = 1e6;
        } else {
            for (int i = 0; i < segments() && l < 1e6; i++) {
                l += segmentLoss(th, segStart[i], segEnd[i], y[segStart[i]], w[segStart[i]] + th[4], segSpikes[i],
                        segVar[i]);
            }
            l /= Math.max(1, segments());
        }
        if (l < bestLoss) {
            bestLoss = l;
            bestTheta = th.clone();
        }
        return l;
    }

    private double segmentLoss(double[] th, int from, int to, double v0, double u0, double[] obsSpikes, double var) {
        double[] sim;
        try {
            sim = simulate(params(th, v0, u0), th[4], opt.scheme(), dt, to - from + 1);
        } catch (ArithmeticException | IllegalArgumentException e) {
            return 1e6;
        }
        int len = to - from;
        double se = 0;
        for (int i = 0; i < len; i++) {
            double e = Math.min(sim[i], CLIP) - Math.min(y[from + i], CLIP);
            se += e * e;
        }
        if (!Double.isFinite(se)) {
            return 1e6;
        }
        double[] simSpikes = spikes(Arrays.copyOf(sim, len));
        double vr = vanRossum2(simSpikes, obsSpikes, opt.vanRossumTau());
        return se / len / var + vr / Math.max(1, obsSpikes.length);
    }

    private double stateLoss(double[] th, int k, double[] state) {
        return segmentLoss(th, k, n, state[0], state[1], spikes(Arrays.copyOfRange(y, k, n)),
                clippedVariance(k, n));
    }

    private double[] refineState(double[] th, int k, double[] state) {
        double[][] best = {state.clone()};
        double[] bestL = {stateLoss(th, k, state)};
        double[] scale = {1, 1};
        try {
            new BOBYQAOptimizer(5, 0.5, 1e-9).optimize(new MaxEval(300), new ObjectiveFunction(z -> {
                if (timeUp()) {
                    throw new TimeUp();
                }
                double[] s = {state[0] + z[0] * scale[0], state[1] + z[1] * scale[1]};
                double l = stateLoss(th, k, s);
                if (l < bestL[0]) {
                    bestL[0] = l;
                    best[0] = s;
                }
                return l;
            }), GoalType.MINIMIZE, new InitialGuess(new double[2]),
                    new SimpleBounds(new double[] {-20, -20}, new double[] {20, 20}));
        } catch (TimeUp | org.apache.commons.math3.exception.TooManyEvaluationsException e) {
            // keep the best so far
        }
        return best[0];
    }

    private double[] spikes(double[] v) {
        return org.spikeflow.forecast.Metrics.spikeTimes(v, dt, 0, CLIP);
    }

    /** Squared van Rossum distance (exponential kernel τ), closed form: ½·Σ over pairs of exp(−|Δt|/τ) terms. */
    static double vanRossum2(double[] s, double[] r, double tau) {
        return 0.5 * (kernelSum(s, s, tau) + kernelSum(r, r, tau) - 2 * kernelSum(s, r, tau));
    }

    private static double kernelSum(double[] x, double[] z, double tau) {
        double sum = 0;
        for (double a : x) {
            for (double b : z) {
                double d = Math.abs(a - b);
                if (d < 40 * tau) {
                    sum += Math.exp(-d / tau);
                }
            }
        }
        return sum;
    }

    private static final class TimeUp extends RuntimeException {
        private static final long serialVersionUID = 1L;

        TimeUp() {
            super(null, null, false, false);
        }
    }

    private double scaledLoss(double[] start, double[] z) {
        if (timeUp()) {
            throw new TimeUp();
        }
        double[] th = new double[5];
        for (int i = 0; i < 5; i++) {
            th[i] = start[i] + z[i] * SCALE[i];
        }
        return loss(th);
    }

    private void bobyqa(double[] start) {
        double[] lo = new double[5];
        double[] hi = new double[5];
        Arrays.fill(lo, -10);
        Arrays.fill(hi, 10);
        try {
            new BOBYQAOptimizer(11, 0.3, 1e-7).optimize(new MaxEval(Math.max(50, opt.maxEvaluations() / 4)),
                    new ObjectiveFunction(z -> scaledLoss(start, z)), GoalType.MINIMIZE,
                    new InitialGuess(new double[5]), new SimpleBounds(lo, hi));
        } catch (TimeUp | org.apache.commons.math3.exception.TooManyEvaluationsException e) {
            // best point so far is kept
        }
    }

    private void cmaes(double[] start) {
        double[] lo = new double[5];
        double[] hi = new double[5];
        Arrays.fill(lo, -10);
        Arrays.fill(hi, 10);
        double[] sigma = new double[5];
        Arrays.fill(sigma, 1.0);
        try {
            new CMAESOptimizer(10_000, 1e-12, true, 0, 0, new MersenneTwister(opt.randomSeed()), false, null)
                    .optimize(new MaxEval(opt.maxEvaluations()), new ObjectiveFunction(z -> scaledLoss(start, z)),
                            GoalType.MINIMIZE, new InitialGuess(new double[5]), new SimpleBounds(lo, hi),
                            new CMAESOptimizer.Sigma(sigma), new CMAESOptimizer.PopulationSize(12));
        } catch (TimeUp | org.apache.commons.math3.exception.TooManyEvaluationsException e) {
            // best point so far is kept
        }
    }

}
