package org.spikeflow.forecast.internal;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.SplittableRandom;

import org.apache.commons.math3.exception.TooManyEvaluationsException;
import org.apache.commons.math3.optim.InitialGuess;
import org.apache.commons.math3.optim.MaxEval;
import org.apache.commons.math3.optim.SimpleBounds;
import org.apache.commons.math3.optim.nonlinear.scalar.GoalType;
import org.apache.commons.math3.optim.nonlinear.scalar.ObjectiveFunction;
import org.apache.commons.math3.optim.nonlinear.scalar.noderiv.CMAESOptimizer;
import org.apache.commons.math3.random.MersenneTwister;
import org.spikeflow.forecast.StochasticIzhikevich;
import org.spikeflow.izhikevich.NeuronParameters;
import org.spikeflow.izhikevich.Preset;
import org.spikeflow.izhikevich.Presets;

/**
 * Fits a stochastic Izhikevich neuron ({@link StochasticIzhikevich}: a, b, c, d, the mean and standard deviation of the
 * input current) to a noisy trace by simulation: the model's long free run must reproduce the trace's
 * {@link TraceStatistics} (marginal distribution, mean course around spikes, interspike intervals). Each evaluation
 * uses the same random numbers (common random numbers), so the objective is a deterministic, nearly smooth function of
 * the parameters; CMA-ES (Commons Math) minimises it from the best of a grid of preset neurons and currents. The
 * measurement noise is estimated beforehand from second differences ({@link TraceStatistics#measurementNoise}); the
 * input's correlation time is given. k2, k0 and vPeak come from the template; k1 is fitted through the vertex of the
 * quadratic, {@code v_m = −k1/(2·k2)} (where the neuron is slowest below threshold: −62.5 mV for the standard model,
 * but near −53 mV to mimic an exponential integrate-and-fire neuron), and the mean current is fitted relative to the
 * rheobase of the steady state, {@code (k1 − b)²/(4·k2) − k0}, which keeps the two nearly independent.
 */
public final class StochasticFit {

    /**
     * Settings: template (k2, k1, k0, vPeak), input correlation time (ms), Euler steps per sample, length of the
     * model's free run (samples), CMA-ES evaluation budget, seed.
     */
    public record Options(NeuronParameters template, double inputTau, int substeps, int simulatedSamples,
            int maxEvaluations, long seed) {
    }

    /**
     * @param model
     *            the fitted neuron
     * @param distance
     *            final statistics distance
     * @param states
     *            (v, u, I) of the fitted model's free run, a sample of its stationary distribution
     */
    public record Result(StochasticIzhikevich model, double distance, int evaluations, double[][] states) {
    }

    private static final int BURN_IN = 400;
    // parameter box: ln a, b, c, d, mean current above rheobase, current sd, vertex of the quadratic (mV)
    private static final double[] LO = {StrictMath.log(0.003), -0.1, -80, 0, -15, 0, -70};
    private static final double[] HI = {StrictMath.log(0.3), 0.3, -40, 12, 35, 8, -45};
    private static final int DIM = LO.length;

    private final double dt;
    private final double noise;
    private final Options opt;
    private final TraceStatistics target;
    private int evaluations;

    private StochasticFit(double[] y, double dt, Options opt) {
        this.dt = dt;
        this.opt = opt;
        this.noise = TraceStatistics.measurementNoise(y);
        this.target = TraceStatistics.of(y);
    }

    /** Fits the model to {@code y} sampled at {@code dt}. */
    public static Result fit(double[] y, double dt, Options opt) {
        return new StochasticFit(y, dt, opt).run();
    }

    private Result run() {
        double[] best = startingPoint();
        double bestD = distance(best);
        double[] sigma = new double[DIM];
        Arrays.fill(sigma, 0.15);
        double[] lo = new double[DIM];
        double[] hi = new double[DIM];
        Arrays.fill(hi, 1);
        double[][] found = {best.clone()};
        double[] foundD = {bestD};
        try {
            new CMAESOptimizer(10_000, 1e-9, true, 0, 0, new MersenneTwister(opt.seed()), false, null).optimize(
                    new MaxEval(opt.maxEvaluations()), new ObjectiveFunction(z -> {
                        double d = distance(z);
                        if (d < foundD[0]) {
                            foundD[0] = d;
                            found[0] = z.clone();
                        }
                        return d;
                    }), GoalType.MINIMIZE, new InitialGuess(best), new SimpleBounds(lo, hi),
                    new CMAESOptimizer.Sigma(sigma), new CMAESOptimizer.PopulationSize(10));
        } catch (TooManyEvaluationsException e) {
            // the best point so far is kept
        }
        StochasticIzhikevich model = model(found[0]);
        double[][] states = new double[opt.simulatedSamples() + BURN_IN][];
        freeRun(model, states);
        return new Result(model, foundD[0], evaluations,
                Arrays.copyOfRange(states, BURN_IN, states.length));
    }

    /** @return the best of the seed presets (their own reset and the observed one) with a grid of mean currents */
    private double[] startingPoint() {
        List<Double> resets = new ArrayList<>();
        double observedReset = target.after[0];
        if (!Double.isNaN(observedReset)) {
            resets.add(observedReset);
        }
        double[] best = null;
        double bestD = Double.POSITIVE_INFINITY;
        double k2 = opt.template().k2();
        double templateVertex = -opt.template().k1() / (2 * k2);
        for (Preset p : Presets.family("seed")) {
            NeuronParameters q = p.parameters();
            List<Double> cs = new ArrayList<>(resets);
            cs.add(q.c());
            for (double c : cs) {
                for (double vertex : new double[] {templateVertex, templateVertex + 5, templateVertex + 10}) {
                    for (double current : new double[] {-3, 0, 3, 6, 10, 15, 25}) {
                        double[] z = toUnit(
                                new double[] {StrictMath.log(q.a()), q.b(), c, q.d(), current, 1.5, vertex});
                        double d = distance(z);
                        if (d < bestD) {
                            bestD = d;
                            best = z;
                        }
                    }
                }
            }
        }
        return best;
    }

    private static double[] toUnit(double[] theta) {
        double[] z = new double[theta.length];
        for (int i = 0; i < z.length; i++) {
            z[i] = Math.min(1, Math.max(0, (theta[i] - LO[i]) / (HI[i] - LO[i])));
        }
        return z;
    }

    private StochasticIzhikevich model(double[] z) {
        double[] t = new double[z.length];
        for (int i = 0; i < z.length; i++) {
            t[i] = LO[i] + Math.min(1, Math.max(0, z[i])) * (HI[i] - LO[i]);
        }
        NeuronParameters template = opt.template();
        double k1 = -2 * template.k2() * t[6];
        double rheobase = (k1 - t[1]) * (k1 - t[1]) / (4 * template.k2()) - template.k0();
        NeuronParameters p = template.toBuilder().a(StrictMath.exp(t[0])).b(t[1]).c(t[2]).d(t[3]).k1(k1).build();
        return new StochasticIzhikevich(p, rheobase + t[4], t[5], opt.inputTau(), noise, dt, opt.substeps());
    }

    private double distance(double[] z) {
        evaluations++;
        double[] x = freeRun(model(z), null);
        for (double v : x) {
            if (!Double.isFinite(v)) {
                return 1e9;
            }
        }
        return target.distance(TraceStatistics.of(x));
    }

    /** The model's noisy trace after the burn-in, always from the same random numbers. */
    private double[] freeRun(StochasticIzhikevich m, double[][] states) {
        NeuronParameters p = m.parameters();
        double[] x = m.run(p.c(), p.b() * p.c(), opt.simulatedSamples() + BURN_IN, true,
                new SplittableRandom(opt.seed()), states);
        return Arrays.copyOfRange(x, BURN_IN, x.length);
    }
}
