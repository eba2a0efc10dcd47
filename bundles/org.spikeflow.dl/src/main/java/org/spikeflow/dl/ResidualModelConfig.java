package org.spikeflow.dl;

/**
 * How a residual model looks and is trained. The model reads, for each output block starting at horizon step k, the
 * steps k − lookback + 1 … k + outputSteps − 1 with three features each: the base forecast, the residual where it is
 * already known (0 otherwise) and a flag saying whether it is known; it outputs the residuals of steps k … k +
 * outputSteps − 1. Before the forecast origin the base is the context trace (when {@code useContext}) or the first
 * forecast value, and the residual is 0 (the past is observed).
 *
 * @param lookback           steps of the recent past in each input window (≥ 1)
 * @param outputSteps        residuals predicted per forward pass: 1 predicts step by step (each prediction is fed
 *                           back as a known residual), the horizon length predicts the whole horizon at once
 * @param useContext         whether steps before the forecast origin carry the context trace (needs a context at
 *                           training and correction time)
 * @param layers             stacked LSTM layers
 * @param hiddenSize         LSTM state size
 * @param dropout            dropout between LSTM layers, in [0, 1)
 * @param learningRate       Adam learning rate
 * @param batchSize          windows per optimiser step
 * @param epochs             maximum passes over the training windows
 * @param patience           epochs without a better validation loss before training stops; 0 never stops early
 * @param validationFraction share of the data, the latest in time, held out for validation, in (0, 0.9]
 * @param seed               seeds initial weights, dropout and shuffling: same seed and data give the same model
 * @param threads            PyTorch intra-op threads
 * @param bidirectional      whether the LSTM also reads each window backwards. The whole base forecast is known at
 *                           correction time, so a step's output may depend on later base values (e.g. to tell a
 *                           copied noise wiggle from the shape around it)
 * @param perStepHead        whether each output step gets the LSTM output at its own position in the window (one
 *                           shared linear unit per step) instead of all outputs coming from the window's last state.
 *                           With many output steps this keeps every residual next to the base value it corrects
 * @param maeLoss            train on the mean absolute error (and judge the model against the identity by MAE)
 *                           instead of the mean squared error. Spike-timing errors make residuals heavy-tailed: the
 *                           squared-error optimum smears spikes, which can lower the RMSE while raising the MAE
 */
public record ResidualModelConfig(int lookback, int outputSteps, boolean useContext, int layers, int hiddenSize,
        double dropout, double learningRate, int batchSize, int epochs, int patience, double validationFraction,
        long seed, int threads, boolean bidirectional, boolean perStepHead, boolean maeLoss) {

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

    /** A unidirectional LSTM with all outputs from its last state (the layout of model files of version 1). */
    public ResidualModelConfig(int lookback, int outputSteps, boolean useContext, int layers, int hiddenSize,
            double dropout, double learningRate, int batchSize, int epochs, int patience, double validationFraction,
            long seed, int threads) {
        this(lookback, outputSteps, useContext, layers, hiddenSize, dropout, learningRate, batchSize, epochs,
                patience, validationFraction, seed, threads, false, false, false);
    }

    private static void require(boolean condition, String message) {
        if (!condition) {
            throw new IllegalArgumentException("Residual model configuration: " + message);
        }
    }

    /** Windows of 20 steps, step by step, 2 × 32 LSTM, Adam 1e-3, batch 32, up to 50 epochs, patience 8. */
    public static ResidualModelConfig defaults() {
        return new ResidualModelConfig(20, 1, false, 2, 32, 0.0, 1e-3, 32, 50, 8, 0.2, 42L, 1);
    }

    /**
     * The seed project's configuration, for comparison: window 1 (the base forecast at the step itself), 2 × 64
     * LSTM, Adam 1e-3, MSE, batch 16. The seed trained 1000 epochs without validation; here the epochs default to
     * 100 with early stopping, as for every model.
     */
    public static ResidualModelConfig legacyPython() {
        return new ResidualModelConfig(1, 1, false, 2, 64, 0.0, 1e-3, 16, 100, 8, 0.2, 42L, 1);
    }

    /**
     * Corrects a whole horizon of {@code horizon} steps in one pass, nothing fed back (no drift of step-by-step
     * predictions): each window holds the last 99 context points and the base forecast over the horizon; a
     * bidirectional 1 × 32 LSTM gives each step's residual from its own position (per-step head). MAE loss, Adam
     * 3e-3, batch 16, up to 150 epochs, patience 20. Needs the context trace. Tuned on the seed's RS/FS/IB/CH forecasts with a
     * seasonal-naive base (releng/benchmarks/lstm-accuracy.sh).
     */
    public static ResidualModelConfig horizonCorrection(int horizon) {
        return new ResidualModelConfig(100, horizon, true, 1, 32, 0.0, 3e-3, 16, 150, 20, 0.2, 42L, 1, true, true, true);
    }

    /** Length of an input window. */
    public int windowLength() {
        return lookback + outputSteps - 1;
    }

    public ResidualModelConfig withEpochs(int newEpochs) {
        return new ResidualModelConfig(lookback, outputSteps, useContext, layers, hiddenSize, dropout, learningRate,
                batchSize, newEpochs, patience, validationFraction, seed, threads, bidirectional, perStepHead, maeLoss);
    }

    public ResidualModelConfig withSeed(long newSeed) {
        return new ResidualModelConfig(lookback, outputSteps, useContext, layers, hiddenSize, dropout, learningRate,
                batchSize, epochs, patience, validationFraction, newSeed, threads, bidirectional, perStepHead, maeLoss);
    }

    public ResidualModelConfig withThreads(int newThreads) {
        return new ResidualModelConfig(lookback, outputSteps, useContext, layers, hiddenSize, dropout, learningRate,
                batchSize, epochs, patience, validationFraction, seed, newThreads, bidirectional, perStepHead, maeLoss);
    }

    public ResidualModelConfig withValidationFraction(double newFraction) {
        return new ResidualModelConfig(lookback, outputSteps, useContext, layers, hiddenSize, dropout, learningRate,
                batchSize, epochs, patience, newFraction, seed, threads, bidirectional, perStepHead, maeLoss);
    }

    /** Whether a model trained with {@code other} has the same network and inputs (training options may differ). */
    public boolean sameArchitecture(ResidualModelConfig other) {
        return lookback == other.lookback && outputSteps == other.outputSteps && useContext == other.useContext
                && layers == other.layers && hiddenSize == other.hiddenSize && bidirectional == other.bidirectional
                && perStepHead == other.perStepHead;
    }

    /** "MAE" or "MSE": the training loss and the measure of the identity check. */
    public String lossName() {
        return maeLoss ? "MAE" : "MSE";
    }
}
