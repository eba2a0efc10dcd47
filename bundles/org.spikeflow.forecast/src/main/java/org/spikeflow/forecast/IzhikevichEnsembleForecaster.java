package org.spikeflow.forecast;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Objects;
import java.util.SplittableRandom;
import java.util.function.Supplier;

import org.spikeflow.forecast.internal.ClimatologyBlend;
import org.spikeflow.forecast.internal.ParticleFilter;
import org.spikeflow.forecast.internal.StochasticFit;
import org.spikeflow.forecast.internal.Stats;
import org.spikeflow.izhikevich.NeuronParameters;

/**
 * The default embedded forecaster of membrane-potential traces: the neuron as a stochastic Izhikevich model, right
 * under input noise, measurement noise and model mismatch. <ol> <li>Noise-free Izhikevich traces (the regression step
 * of {@link IzhikevichFitForecaster} explains the context to round-off) are forecast exactly by
 * {@link IzhikevichFitForecaster}, under this model's name.</li> <li>Otherwise the neuron is modelled as
 * {@link StochasticIzhikevich}: a, b, c, d, the mean and sd of an Ornstein–Uhlenbeck input (given correlation time) and
 * the measurement noise are estimated from the context by matching its spike and subthreshold statistics with
 * simulations ({@code StochasticFit}, CMA-ES);</li> <li>the hidden state (v, u, I) is estimated by a particle filter
 * over the context;</li> <li>the forecast is an ensemble of noisy simulations from the filtered particles at the end of
 * the context, pooled with the context's distribution ({@code ClimatologyBlend}) with weights per lead band chosen on
 * backtests from filtered states every {@link #BACKTEST_SPACING} samples in the context (weight 1 when the model tracks
 * the neuron; lower under model mismatch): the per-step median of the pool is the point forecast, its percentiles are
 * the intervals.</li> <li>A nearly deterministic periodic trace that the stochastic model cannot time precisely
 * (another integration scheme, little noise) is forecast by seasonal naive instead, when the same backtests show it at
 * least twice as accurate.</li> </ol> Everything is single-threaded, seeded and uses {@code StrictMath} (Commons Math's
 * CMA-ES uses its own pure-Java functions), so a seed gives the same forecast on any machine.
 */
public final class IzhikevichEnsembleForecaster implements Forecaster {

    /** Model name, the column prefix. */
    public static final String NAME = "IzhikevichEnsemble";
    /** Shortest context of a noisy trace (a noise-free Izhikevich trace needs 20, as {@code izhikevichfit}). */
    public static final int MIN_POINTS = 100;
    /** A regression loss below this marks a noise-free Izhikevich trace. */
    public static final double EXACT_LOSS = 1e-9;

    /** Leads (samples) of the backtests that weigh the model against the climatology. */
    public static final int BACKTEST_LEAD = 200;
    /** Samples between backtest origins, and before the first. */
    public static final int BACKTEST_SPACING = 100;
    /** Seasonal naive replaces the ensemble when its backtest MAE is below this fraction of the ensemble's. */
    public static final double PERIODIC_RATIO = 0.5;
    /** Ensemble members of a backtest. */
    public static final int BACKTEST_MEMBERS = 200;

    private final Builder settings;
    private final IzhikevichFitForecaster exact;

    private IzhikevichEnsembleForecaster(Builder b) {
        settings = b.copy();
        exact = IzhikevichFitForecaster.builder().template(b.template).randomSeed(b.seed).build();
    }

    public static IzhikevichEnsembleForecaster create() {
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
    public Fitted fit(double[] y, double dt) {
        Stats.checkSeries(y, dt);
        if (exact.regressionLoss(y, dt) < EXACT_LOSS) {
            Fitted f = exact.fit(y, dt);
            return renamed(f, () -> NAME + "[noise-free: " + f.describe() + "]");
        }
        if (y.length < MIN_POINTS) {
            throw new IllegalArgumentException(NAME + " needs at least " + MIN_POINTS + " points of context for a"
                    + " noisy trace, got " + y.length);
        }
        int substeps = StochasticIzhikevich.substepsFor(dt, settings.maxStep);
        StochasticFit.Result fit = StochasticFit.fit(y, dt, new StochasticFit.Options(settings.template,
                settings.inputTau, substeps, settings.simulatedSamples, settings.maxEvaluations, settings.seed));
        StochasticIzhikevich model = fit.model();
        SplittableRandom rng = new SplittableRandom(settings.seed);
        int lead = Math.min(BACKTEST_LEAD, y.length / 4);
        int[] origins = backtestOrigins(y.length, lead);
        StochasticIzhikevich.State[] clouds = ParticleFilter.filter(model, y, 0, fit.states(), settings.particles,
                Math.max(model.measurementSd(), settings.minObservationSd), origins, rng);
        List<double[][]> ensembles = new ArrayList<>();
        List<double[]> actuals = new ArrayList<>();
        for (int i = 0; i < origins.length; i++) {
            int[] members = new int[Math.min(BACKTEST_MEMBERS, settings.particles)];
            for (int j = 0; j < members.length; j++) {
                members[j] = rng.nextInt(settings.particles);
            }
            ensembles.add(model.ensemble(clouds[i].select(members), lead, rng));
            actuals.add(Arrays.copyOfRange(y, origins[i] + 1, origins[i] + 1 + lead));
        }
        ClimatologyBlend blend = ClimatologyBlend.fit(ClimatologyBlend.climate(y), ensembles, actuals);
        Fitted periodic = periodicIfBetter(y, dt, origins, ensembles, actuals, blend);
        if (periodic != null) {
            return periodic;
        }
        StochasticIzhikevich.State end = clouds[origins.length];
        return new Fitted() {
            @Override
            public Forecast forecast(int h, double... levels) {
                Stats.checkForecastArgs(h, levels);
                return blend.forecast(NAME, dt, model.ensemble(end, h, new SplittableRandom(settings.seed + 1)),
                        levels);
            }

            @Override
            public String describe() {
                NeuronParameters p = model.parameters();
                return String.format(Locale.ROOT, "%s[a=%.4g, b=%.4g, c=%.4g, d=%.4g, I=%.4g±%.3g (τ %.3g ms),"
                        + " k1=%.4g, noise %.3g mV, distance %.3g, %d evaluations, model weights %s]", NAME,
                        p.a(), p.b(), p.c(), p.d(), model.inputMean(), model.inputSd(), model.inputTau(), p.k1(),
                        model.measurementSd(), fit.distance(), fit.evaluations(), Arrays.toString(blend.weights()));
            }
        };
    }

    /**
     * A nearly deterministic, periodic trace that is not exactly an Izhikevich trace of the fitted scheme (another
     * integration scheme, a little measurement noise) is forecast far better by repeating its last period than by a
     * noisy ensemble, whose spike times drift. Returns seasonal naive (under this model's name) when its backtest MAE
     * at the same origins and leads is below {@link #PERIODIC_RATIO} of the ensemble's; null otherwise.
     */
    private static Fitted periodicIfBetter(double[] y, double dt, int[] origins, List<double[][]> ensembles,
            List<double[]> actuals, ClimatologyBlend blend) {
        if (origins.length == 0) {
            return null;
        }
        int period = PeriodDetection.detect(y);
        double ensembleError = 0;
        double periodicError = 0;
        for (int i = 0; i < origins.length; i++) {
            int o = origins[i];
            double[][] e = ensembles.get(i);
            double[] actual = actuals.get(i);
            for (int j = 0; j < actual.length; j++) {
                ensembleError += Math.abs(actual[j] - blend.median(e[j], j));
                int past = o - period + 1 + j % period;
                periodicError += past >= 0 ? Math.abs(actual[j] - y[past]) : Double.POSITIVE_INFINITY;
            }
        }
        if (!(periodicError < PERIODIC_RATIO * ensembleError)) {
            return null;
        }
        Fitted f = Forecasters.seasonalNaive(period).fit(y, dt);
        double ratio = periodicError / ensembleError;
        return renamed(f, () -> String.format(Locale.ROOT, "%s[periodic: %s, backtest MAE %.3g of the ensemble's]",
                NAME, f.describe(), ratio));
    }

    /** @return another model's fit that forecasts under this model's name and describes itself as given */
    private static Fitted renamed(Fitted f, Supplier<String> description) {
        return new Fitted() {
            @Override
            public Forecast forecast(int h, double... levels) {
                return f.forecast(h, levels).renamed(NAME);
            }

            @Override
            public String describe() {
                return description.get();
            }
        };
    }

    /** @return origins every {@link #BACKTEST_SPACING} samples that leave {@code lead} samples after them */
    static int[] backtestOrigins(int n, int lead) {
        List<Integer> origins = new ArrayList<>();
        for (int o = n - 1 - lead; o >= BACKTEST_SPACING; o -= BACKTEST_SPACING) {
            origins.add(0, o);
        }
        return origins.stream().mapToInt(Integer::intValue).toArray();
    }

    /** Settings. */
    public static final class Builder {
        private NeuronParameters template = NeuronParameters.of(0.02, 0.2, -65, 8);
        private double inputTau = 5;
        private double maxStep = 0.025;
        private int simulatedSamples = 6000;
        private int maxEvaluations = 600;
        private int particles = 1000;
        private double minObservationSd = 0.5;
        private long seed = 42;

        private Builder() {
        }

        private Builder copy() {
            Builder b = new Builder();
            b.template = template;
            b.inputTau = inputTau;
            b.maxStep = maxStep;
            b.simulatedSamples = simulatedSamples;
            b.maxEvaluations = maxEvaluations;
            b.particles = particles;
            b.minObservationSd = minObservationSd;
            b.seed = seed;
            return b;
        }

        /** k2, k1, k0 and vPeak of the model (default 0.04, 5, 140, 30). */
        public Builder template(NeuronParameters value) {
            template = Objects.requireNonNull(value);
            return this;
        }

        /** Correlation time of the input current (ms, default 5). */
        public Builder inputTau(double ms) {
            positive("inputTau", ms);
            inputTau = ms;
            return this;
        }

        /** Largest Euler step of the simulations (ms, default 0.025); each sample is split into equal steps. */
        public Builder maxStep(double ms) {
            positive("maxStep", ms);
            maxStep = ms;
            return this;
        }

        /** Length of the model's free run whose statistics are matched (samples, default 6000). */
        public Builder simulatedSamples(int value) {
            atLeast("simulatedSamples", value, 500);
            simulatedSamples = value;
            return this;
        }

        /** CMA-ES evaluation budget of the parameter fit (default 600). */
        public Builder maxEvaluations(int value) {
            atLeast("maxEvaluations", value, 10);
            maxEvaluations = value;
            return this;
        }

        /** Particles of the filter, which are also the forecast's ensemble members (default 1000). */
        public Builder particles(int value) {
            atLeast("particles", value, 10);
            particles = value;
            return this;
        }

        /** Smallest scale of the filter's observation density (mV, default 0.5). */
        public Builder minObservationSd(double mV) {
            positive("minObservationSd", mV);
            minObservationSd = mV;
            return this;
        }

        /** Random seed of the fit, the filter and the ensemble (default 42). */
        public Builder randomSeed(long value) {
            seed = value;
            return this;
        }

        public IzhikevichEnsembleForecaster build() {
            return new IzhikevichEnsembleForecaster(this);
        }

        private static void positive(String name, double v) {
            if (!(v > 0) || !Double.isFinite(v)) {
                throw new IllegalArgumentException(name + " must be a positive number, got " + v);
            }
        }

        private static void atLeast(String name, int v, int min) {
            if (v < min) {
                throw new IllegalArgumentException(name + " must be at least " + min + ", got " + v);
            }
        }
    }
}
