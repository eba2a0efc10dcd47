package org.spikeflow.benchmarks;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;

import org.spikeflow.dl.ResidualModel;
import org.spikeflow.dl.ResidualModelConfig;
import org.spikeflow.dl.ResidualSeries;
import org.spikeflow.dl.ResidualTrainer;
import org.spikeflow.dl.TrainingMonitor;
import org.spikeflow.forecast.Forecaster;
import org.spikeflow.forecast.Forecasters;
import org.spikeflow.izhikevich.Preset;
import org.spikeflow.izhikevich.Presets;
import org.spikeflow.izhikevich.Scheme;

/**
 * Accuracy of the LSTM residual correction (issue 5) on the seed's setup: RS, FS, IB, CH (seed parameters, I = 10),
 * seed scheme at dt = 0.25 ms, forecasts of h = 200 steps from a context of 2000 points (500 ms). One long run per
 * neuron gives forecasts at origins every {@code stride} steps; the earliest train the LSTM (its own latest 20 %
 * validate), the latest are held out, starting after the last training target. MAE of the base forecast and of the
 * corrected one on the held-out forecasts, per neuron type, for the seasonal-naive base and (fewer origins, it fits
 * slowly) the Izhikevich-fit base. "fallback" is what the Residual Corrector outputs by default: the base when the
 * model did not beat the identity on its validation data.
 *
 * <p>Usage: {@code java -cp benchmarks.jar:bundles/org.spikeflow.dl/lib/* org.spikeflow.benchmarks.ResidualAccuracy
 * [izhikevichfit-origins]} (default 12; 0 skips the Izhikevich-fit base).
 */
public final class ResidualAccuracy {
    static final String[] KEYS = {"RS", "FS", "IB", "CH"};
    static final int CONTEXT = 2000;
    static final int H = 200;
    static final double DT = 0.25;

    private ResidualAccuracy() {
    }

    public static void main(String[] args) {
        int izOrigins = args.length > 0 ? Integer.parseInt(args[0]) : 12;
        ResidualModelConfig config = new ResidualModelConfig(20, 1, true, 2, 32, 0.0, 3e-3, 64, 30, 6, 0.2, 42L, 1);
        System.out.printf(Locale.ROOT, "Residual correction accuracy: seed scheme, dt=%.2f ms, context %d, h=%d;"
                + " LSTM %d×%d, lookback %d, step by step, with context, up to %d epochs%n%n", DT, CONTEXT, H,
                config.layers(), config.hiddenSize(), config.lookback(), config.epochs());
        System.out.printf(Locale.ROOT, "%-4s %-14s %6s %6s %9s %9s %9s %7s %8s%n", "", "base", "train", "test",
                "MAE base", "MAE corr", "fallback", "change", "seconds");
        for (String key : KEYS) {
            run(key, "SeasonalNaive", Forecasters.seasonalNaive(), 48, 16, 100, config);
            if (izOrigins > 0) {
                int test = Math.max(1, izOrigins / 3);
                run(key, "IzhikevichFit", Forecasters.izhikevichFit(), izOrigins - test, test, 200, config);
            }
        }
    }

    static void run(String key, String baseName, Forecaster forecaster, int trainOrigins, int testOrigins,
            int stride, ResidualModelConfig config) {
        long t0 = System.nanoTime();
        // Training origins every `stride` steps; test origins after the last training target, every H steps.
        int firstTest = CONTEXT + (trainOrigins - 1) * stride + H;
        int length = firstTest + testOrigins * H;
        Preset p = Presets.get("seed/" + key);
        double[] v = p.simulation().scheme(Scheme.SEED).dt(DT).duration(length * DT).build().run().v();
        List<ResidualSeries> train = new ArrayList<>();
        for (int i = 0; i < trainOrigins; i++) {
            train.add(forecast(forecaster, v, CONTEXT + i * stride, key));
        }
        List<ResidualSeries> test = new ArrayList<>();
        for (int i = 0; i < testOrigins; i++) {
            test.add(forecast(forecaster, v, firstTest + i * H, key));
        }
        ResidualModel model = ResidualTrainer.train(config, train, TrainingMonitor.NONE);
        List<ResidualSeries> toCorrect = new ArrayList<>();
        for (ResidualSeries s : test) {
            toCorrect.add(ResidualSeries.forecast(s.name(), s.origin(), s.base(), s.context()));
        }
        List<double[]> residuals = model.predictResiduals(toCorrect);
        double base = 0;
        double corrected = 0;
        int n = 0;
        for (int i = 0; i < test.size(); i++) {
            double[] actual = test.get(i).actual();
            for (int k = 0; k < H; k++) {
                base += Math.abs(actual[k] - test.get(i).base()[k]);
                corrected += Math.abs(actual[k] - test.get(i).base()[k] - residuals.get(i)[k]);
                n++;
            }
        }
        base /= n;
        corrected /= n;
        double fallback = model.beatsIdentity() ? corrected : base;
        System.out.printf(Locale.ROOT, "%-4s %-14s %6d %6d %9.3f %9.3f %9.3f %+6.1f%% %8.1f%n", key, baseName,
                trainOrigins, testOrigins, base, corrected, fallback, 100 * (corrected - base) / base,
                (System.nanoTime() - t0) / 1e9);
    }

    static ResidualSeries forecast(Forecaster forecaster, double[] v, int origin, String key) {
        double[] context = Arrays.copyOfRange(v, origin - CONTEXT, origin);
        double[] base = forecaster.fit(context, DT).forecast(H, 80).mean();
        double[] actual = Arrays.copyOfRange(v, origin, origin + H);
        return new ResidualSeries(key + " @" + origin, origin * DT, base, actual, context);
    }
}
