package org.spikeflow.benchmarks;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Random;

import org.spikeflow.dl.DlRuntime;
import org.spikeflow.dl.EpochResult;
import org.spikeflow.dl.ResidualModel;
import org.spikeflow.dl.ResidualModelConfig;
import org.spikeflow.dl.ResidualSeries;
import org.spikeflow.dl.ResidualTrainer;
import org.spikeflow.dl.TrainingMonitor;

/**
 * Training speed of the residual LSTM (issue 5): LSTM 2 × 64, windows of 50 steps × 3 features, 20,000 training windows
 * (25 series of 1000 steps, the latest 5 validating: 5,000 validation windows evaluated each epoch), batch 64, Adam
 * 1e-3, MSE. Prints seconds per epoch; releng/benchmarks/lstm_epoch.py does the same in PyTorch from Python.
 *
 * <p>Usage: {@code java -cp benchmarks.jar:bundles/org.spikeflow.dl/lib/* org.spikeflow.benchmarks.LstmEpochBenchmark
 * [epochs] [threads]} (defaults 3 and 1).
 */
public final class LstmEpochBenchmark {

    private LstmEpochBenchmark() {
    }

    public static void main(String[] args) {
        int epochs = args.length > 0 ? Integer.parseInt(args[0]) : 3;
        int threads = args.length > 1 ? Integer.parseInt(args[1]) : 1;
        long t0 = System.nanoTime();
        System.out.println("Engine: " + DlRuntime.load(threads) + ", natives in " + DlRuntime.cacheDirectory()
                + String.format(Locale.ROOT, " (%.1f s)", (System.nanoTime() - t0) / 1e9));
        Random random = new Random(1);
        List<ResidualSeries> data = new ArrayList<>();
        for (int s = 0; s < 25; s++) {
            double[] base = new double[1000];
            double[] actual = new double[1000];
            double phase = random.nextDouble() * 6;
            for (int i = 0; i < base.length; i++) {
                base[i] = -60 + 10 * Math.sin(phase + i * 0.05);
                actual[i] = base[i] + 2 * Math.sin(phase + i * 0.11) + random.nextGaussian();
            }
            data.add(new ResidualSeries("series " + s, s, base, actual, null));
        }
        ResidualModelConfig config = ResidualModelConfig.builder().lookback(50).hiddenSize(64).batchSize(64)
                .epochs(epochs).patience(0).threads(threads).build();
        ResidualModel model = ResidualTrainer.train(config, data, new TrainingMonitor() {
            @Override
            public void epochFinished(EpochResult r, int maxEpochs) {
                System.out.printf(Locale.ROOT, "epoch %d: %.2f s (train loss %.4f, validation loss %.4f)%n",
                        r.epoch(), r.seconds(), r.trainLoss(), r.validationLoss());
            }

            @Override
            public boolean isCanceled() {
                return false;
            }
        });
        double sum = 0;
        for (EpochResult r : model.history()) {
            sum += r.seconds();
        }
        System.out.printf(Locale.ROOT,
                "Java (DJL %s, %d thread(s)): %d training windows, %.2f s per epoch (mean of %d)%n",
                "0.36.0", threads, model.trainingWindows(), sum / model.history().size(), model.history().size());
    }
}
