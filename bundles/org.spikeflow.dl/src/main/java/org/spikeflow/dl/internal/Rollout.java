package org.spikeflow.dl.internal;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

import ai.djl.ndarray.NDList;
import ai.djl.ndarray.NDManager;
import ai.djl.ndarray.types.Shape;
import ai.djl.nn.Block;
import ai.djl.training.ParameterStore;

import org.spikeflow.dl.Normalisation;
import org.spikeflow.dl.ResidualModelConfig;
import org.spikeflow.dl.ResidualSeries;

/**
 * Predicts residuals as at correction time: from a start step on, residuals are unknown and the model's own predictions
 * are fed back as known residuals for the following blocks. All series advance together in one batch.
 */
public final class Rollout {

    private Rollout() {
    }

    /**
     * @param start
     *            per series, the first step to predict (true residuals before it are known; 0 for correction)
     * @return per series the predicted residuals (units of the series) at steps ≥ start, NaN before
     */
    public static List<double[]> predict(Block block, NDManager manager, Windows windows, Normalisation norm,
            int outputSteps, List<ResidualSeries> series, int[] start) {
        int n = series.size();
        int pad = windows.pad();
        int length = windows.windowLength();
        int stride = length * ResidualModelConfig.FEATURES;
        double[][] baseT = new double[n][];
        double[][] residualT = new double[n][];
        double[][] out = new double[n][];
        int[] next = start.clone();
        for (int i = 0; i < n; i++) {
            ResidualSeries s = series.get(i);
            windows.check(s);
            baseT[i] = windows.baseTimeline(s);
            residualT[i] = windows.residualTimeline(s);
            out[i] = new double[s.length()];
            Arrays.fill(out[i], Double.NaN);
        }
        ParameterStore parameters = new ParameterStore(manager, false);
        while (true) {
            List<Integer> active = new ArrayList<>();
            for (int i = 0; i < n; i++) {
                if (next[i] < series.get(i).length()) {
                    active.add(i);
                }
            }
            if (active.isEmpty()) {
                break;
            }
            float[] x = new float[active.size() * stride];
            int[] blockStart = new int[active.size()];
            for (int a = 0; a < active.size(); a++) {
                int i = active.get(a);
                // The last block may start before `next` so that it ends with the series.
                blockStart[a] = Math.min(next[i], series.get(i).length() - outputSteps);
                windows.window(x, a * stride, baseT[i], residualT[i], blockStart[a]);
            }
            float[] predicted;
            try (NDManager batch = manager.newSubManager()) {
                NDList input = new NDList(NativeArrays.create(batch, x, new Shape(active.size(), length,
                        ResidualModelConfig.FEATURES)));
                predicted = block.forward(parameters, input, false).singletonOrThrow().toFloatArray();
            }
            for (int a = 0; a < active.size(); a++) {
                int i = active.get(a);
                for (int j = 0; j < outputSteps; j++) {
                    int step = blockStart[a] + j;
                    if (step >= next[i]) {
                        float value = predicted[a * outputSteps + j];
                        residualT[i][step + pad] = value;
                        out[i][step] = norm.residualFromNormalised(value);
                    }
                }
                next[i] = blockStart[a] + outputSteps;
            }
        }
        return Arrays.asList(out);
    }
}
