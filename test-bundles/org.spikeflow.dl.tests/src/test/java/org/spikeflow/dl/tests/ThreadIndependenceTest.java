package org.spikeflow.dl.tests;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;

import org.junit.jupiter.api.Test;
import org.spikeflow.dl.ResidualModel;
import org.spikeflow.dl.ResidualSeries;
import org.spikeflow.dl.ResidualTrainer;
import org.spikeflow.dl.TrainingMonitor;

/**
 * A workflow runs nodes on whichever worker thread is free, and PyTorch keeps some switches per thread (intra-op
 * threads, autograd): training and prediction must give the same numbers on any thread, including the one that loaded
 * the engine and fresh ones.
 */
class ThreadIndependenceTest {
    private static final List<ResidualSeries> DATA = SyntheticResiduals.series(4, 30, 11);

    @Test
    void trainingAndPredictionGiveTheSameNumbersOnEveryThread() throws Exception {
        ResidualModel here = ResidualTrainer.train(SyntheticResiduals.tinyConfig(4), DATA, TrainingMonitor.NONE);
        List<ResidualSeries> forecasts = new ArrayList<>();
        for (ResidualSeries s : SyntheticResiduals.series(2, 30, 12)) {
            forecasts.add(ResidualSeries.forecast(s.name(), s.origin(), s.base(), s.context()));
        }
        List<double[]> predictedHere = here.predictResiduals(forecasts);
        ExecutorService workers = Executors.newFixedThreadPool(2);
        try {
            for (int worker = 0; worker < 2; worker++) {
                // a new thread each time: PyTorch's per-thread state starts at its defaults there
                ExecutorService fresh = Executors.newSingleThreadExecutor();
                ResidualModel there;
                try {
                    there = fresh.submit(() -> ResidualTrainer.train(SyntheticResiduals.tinyConfig(4), DATA,
                            TrainingMonitor.NONE)).get();
                } finally {
                    fresh.shutdownNow();
                }
                assertEquals(here.validation(), there.validation(), "validation on a new thread");
                assertArrayEquals(here.parameters(), there.parameters(), "parameters trained on a new thread");
                Future<List<double[]>> predicted = workers.submit(() -> here.predictResiduals(forecasts));
                List<double[]> predictedThere = predicted.get();
                for (int i = 0; i < forecasts.size(); i++) {
                    assertArrayEquals(predictedHere.get(i), predictedThere.get(i), 0.0, "series " + i + " on worker "
                            + worker);
                }
            }
        } finally {
            workers.shutdownNow();
        }
    }
}
