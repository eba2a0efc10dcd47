package org.spikeflow.dl.internal;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.DataInputStream;
import java.io.DataOutputStream;
import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;

import ai.djl.Device;
import ai.djl.MalformedModelException;
import ai.djl.Model;
import ai.djl.engine.Engine;
import ai.djl.ndarray.NDArray;
import ai.djl.ndarray.NDList;
import ai.djl.ndarray.NDManager;
import ai.djl.ndarray.types.Shape;
import ai.djl.nn.Block;
import ai.djl.training.DefaultTrainingConfig;
import ai.djl.training.GradientCollector;
import ai.djl.training.ParameterStore;
import ai.djl.training.Trainer;
import ai.djl.training.loss.Loss;
import ai.djl.training.optimizer.Optimizer;
import ai.djl.training.tracker.Tracker;

import org.spikeflow.dl.EpochResult;
import org.spikeflow.dl.Normalisation;
import org.spikeflow.dl.ResidualModelConfig;
import org.spikeflow.dl.ResidualSeries;
import org.spikeflow.dl.TrainingCanceledException;
import org.spikeflow.dl.TrainingMonitor;
import org.spikeflow.dl.ValidationSummary;

/** The training loop: Adam on the mean squared error, shuffled batches, early stopping, best epoch kept. */
public final class Training {
    private static final int EVALUATION_BATCH = 1024;

    /**
     * @param parameters
     *            the best epoch's parameters (DJL block format)
     * @param history
     *            every epoch run
     * @param validation
     *            the best parameters against the identity on the validation parts
     */
    public record Result(byte[] parameters, List<EpochResult> history, ValidationSummary validation,
            int trainingWindows) {
    }

    private Training() {
    }

    /** Builds the network and (when given) loads parameters into it. Caller closes the model. */
    public static Model newModel(ResidualModelConfig config, byte[] parameters) {
        Model model = Model.newInstance("residual-lstm", Device.cpu(), "PyTorch");
        model.setBlock(LstmNetwork.build(config));
        model.getBlock().initialize(model.getNDManager(), ai.djl.ndarray.types.DataType.FLOAT32,
                new Shape(1, config.windowLength(), ResidualModelConfig.FEATURES));
        if (parameters != null) {
            load(model.getBlock(), model.getNDManager(), parameters);
        }
        return model;
    }

    static void load(Block block, NDManager manager, byte[] parameters) {
        try {
            block.loadParameters(manager, new DataInputStream(new ByteArrayInputStream(parameters)));
            NativeArrays.ownParameters(block); // decoded into Java memory: see NativeArrays
        } catch (IOException | MalformedModelException e) {
            throw new IllegalArgumentException("The model parameters do not fit the configured network: "
                    + e.getMessage(), e);
        }
    }

    static byte[] save(Block block) {
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        try {
            block.saveParameters(new DataOutputStream(bytes));
        } catch (IOException e) {
            throw new IllegalStateException("Cannot serialise the model parameters: " + e.getMessage(), e);
        }
        return bytes.toByteArray();
    }

    public static Result run(Engine engine, ResidualModelConfig config, Normalisation norm, byte[] initial,
            int epochOffset, List<Part> train, List<Part> validation, TrainingMonitor monitor) {
        // Seeds torch (initial weights, dropout) and DJL; shuffling uses its own seeded Random.
        engine.setRandomSeed((int) (config.seed() ^ (config.seed() >>> 32)) + epochOffset);
        Windows windows = new Windows(config, norm);
        int length = windows.windowLength();
        int stride = length * ResidualModelConfig.FEATURES;
        int outputs = config.outputSteps();
        float[][] trainData = windows(windows, train, stride, outputs);
        float[][] validationData = windows(windows, validation, stride, outputs);
        int trainCount = trainData[1].length / outputs;
        int validationCount = validationData[1].length / outputs;

        DefaultTrainingConfig trainingConfig = new DefaultTrainingConfig(config.maeLoss()
                ? Loss.l1Loss("mae")
                : Loss.l2Loss("mse", 1f))
                .optOptimizer(Optimizer.adam().optLearningRateTracker(Tracker.fixed((float) config.learningRate()))
                        .build())
                .optDevices(new Device[] {Device.cpu()});
        try (Model model = Model.newInstance("residual-lstm", Device.cpu(), "PyTorch")) {
            Block block = LstmNetwork.build(config);
            model.setBlock(block);
            Shape inputShape = new Shape(1, length, ResidualModelConfig.FEATURES);
            if (initial != null) {
                // Before the trainer exists: it holds on to the parameter arrays it sees when initialised, so
                // parameters loaded after that were neither trained nor saved (continued training restarted from
                // random weights and was validated against memory it no longer owned).
                block.initialize(model.getNDManager(), ai.djl.ndarray.types.DataType.FLOAT32, inputShape);
                load(block, model.getNDManager(), initial);
            }
            try (Trainer trainer = model.newTrainer(trainingConfig)) {
                trainer.initialize(inputShape); // keeps loaded parameters (DJL initialises only uninitialised ones)
                Random shuffle = new Random(config.seed() + epochOffset);
                int[] order = new int[trainCount];
                for (int i = 0; i < trainCount; i++) {
                    order[i] = i;
                }
                List<EpochResult> history = new ArrayList<>();
                byte[] best = save(block);
                double bestLoss = Double.POSITIVE_INFINITY;
                int sinceBest = 0;
                float[] x = new float[config.batchSize() * stride];
                float[] y = new float[config.batchSize() * outputs];
                for (int epoch = 1; epoch <= config.epochs(); epoch++) {
                    long started = System.nanoTime();
                    for (int i = trainCount - 1; i > 0; i--) {
                        int j = shuffle.nextInt(i + 1);
                        int t = order[i];
                        order[i] = order[j];
                        order[j] = t;
                    }
                    double lossSum = 0;
                    for (int from = 0; from < trainCount; from += config.batchSize()) {
                        if (monitor.isCanceled()) {
                            throw new TrainingCanceledException(epoch - 1);
                        }
                        int size = Math.min(config.batchSize(), trainCount - from);
                        for (int b = 0; b < size; b++) {
                            int w = order[from + b];
                            System.arraycopy(trainData[0], w * stride, x, b * stride, stride);
                            System.arraycopy(trainData[1], w * outputs, y, b * outputs, outputs);
                        }
                        lossSum += step(trainer, model.getNDManager(), x, y, size, length, outputs) * size;
                    }
                    double trainLoss = lossSum / trainCount;
                    double validationLoss = evaluate(block, model.getNDManager(), validationData, validationCount,
                            length, outputs, config.maeLoss());
                    EpochResult result = new EpochResult(epochOffset + epoch, trainLoss, validationLoss,
                            (System.nanoTime() - started) / 1e9);
                    history.add(result);
                    monitor.epochFinished(result, config.epochs());
                    if (validationLoss < bestLoss) {
                        bestLoss = validationLoss;
                        best = save(block);
                        sinceBest = 0;
                    } else if (config.patience() > 0 && ++sinceBest >= config.patience()) {
                        break;
                    }
                }
                load(block, model.getNDManager(), best);
                ValidationSummary summary = validate(block, model.getNDManager(), windows, norm, outputs,
                        validation);
                return new Result(best, history, summary, trainCount);
            }
        }
    }

    private static double step(Trainer trainer, NDManager manager, float[] x, float[] y, int size, int length,
            int outputs) {
        try (NDManager batch = manager.newSubManager()) {
            NDArray input = NativeArrays.create(batch, x, new Shape(size, length, ResidualModelConfig.FEATURES));
            NDArray label = NativeArrays.create(batch, y, new Shape(size, outputs));
            double loss;
            try (GradientCollector collector = trainer.newGradientCollector()) {
                NDArray predicted = trainer.forward(new NDList(input)).singletonOrThrow();
                NDArray value = trainer.getLoss().evaluate(new NDList(label), new NDList(predicted));
                collector.backward(value);
                loss = value.getFloat();
            }
            trainer.step();
            return loss;
        }
    }

    /** Mean absolute ({@code mae}) or squared error (normalised units) over windows, without dropout. */
    public static double evaluate(Block block, NDManager manager, float[][] data, int count, int length,
            int outputs, boolean mae) {
        if (count == 0) {
            return Double.NaN;
        }
        int stride = length * ResidualModelConfig.FEATURES;
        ParameterStore parameters = new ParameterStore(manager, false);
        double sum = 0;
        for (int from = 0; from < count; from += EVALUATION_BATCH) {
            int size = Math.min(EVALUATION_BATCH, count - from);
            float[] x = java.util.Arrays.copyOfRange(data[0], from * stride, (from + size) * stride);
            try (NDManager batch = manager.newSubManager()) {
                NDArray input = NativeArrays.create(batch, x, new Shape(size, length, ResidualModelConfig.FEATURES));
                float[] predicted = block.forward(parameters, new NDList(input), false).singletonOrThrow()
                        .toFloatArray();
                for (int i = 0; i < size * outputs; i++) {
                    double d = predicted[i] - data[1][from * outputs + i];
                    sum += mae ? Math.abs(d) : d * d;
                }
            }
        }
        return sum / ((double) count * outputs);
    }

    /** All windows and targets of the parts, in order: {inputs, targets}. */
    static float[][] windows(Windows windows, List<Part> parts, int stride, int outputs) {
        int count = 0;
        for (Part p : parts) {
            count += p.blocks();
        }
        float[] x = new float[count * stride];
        float[] y = new float[count * outputs];
        int w = 0;
        for (Part p : parts) {
            windows.check(p.series());
            double[] baseT = windows.baseTimeline(p.series());
            double[] residualT = windows.residualTimeline(p.series());
            for (int k = p.firstBlock(); k <= p.lastBlock(); k++) {
                windows.window(x, w * stride, baseT, residualT, k);
                windows.target(y, w * outputs, residualT, k);
                w++;
            }
        }
        return new float[][] {x, y};
    }

    /** The correction as it will be used (residuals of the horizon unknown) against the identity. */
    static ValidationSummary validate(Block block, NDManager manager, Windows windows, Normalisation norm,
            int outputs, List<Part> parts) {
        List<ResidualSeries> series = new ArrayList<>();
        int[] start = new int[parts.size()];
        for (int i = 0; i < parts.size(); i++) {
            series.add(parts.get(i).series());
            start[i] = parts.get(i).firstBlock();
        }
        List<double[]> predicted = Rollout.predict(block, manager, windows, norm, outputs, series, start);
        double modelAbs = 0;
        double identityAbs = 0;
        double modelSq = 0;
        double identitySq = 0;
        int steps = 0;
        for (int i = 0; i < series.size(); i++) {
            double[] r = series.get(i).residuals();
            for (int k = start[i]; k < r.length; k++) {
                double e = r[k] - predicted.get(i)[k];
                modelAbs += Math.abs(e);
                modelSq += e * e;
                identityAbs += Math.abs(r[k]);
                identitySq += r[k] * r[k];
                steps++;
            }
        }
        return new ValidationSummary(steps, modelAbs / steps, identityAbs / steps, Math.sqrt(modelSq / steps),
                Math.sqrt(identitySq / steps));
    }
}
