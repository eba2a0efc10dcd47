package org.spikeflow.dl.tests;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.concurrent.atomic.AtomicInteger;

import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.spikeflow.dl.EpochResult;
import org.spikeflow.dl.ResidualModel;
import org.spikeflow.dl.ResidualModelConfig;
import org.spikeflow.dl.ResidualSeries;
import org.spikeflow.dl.ResidualTrainer;
import org.spikeflow.dl.TrainingCanceledException;
import org.spikeflow.dl.TrainingMonitor;

/** Training, prediction, persistence and determinism of the residual model, on tiny models. */
class ResidualModelTest {
    private static final List<ResidualSeries> DATA = SyntheticResiduals.series(8, 40, 3);
    private static ResidualModel trained;

    @BeforeAll
    static void trainOnce() {
        trained = ResidualTrainer.train(SyntheticResiduals.tinyConfig(25), DATA, TrainingMonitor.NONE);
    }

    @Test
    void shortTrainingLowersTheValidationLossAndBeatsTheIdentity() {
        List<EpochResult> history = trained.history();
        assertEquals(25, history.size());
        double first = history.get(0).validationLoss();
        double best = history.stream().mapToDouble(EpochResult::validationLoss).min().orElseThrow();
        assertTrue(best < 0.5 * first, "validation loss " + first + " -> " + best);
        assertTrue(history.get(24).trainLoss() < history.get(0).trainLoss());
        assertTrue(trained.beatsIdentity(), trained.summary());
        assertTrue(trained.validation().modelMae() < trained.validation().identityMae(), trained.summary());
        // 8 series, 2 held out (the latest), 40 blocks each
        assertEquals(6 * 40, trained.trainingWindows());
        assertEquals(2 * 40, trained.validation().steps());
    }

    @Test
    void correctedForecastsAreCloserToTheActualValues() {
        List<ResidualSeries> unseen = SyntheticResiduals.series(3, 40, 99);
        List<ResidualSeries> forecasts = new ArrayList<>();
        for (ResidualSeries s : unseen) {
            forecasts.add(ResidualSeries.forecast(s.name(), s.origin(), s.base(), s.context()));
        }
        List<double[]> residuals = trained.predictResiduals(forecasts);
        double corrected = 0;
        double uncorrected = 0;
        for (int i = 0; i < unseen.size(); i++) {
            double[] r = unseen.get(i).residuals();
            assertEquals(r.length, residuals.get(i).length);
            for (int k = 0; k < r.length; k++) {
                corrected += Math.abs(r[k] - residuals.get(i)[k]);
                uncorrected += Math.abs(r[k]);
            }
        }
        assertTrue(corrected < 0.5 * uncorrected, corrected + " vs " + uncorrected);
    }

    @Test
    void saveThenLoadGivesAnEqualModelWithIdenticalPredictions(@TempDir Path folder) throws IOException {
        Path file = folder.resolve("sub/model.sflstm");
        trained.save(file);
        assertTrue(Files.isRegularFile(file));
        try (var files = Files.list(file.getParent())) {
            assertEquals(1, files.count(), "no temporary file left beside the model");
        }
        ResidualModel loaded = ResidualModel.load(file);
        assertEquals(trained, loaded);
        assertEquals(trained.config(), loaded.config());
        assertEquals(trained.normalisation(), loaded.normalisation());
        double[] before = trained.predictResiduals(DATA.get(7));
        double[] after = loaded.predictResiduals(DATA.get(7));
        assertArrayEquals(before, after, 0.0, "bit-identical predictions");
    }

    @Test
    void loadingSomethingElseSaysWhatIsWrong(@TempDir Path folder) throws IOException {
        Path file = folder.resolve("not-a-model.zip");
        Files.writeString(file, "hello");
        IOException e = assertThrows(IOException.class, () -> ResidualModel.load(file));
        assertTrue(e.getMessage().contains("not a Spikeflow LSTM residual model"), e.getMessage());
    }

    @Test
    void sameSeedAndDataGiveTheSameModelBitForBit() {
        ResidualModelConfig config = SyntheticResiduals.tinyConfig(3);
        ResidualModel a = ResidualTrainer.train(config, DATA, TrainingMonitor.NONE);
        ResidualModel b = ResidualTrainer.train(config, DATA, TrainingMonitor.NONE);
        assertArrayEquals(a.parameters(), b.parameters());
        for (int i = 0; i < 3; i++) {
            assertEquals(a.history().get(i).trainLoss(), b.history().get(i).trainLoss());
            assertEquals(a.history().get(i).validationLoss(), b.history().get(i).validationLoss());
        }
        ResidualModel other = ResidualTrainer.train(config.withSeed(8), DATA, TrainingMonitor.NONE);
        assertFalse(Arrays.equals(a.parameters(), other.parameters()), "another seed, another model");
    }

    @Test
    void dropoutAndTwoLayersAreDeterministicToo() {
        ResidualModelConfig config = ResidualModelConfig.builder().lookback(3).outputSteps(2).useContext(true)
                .hiddenSize(6).dropout(0.3).learningRate(1e-2).batchSize(8).epochs(2).patience(0)
                .validationFraction(0.25).seed(11L).build();
        ResidualModel a = ResidualTrainer.train(config, DATA, TrainingMonitor.NONE);
        ResidualModel b = ResidualTrainer.train(config, DATA, TrainingMonitor.NONE);
        assertArrayEquals(a.parameters(), b.parameters());
        assertArrayEquals(a.predictResiduals(DATA.get(0)), b.predictResiduals(DATA.get(0)), 0.0);
    }

    @Test
    void cancelStopsTrainingPromptly() {
        AtomicInteger epochs = new AtomicInteger();
        TrainingMonitor cancelAfterOne = new TrainingMonitor() {
            @Override
            public void epochFinished(EpochResult result, int maxEpochs) {
                epochs.incrementAndGet();
            }

            @Override
            public boolean isCanceled() {
                return epochs.get() >= 1;
            }
        };
        TrainingCanceledException e = assertThrows(TrainingCanceledException.class,
                () -> ResidualTrainer.train(SyntheticResiduals.tinyConfig(1000), DATA, cancelAfterOne));
        assertEquals(1, epochs.get(), "stopped in the epoch after the cancel");
        assertTrue(e.getMessage().contains("after 1 complete epoch"), e.getMessage());
    }

    @Test
    void continuedTrainingKeepsNormalisationAndExtendsTheHistory() {
        ResidualModel more = ResidualTrainer.continueTraining(trained, SyntheticResiduals.tinyConfig(2), DATA,
                TrainingMonitor.NONE);
        assertEquals(27, more.history().size());
        assertEquals(26, more.history().get(25).epoch());
        assertEquals(trained.normalisation(), more.normalisation());
        ResidualModelConfig bigger = ResidualModelConfig.builder().lookback(4).hiddenSize(8).learningRate(1e-2)
                .batchSize(16).epochs(2).patience(0).validationFraction(0.25).seed(7L).build();
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
                () -> ResidualTrainer.continueTraining(trained, bigger, DATA, TrainingMonitor.NONE));
        assertTrue(e.getMessage().contains("Cannot continue training"), e.getMessage());
    }

    @Test
    void continuedTrainingStartsFromTheTrainedWeightsAndUpdatesThem() {
        ResidualModel more = ResidualTrainer.continueTraining(trained, SyntheticResiduals.tinyConfig(3), DATA,
                TrainingMonitor.NONE);
        List<EpochResult> history = more.history();
        // from trained weights the first continued epoch starts where training ended, far below a fresh start
        assertTrue(history.get(25).trainLoss() < 0.5 * history.get(0).trainLoss(), "continued epoch 26 train loss "
                + history.get(25).trainLoss() + " vs fresh epoch 1 " + history.get(0).trainLoss());
        // the validated and saved weights are the ones being trained: validation moves, parameters change
        assertTrue(history.get(25).validationLoss() != history.get(27).validationLoss()
                || history.get(26).validationLoss() != history.get(27).validationLoss(), history.toString());
        assertFalse(Arrays.equals(trained.parameters(), more.parameters()), "continued training changed nothing");
        assertTrue(more.validation().modelMae() < more.validation().identityMae(), more.summary());
    }

    @Test
    void mismatchedLengthsAreRejectedNamingTheSeries() {
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
                () -> new ResidualSeries("Neuron = 2", 0, new double[5], new double[4], null));
        assertEquals("Series Neuron = 2: the base forecast has 5 steps but the actual values have 4", e.getMessage());
    }

    @Test
    void nanIsRejectedNamingTheSeriesAndStep() {
        double[] actual = new double[5];
        actual[3] = Double.NaN;
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
                () -> new ResidualSeries("Neuron = 2", 0, new double[5], actual, null));
        assertTrue(e.getMessage().startsWith("Series Neuron = 2: the actual value at step 3 is NaN"),
                e.getMessage());
    }

    @Test
    void tooLittleDataForTheWindowIsRejected() {
        ResidualModelConfig multiOutput = ResidualModelConfig.builder().lookback(4).outputSteps(10).layers(1)
                .hiddenSize(4).learningRate(1e-2).batchSize(4).epochs(1).patience(0).validationFraction(0.25).seed(1L)
                .build();
        List<ResidualSeries> shortSeries = SyntheticResiduals.series(3, 8, 5);
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
                () -> ResidualTrainer.train(multiOutput, shortSeries, TrainingMonitor.NONE));
        assertTrue(e.getMessage().contains("has 8 forecast steps, fewer than the model's output steps (10)"),
                e.getMessage());
        IllegalArgumentException single = assertThrows(IllegalArgumentException.class,
                () -> ResidualTrainer.train(SyntheticResiduals.tinyConfig(1), SyntheticResiduals.series(1, 2, 5),
                        TrainingMonitor.NONE));
        assertTrue(single.getMessage().startsWith("Too little data: series synthetic 0 has 2 steps"),
                single.getMessage());
    }

    @Test
    void aModelUsingTheContextNeedsOne() {
        ResidualModelConfig withContext = ResidualModelConfig.builder().lookback(4).useContext(true).layers(1)
                .hiddenSize(4).learningRate(1e-2).batchSize(16).epochs(1).patience(0).validationFraction(0.25).seed(1L)
                .build();
        ResidualModel model = ResidualTrainer.train(withContext, DATA, TrainingMonitor.NONE);
        ResidualSeries noContext = ResidualSeries.forecast("Neuron = 1", 0, DATA.get(0).base(), null);
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
                () -> model.predictResiduals(noContext));
        assertTrue(e.getMessage().contains("has no context trace"), e.getMessage());
    }

    @Test
    void singleSeriesIsSplitByTime() {
        ResidualModelConfig config = SyntheticResiduals.tinyConfig(1);
        ResidualModel model = ResidualTrainer.train(config, SyntheticResiduals.series(1, 40, 5),
                TrainingMonitor.NONE);
        // cut at round(40 × 0.75) = 30: windows for steps 0-29 train, steps 30-39 validate
        assertEquals(30, model.trainingWindows());
        assertEquals(10, model.validation().steps());
        assertNotEquals(0, model.validation().identityRmse());
    }

    @Test
    void seedCompatiblePresetIsTheSeedsConfiguration() {
        ResidualModelConfig seed = ResidualModelConfig.legacyPython();
        assertEquals(1, seed.lookback());
        assertEquals(64, seed.hiddenSize());
        assertEquals(2, seed.layers());
        assertEquals(1e-3, seed.learningRate());
        assertEquals(16, seed.batchSize());
        ResidualModel model = ResidualTrainer.train(seed.withEpochs(1), DATA, TrainingMonitor.NONE);
        assertEquals(1, model.history().size());
    }

    @Test
    void builderStartsFromTheDocumentedDefaultsAndKeepsWhatIsNotSet() {
        // the values the javadoc of defaults() and of the builder promise
        assertEquals(new ResidualModelConfig(20, 1, false, 2, 32, 0.0, 1e-3, 32, 50, 8, 0.2, 42L, 1, false, false,
                false, true), ResidualModelConfig.defaults());
        ResidualModelConfig changed = ResidualModelConfig.defaults().toBuilder().hiddenSize(7).maeLoss(true).build();
        assertEquals(7, changed.hiddenSize());
        assertEquals("MAE", changed.lossName());
        assertEquals(ResidualModelConfig.defaults(), changed.toBuilder().hiddenSize(32).maeLoss(false).build());
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
                () -> ResidualModelConfig.builder().dropout(1).build());
        assertEquals("Residual model configuration: dropout must be in [0, 1), got 1.0", e.getMessage());
    }
}
