package org.spikeflow.dl;

/**
 * How a residual model looks and is trained. The model reads, for each output block starting at horizon step k, the
 * steps k − lookback + 1 … k + outputSteps − 1 with three features each: the base forecast, the residual where it is
 * already known (0 otherwise) and a flag saying whether it is known; it outputs the residuals of steps k … k +
 * outputSteps − 1. Before the forecast origin the base is the context trace (when {@code useContext}) or the first
 * forecast value, and the residual is 0 (the past is observed).
 *
 * @param lookback
 *            steps of the recent past in each input window (≥ 1)
 * @param outputSteps
 *            residuals predicted per forward pass: 1 predicts step by step (each prediction is fed back as a known
 *            residual), the horizon length predicts the whole horizon at once
 * @param useContext
 *            whether steps before the forecast origin carry the context trace (needs a context at training and
 *            correction time)
 * @param layers
 *            stacked LSTM layers
 * @param hiddenSize
 *            LSTM state size
 * @param dropout
 *            dropout between LSTM layers, in [0, 1)
 * @param learningRate
 *            Adam learning rate
 * @param batchSize
 *            windows per optimiser step
 * @param epochs
 *            maximum passes over the training windows
 * @param patience
 *            epochs without a better validation loss before training stops; 0 never stops early
 * @param validationFraction
 *            share of the data, the latest in time, held out for validation, in (0, 0.9]
 * @param seed
 *            seeds initial weights, dropout and shuffling: same seed and data give the same model
 * @param threads
 *            PyTorch intra-op threads
 * @param bidirectional
 *            whether the LSTM also reads each window backwards. The whole base forecast is known at correction time, so
 *            a step's output may depend on later base values (e.g. to tell a copied noise wiggle from the shape around
 *            it)
 * @param perStepHead
 *            whether each output step gets the LSTM output at its own position in the window (one shared linear unit
 *            per step) instead of all outputs coming from the window's last state. With many output steps this keeps
 *            every residual next to the base value it corrects
 * @param maeLoss
 *            train on the mean absolute error (and judge the model against the identity by MAE) instead of the mean
 *            squared error. Spike-timing errors make residuals heavy-tailed: the squared-error optimum smears spikes,
 *            which can lower the RMSE while raising the MAE
 * @param residualFeedback
 *            whether the windows carry the residuals known before each block (true residuals in training, the model's
 *            own predictions when correcting). Without feedback (open loop) the model sees only the base forecast (and
 *            the context) and which steps lie before the origin: training then matches correction, where no residual of
 *            the horizon is known, and a wrong prediction is not fed into the next (no drift from teacher forcing)
 */
public record ResidualModelConfig(int lookback, int outputSteps, boolean useContext, int layers, int hiddenSize,
        double dropout, double learningRate, int batchSize, int epochs, int patience, double validationFraction,
        long seed, int threads, boolean bidirectional, boolean perStepHead, boolean maeLoss, boolean residualFeedback) {

    /** Number of features per time step of an input window. */
    public static final int FEATURES = 3;

    public ResidualModelConfig {
        require(lookback >= 1, "lookback must be at least 1, got " + lookback);
        require(outputSteps >= 1, "outputSteps must be at least 1, got " + outputSteps);
        require(layers >= 1, "layers must be at least 1, got " + layers);
        require(hiddenSize >= 1, "hiddenSize must be at least 1, got " + hiddenSize);
        require(dropout >= 0 && dropout < 1, "dropout must be in [0, 1), got " + dropout);
        require(learningRate > 0 && Double.isFinite(learningRate), "learningRate must be positive, got "
                + learningRate);
        require(batchSize >= 1, "batchSize must be at least 1, got " + batchSize);
        require(epochs >= 0, "epochs must not be negative, got " + epochs);
        require(patience >= 0, "patience must not be negative, got " + patience);
        require(validationFraction > 0 && validationFraction <= 0.9, "validationFraction must be in (0, 0.9], got "
                + validationFraction);
        require(threads >= 1, "threads must be at least 1, got " + threads);
    }

    private static void require(boolean condition, String message) {
        if (!condition) {
            throw new IllegalArgumentException("Residual model configuration: " + message);
        }
    }

    /** Windows of 20 steps, step by step, 2 × 32 LSTM, Adam 1e-3, batch 32, up to 50 epochs, patience 8. */
    public static ResidualModelConfig defaults() {
        return builder().build();
    }

    /**
     * The original Python project's configuration, for comparison: window 1 (the base forecast at the step itself), 2 ×
     * 64 LSTM, Adam 1e-3, MSE, batch 16. It trained 1000 epochs without validation; here the epochs default to 100 with
     * early stopping, as for every model.
     */
    public static ResidualModelConfig legacyPython() {
        return builder().lookback(1).hiddenSize(64).batchSize(16).epochs(100).build();
    }

    /**
     * Corrects a whole horizon of {@code horizon} steps in one pass, nothing fed back (no drift of step-by-step
     * predictions): each window holds the last 99 context points and the base forecast over the horizon; a
     * bidirectional 1 × 32 LSTM gives each step's residual from its own position (per-step head). MAE loss, Adam 3e-3,
     * batch 16, up to 150 epochs, patience 20. Needs the context trace. Tuned on the original project's RS/FS/IB/CH
     * forecasts with a seasonal-naive base (releng/benchmarks/lstm-accuracy.sh).
     */
    public static ResidualModelConfig horizonCorrection(int horizon) {
        return builder().lookback(100).outputSteps(horizon).useContext(true).layers(1).learningRate(3e-3)
                .batchSize(16).epochs(150).patience(20).bidirectional(true).perStepHead(true).maeLoss(true).build();
    }

    /** Length of an input window. */
    public int windowLength() {
        return lookback + outputSteps - 1;
    }

    public ResidualModelConfig withEpochs(int newEpochs) {
        return toBuilder().epochs(newEpochs).build();
    }

    public ResidualModelConfig withSeed(long newSeed) {
        return toBuilder().seed(newSeed).build();
    }

    public ResidualModelConfig withThreads(int newThreads) {
        return toBuilder().threads(newThreads).build();
    }

    public ResidualModelConfig withValidationFraction(double newFraction) {
        return toBuilder().validationFraction(newFraction).build();
    }

    /** @return a builder starting from the {@link #defaults()} */
    public static Builder builder() {
        return new Builder();
    }

    /** @return a builder starting from this configuration */
    public Builder toBuilder() {
        Builder b = new Builder();
        b.lookback = lookback;
        b.outputSteps = outputSteps;
        b.useContext = useContext;
        b.layers = layers;
        b.hiddenSize = hiddenSize;
        b.dropout = dropout;
        b.learningRate = learningRate;
        b.batchSize = batchSize;
        b.epochs = epochs;
        b.patience = patience;
        b.validationFraction = validationFraction;
        b.seed = seed;
        b.threads = threads;
        b.bidirectional = bidirectional;
        b.perStepHead = perStepHead;
        b.maeLoss = maeLoss;
        b.residualFeedback = residualFeedback;
        return b;
    }

    /**
     * Builder with named values (the record's components); starts from the defaults: window 20, one output step, no
     * context, 2 × 32 unidirectional LSTM with the last-state head, no dropout, Adam 1e-3, batch 32, 50 epochs,
     * patience 8, validation share 0.2, seed 42, one thread, MSE loss, residual feedback. {@link #build()} checks the
     * values.
     */
    public static final class Builder {
        private int lookback = 20;
        private int outputSteps = 1;
        private boolean useContext;
        private int layers = 2;
        private int hiddenSize = 32;
        private double dropout;
        private double learningRate = 1e-3;
        private int batchSize = 32;
        private int epochs = 50;
        private int patience = 8;
        private double validationFraction = 0.2;
        private long seed = 42L;
        private int threads = 1;
        private boolean bidirectional;
        private boolean perStepHead;
        private boolean maeLoss;
        private boolean residualFeedback = true;

        private Builder() {
        }

        public Builder lookback(int value) {
            lookback = value;
            return this;
        }

        public Builder outputSteps(int value) {
            outputSteps = value;
            return this;
        }

        public Builder useContext(boolean value) {
            useContext = value;
            return this;
        }

        public Builder layers(int value) {
            layers = value;
            return this;
        }

        public Builder hiddenSize(int value) {
            hiddenSize = value;
            return this;
        }

        public Builder dropout(double value) {
            dropout = value;
            return this;
        }

        public Builder learningRate(double value) {
            learningRate = value;
            return this;
        }

        public Builder batchSize(int value) {
            batchSize = value;
            return this;
        }

        public Builder epochs(int value) {
            epochs = value;
            return this;
        }

        public Builder patience(int value) {
            patience = value;
            return this;
        }

        public Builder validationFraction(double value) {
            validationFraction = value;
            return this;
        }

        public Builder seed(long value) {
            seed = value;
            return this;
        }

        public Builder threads(int value) {
            threads = value;
            return this;
        }

        public Builder bidirectional(boolean value) {
            bidirectional = value;
            return this;
        }

        public Builder perStepHead(boolean value) {
            perStepHead = value;
            return this;
        }

        public Builder maeLoss(boolean value) {
            maeLoss = value;
            return this;
        }

        public Builder residualFeedback(boolean value) {
            residualFeedback = value;
            return this;
        }

        /**
         * @throws IllegalArgumentException
         *             naming the first value out of range
         */
        public ResidualModelConfig build() {
            return new ResidualModelConfig(lookback, outputSteps, useContext, layers, hiddenSize, dropout,
                    learningRate, batchSize, epochs, patience, validationFraction, seed, threads, bidirectional,
                    perStepHead, maeLoss, residualFeedback);
        }
    }

    /** Whether a model trained with {@code other} has the same network and inputs (training options may differ). */
    public boolean sameArchitecture(ResidualModelConfig other) {
        return lookback == other.lookback && outputSteps == other.outputSteps && useContext == other.useContext
                && layers == other.layers && hiddenSize == other.hiddenSize && bidirectional == other.bidirectional
                && perStepHead == other.perStepHead && residualFeedback == other.residualFeedback;
    }

    /** "MAE" or "MSE": the training loss and the measure of the identity check. */
    public String lossName() {
        return maeLoss ? "MAE" : "MSE";
    }
}
