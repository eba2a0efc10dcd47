package org.spikeflow.dl;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;

import org.spikeflow.dl.internal.Part;
import org.spikeflow.dl.internal.Training;
import org.spikeflow.dl.internal.Windows;

/**
 * Trains residual models. The data are split by time: with several series the latest (by origin) are held out for
 * validation; a single series is cut in two, its later steps validating (with the residuals before the cut known).
 */
public final class ResidualTrainer {

    private ResidualTrainer() {
    }

    /** Trains a new model. */
    public static ResidualModel train(ResidualModelConfig config, List<ResidualSeries> data,
            TrainingMonitor monitor) {
        Split split = split(config, data);
        Normalisation norm = normalisation(config, split.train());
        return run(config, norm, null, List.of(), split, monitor);
    }

    /**
     * Trains {@code previous} further on {@code data}, keeping its network and normalisation; the training options
     * (epochs, learning rate, batch size, patience, validation share, seed, threads) come from {@code options}. The
     * history continues the previous one. Adam starts afresh (its moments are not stored in the model).
     */
    public static ResidualModel continueTraining(ResidualModel previous, ResidualModelConfig options,
            List<ResidualSeries> data, TrainingMonitor monitor) {
        ResidualModelConfig architecture = previous.config();
        if (!architecture.sameArchitecture(options)) {
            throw new IllegalArgumentException("Cannot continue training: the model has lookback "
                    + architecture.lookback() + ", output steps " + architecture.outputSteps() + ", context "
                    + architecture.useContext() + ", residual feedback " + architecture.residualFeedback() + ", "
                    + describe(architecture) + ", but the settings ask for lookback " + options.lookback()
                    + ", output steps " + options.outputSteps() + ", context " + options.useContext()
                    + ", residual feedback " + options.residualFeedback() + ", " + describe(options));
        }
        Split split = split(options, data);
        return run(options, previous.normalisation(), previous.parameters(), previous.history(), split, monitor);
    }

    private static String describe(ResidualModelConfig c) {
        return c.layers() + " × " + c.hiddenSize() + (c.bidirectional() ? " bidirectional" : "") + " LSTM with "
                + (c.perStepHead() ? "a per-step head" : "a last-state head");
    }

    private static ResidualModel run(ResidualModelConfig config, Normalisation norm, byte[] initial,
            List<EpochResult> earlier, Split split, TrainingMonitor monitor) {
        Training.Result result = DlRuntime.call(() -> Training.run(DlRuntime.engine(config.threads()), config, norm,
                initial, earlier.size(), split.train(), split.validation(), monitor));
        List<EpochResult> history = new ArrayList<>(earlier);
        history.addAll(result.history());
        return new ResidualModel(config, norm, result.parameters(), history, result.validation(),
                result.trainingWindows());
    }

    record Split(List<Part> train, List<Part> validation) {
    }

    static Split split(ResidualModelConfig config, List<ResidualSeries> data) {
        if (data == null || data.isEmpty()) {
            throw new IllegalArgumentException("There is no data to train on");
        }
        int h = config.outputSteps();
        Windows check = new Windows(config, new Normalisation(0, 1, 0, 1));
        for (ResidualSeries s : data) {
            if (s.actual() == null) {
                throw new IllegalArgumentException("Series " + s.name() + " has no actual values to train on");
            }
            check.check(s);
        }
        List<ResidualSeries> byTime = new ArrayList<>(data);
        byTime.sort(Comparator.comparingDouble(ResidualSeries::origin)); // stable: ties keep the input order
        List<Part> train = new ArrayList<>();
        List<Part> validation = new ArrayList<>();
        if (byTime.size() >= 2) {
            int held = Math.min(byTime.size() - 1, Math.max(1, (int) Math.round(byTime.size()
                    * config.validationFraction())));
            for (int i = 0; i < byTime.size(); i++) {
                ResidualSeries s = byTime.get(i);
                (i < byTime.size() - held ? train : validation).add(new Part(s, 0, s.length() - h));
            }
        } else {
            ResidualSeries s = byTime.get(0);
            int cut = (int) Math.round(s.length() * (1 - config.validationFraction()));
            // Training targets end before the cut; validation blocks start at it.
            if (cut - h < 0 || s.length() - h < cut) {
                throw new IllegalArgumentException("Too little data: series " + s.name() + " has " + s.length()
                        + " steps; with " + h + " output step(s) and validation share " + config
                                .validationFraction()
                        + " it needs at least " + minimumSingleSeriesLength(config)
                        + " steps (or give several series)");
            }
            train.add(new Part(s, 0, cut - h));
            validation.add(new Part(s, cut, s.length() - h));
        }
        return new Split(train, validation);
    }

    private static int minimumSingleSeriesLength(ResidualModelConfig config) {
        for (int n = config.outputSteps();; n++) {
            int cut = (int) Math.round(n * (1 - config.validationFraction()));
            if (cut - config.outputSteps() >= 0 && n - config.outputSteps() >= cut) {
                return n;
            }
        }
    }

    /** Scales computed on the training parts only (no look at validation data). */
    static Normalisation normalisation(ResidualModelConfig config, List<Part> train) {
        Windows raw = new Windows(config, new Normalisation(0, 1, 0, 1));
        int h = config.outputSteps();
        int pad = config.lookback() - 1;
        List<Double> base = new ArrayList<>();
        List<Double> residual = new ArrayList<>();
        for (Part p : train) {
            ResidualSeries s = p.series();
            double[] r = s.residuals();
            int lastStep = p.lastBlock() + h - 1;
            for (int step = -pad; step <= lastStep; step++) {
                base.add(raw.rawBase(s, step));
            }
            for (int step = 0; step <= lastStep; step++) {
                residual.add(r[step]);
            }
        }
        double[] b = Normalisation.meanStd(base.stream().mapToDouble(Double::doubleValue).toArray(), base.size());
        double[] r = Normalisation.meanStd(residual.stream().mapToDouble(Double::doubleValue).toArray(),
                residual.size());
        return new Normalisation(b[0], b[1], r[0], r[1]);
    }
}
