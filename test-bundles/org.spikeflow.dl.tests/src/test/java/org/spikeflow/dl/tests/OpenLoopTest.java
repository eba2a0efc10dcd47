package org.spikeflow.dl.tests;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.zip.ZipFile;

import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.spikeflow.dl.ResidualModel;
import org.spikeflow.dl.ResidualModelConfig;
import org.spikeflow.dl.ResidualSeries;
import org.spikeflow.dl.ResidualTrainer;
import org.spikeflow.dl.TrainingMonitor;

/**
 * Open loop (no residual feedback): the model corrects from the base forecast alone. The synthetic residual is a filter
 * of the base (r ← 0.6 r + 0.25 (base + 60) + 1.5), so a window of the base's recent past determines it.
 */
class OpenLoopTest {
    private static final int H = 30;
    private static final List<ResidualSeries> DATA = SyntheticResiduals.series(16, H, 11);
    private static final ResidualModelConfig CONFIG = ResidualModelConfig.builder().lookback(10).layers(1)
            .hiddenSize(8).learningRate(1e-2).batchSize(16).epochs(40).patience(0).validationFraction(0.25).seed(3L)
            .residualFeedback(false).build();
    private static ResidualModel trained;

    @BeforeAll
    static void trainOnce() {
        trained = ResidualTrainer.train(CONFIG, DATA, TrainingMonitor.NONE);
    }

    static double[] mae(ResidualModel model, List<ResidualSeries> series) {
        List<ResidualSeries> forecasts = new ArrayList<>();
        for (ResidualSeries s : series) {
            forecasts.add(ResidualSeries.forecast(s.name(), s.origin(), s.base(), s.context()));
        }
        List<double[]> predicted = model.predictResiduals(forecasts);
        double corrected = 0;
        double uncorrected = 0;
        for (int i = 0; i < series.size(); i++) {
            double[] r = series.get(i).residuals();
            for (int k = 0; k < r.length; k++) {
                corrected += Math.abs(r[k] - predicted.get(i)[k]);
                uncorrected += Math.abs(r[k]);
            }
        }
        return new double[] {corrected, uncorrected};
    }

    @Test
    void learnsTheResidualsOfUnseenForecastsFromTheBaseAlone() {
        assertTrue(trained.beatsIdentity(), trained.summary());
        assertTrue(trained.summary().contains("open loop"), trained.summary());
        double[] unseen = mae(trained, SyntheticResiduals.series(4, H, 99));
        assertTrue(unseen[0] < 0.3 * unseen[1], unseen[0] + " vs " + unseen[1]);
    }

    @Test
    void validationScoresTheCorrectionAsItIsUsed() {
        // the held-out series are the latest 4; corrected without their actual values they score what validation says
        double[] held = mae(trained, DATA.subList(12, 16));
        assertEquals(trained.validation().modelMae(), held[0] / (4 * H), 1e-5);
        assertEquals(trained.validation().identityMae(), held[1] / (4 * H), 1e-9);
    }

    @Test
    void theFileRecordsTheOpenLoopAsVersion3(@TempDir Path folder) throws IOException {
        Path file = folder.resolve("open.sflstm");
        trained.save(file);
        assertTrue(modelJson(file).contains("\"version\":3"), modelJson(file));
        ResidualModel loaded = ResidualModel.load(file);
        assertEquals(trained, loaded);
        assertFalse(loaded.config().residualFeedback());
        assertArrayEquals(trained.predictResiduals(DATA.get(3)), loaded.predictResiduals(DATA.get(3)), 0.0);

        // a model with feedback keeps the version older readers understand
        ResidualModel feedback = ResidualTrainer.train(CONFIG.toBuilder().epochs(1).residualFeedback(true).build(),
                DATA, TrainingMonitor.NONE);
        Path old = folder.resolve("feedback.sflstm");
        feedback.save(old);
        assertTrue(modelJson(old).contains("\"version\":1"), modelJson(old));
        assertTrue(ResidualModel.load(old).config().residualFeedback());
    }

    static String modelJson(Path file) throws IOException {
        try (ZipFile zip = new ZipFile(file.toFile())) {
            return new String(zip.getInputStream(zip.getEntry("model.json")).readAllBytes(), StandardCharsets.UTF_8)
                    .replace(" ", "");
        }
    }

    @Test
    void continuingWithFeedbackIsRejected() {
        ResidualModelConfig withFeedback = CONFIG.toBuilder().epochs(1).residualFeedback(true).build();
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
                () -> ResidualTrainer.continueTraining(trained, withFeedback, DATA, TrainingMonitor.NONE));
        assertTrue(e.getMessage().contains("residual feedback false"), e.getMessage());
    }
}
