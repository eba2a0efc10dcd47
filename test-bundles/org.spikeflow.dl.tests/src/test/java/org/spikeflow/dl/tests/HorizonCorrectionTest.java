package org.spikeflow.dl.tests;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.spikeflow.dl.ResidualModel;
import org.spikeflow.dl.ResidualModelConfig;
import org.spikeflow.dl.ResidualSeries;
import org.spikeflow.dl.ResidualTrainer;
import org.spikeflow.dl.TrainingMonitor;

/**
 * The whole-horizon options (bidirectional LSTM, per-step head, MAE loss) on tiny models: they learn, predict the whole
 * horizon in one pass, are deterministic, survive save/load, and the file records them.
 */
class HorizonCorrectionTest {
    private static final int H = 40;
    private static final List<ResidualSeries> DATA = SyntheticResiduals.series(16, H, 3);
    private static final ResidualModelConfig CONFIG = ResidualModelConfig.builder().lookback(6).outputSteps(H)
            .useContext(true).layers(1).hiddenSize(8).learningRate(1e-2).batchSize(4).epochs(30).patience(0)
            .validationFraction(0.25).seed(5L).bidirectional(true).perStepHead(true).maeLoss(true).build();
    private static ResidualModel trained;

    @BeforeAll
    static void trainOnce() {
        trained = ResidualTrainer.train(CONFIG, DATA, TrainingMonitor.NONE);
    }

    @Test
    void learnsTheResidualsOfUnseenForecasts() {
        // One window per series: 12 train, 4 validate (whole horizons).
        assertEquals(12, trained.trainingWindows());
        assertEquals(4 * H, trained.validation().steps());
        assertTrue(trained.beatsIdentity(), trained.summary());
        List<ResidualSeries> unseen = SyntheticResiduals.series(4, H, 77);
        List<ResidualSeries> forecasts = new ArrayList<>();
        for (ResidualSeries s : unseen) {
            forecasts.add(ResidualSeries.forecast(s.name(), s.origin(), s.base(), s.context()));
        }
        List<double[]> predicted = trained.predictResiduals(forecasts);
        double corrected = 0;
        double uncorrected = 0;
        for (int i = 0; i < unseen.size(); i++) {
            double[] r = unseen.get(i).residuals();
            for (int k = 0; k < H; k++) {
                corrected += Math.abs(r[k] - predicted.get(i)[k]);
                uncorrected += Math.abs(r[k]);
            }
        }
        assertTrue(corrected < 0.5 * uncorrected, corrected + " vs " + uncorrected);
    }

    @Test
    void sameSeedGivesTheSameModelBitForBit() {
        ResidualModelConfig config = CONFIG.withEpochs(2);
        ResidualModel a = ResidualTrainer.train(config, DATA, TrainingMonitor.NONE);
        ResidualModel b = ResidualTrainer.train(config, DATA, TrainingMonitor.NONE);
        assertArrayEquals(a.parameters(), b.parameters());
        assertArrayEquals(a.predictResiduals(DATA.get(0)), b.predictResiduals(DATA.get(0)), 0.0);
    }

    @Test
    void saveThenLoadKeepsTheOptionsAndThePredictions(@TempDir Path folder) throws IOException {
        Path file = folder.resolve("horizon.sflstm");
        trained.save(file);
        ResidualModel loaded = ResidualModel.load(file);
        assertEquals(trained, loaded);
        assertTrue(loaded.config().bidirectional() && loaded.config().perStepHead() && loaded.config().maeLoss());
        assertArrayEquals(trained.predictResiduals(DATA.get(15)), loaded.predictResiduals(DATA.get(15)), 0.0);
    }

    @Test
    void identityCheckUsesTheTrainingLoss() {
        // MAE-trained: judged by MAE, whatever the RMSE says.
        assertEquals(trained.validation().modelMae() < trained.validation().identityMae(), trained.beatsIdentity());
        assertTrue(trained.summary().contains("MAE loss"), trained.summary());
    }

    @Test
    void continuingWithAnotherHeadIsRejected() {
        ResidualModelConfig lastState = CONFIG.toBuilder().epochs(1).perStepHead(false).build();
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
                () -> ResidualTrainer.continueTraining(trained, lastState, DATA, TrainingMonitor.NONE));
        assertTrue(e.getMessage().contains("per-step head"), e.getMessage());
    }

    @Test
    void horizonCorrectionPresetPredictsTheWholeHorizonAtOnce() {
        ResidualModelConfig preset = ResidualModelConfig.horizonCorrection(200);
        assertEquals(200, preset.outputSteps());
        assertTrue(preset.useContext() && preset.bidirectional() && preset.perStepHead() && preset.maeLoss());
        assertEquals(1, preset.threads());
        // the rest of what its javadoc promises
        assertEquals(100, preset.lookback());
        assertEquals(1, preset.layers());
        assertEquals(32, preset.hiddenSize());
        assertEquals(3e-3, preset.learningRate());
        assertEquals(16, preset.batchSize());
        assertEquals(150, preset.epochs());
        assertEquals(20, preset.patience());
    }
}
