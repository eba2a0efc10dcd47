package org.spikeflow.dl.tests;

import java.util.ArrayList;
import java.util.List;
import java.util.Random;

import org.spikeflow.dl.ResidualModelConfig;
import org.spikeflow.dl.ResidualSeries;

/**
 * Forecasts whose error a small LSTM can learn: the base is a sine with a random phase, the actual adds a residual that
 * depends on the base and on the previous residual, plus a little noise.
 */
final class SyntheticResiduals {

    private SyntheticResiduals() {
    }

    static List<ResidualSeries> series(int count, int length, long seed) {
        Random random = new Random(seed);
        List<ResidualSeries> out = new ArrayList<>();
        for (int s = 0; s < count; s++) {
            double phase = random.nextDouble() * 2 * Math.PI;
            double[] base = new double[length];
            double[] actual = new double[length];
            double[] context = new double[30];
            for (int i = 0; i < context.length; i++) {
                context[i] = -60 + 8 * Math.sin(phase + (i - context.length) * 0.3);
            }
            double r = 0;
            for (int i = 0; i < length; i++) {
                base[i] = -60 + 8 * Math.sin(phase + i * 0.3);
                r = 0.6 * r + 0.25 * (base[i] + 60) + 1.5 + 0.05 * random.nextGaussian();
                actual[i] = base[i] + r;
            }
            out.add(new ResidualSeries("synthetic " + s, s * 100.0, base, actual, context));
        }
        return out;
    }

    /** A tiny, fast model: 1 × 8 LSTM over windows of 4. */
    static ResidualModelConfig tinyConfig(int epochs) {
        return ResidualModelConfig.builder().lookback(4).layers(1).hiddenSize(8).learningRate(1e-2).batchSize(16)
                .epochs(epochs).patience(0).validationFraction(0.25).seed(7L).build();
    }
}
