package org.spikeflow.nodes.dl.internal.trainer;

import org.spikeflow.core.settings.InvalidSettingsException;
import org.spikeflow.core.settings.Setting;
import org.spikeflow.dl.ResidualModelConfig;
import org.spikeflow.nodes.dl.internal.common.ForecastColumnsSettings;

/** Settings of the LSTM Residual Trainer. */
public class LstmResidualTrainerNodeSettings extends ForecastColumnsSettings {
    @Setting(title = "Preset", description = "custom uses the settings below; seedCompatible reproduces the seed"
            + " project's model (window 1, 2 × 64 LSTM, Adam 1e-3, MSE, batch 16); horizonCorrection corrects the"
            + " whole horizon (output steps) in one pass from 99 context points and the base forecast (bidirectional"
            + " 1 × 32 LSTM, per-step head, MAE loss; needs the context table). The presets take only epochs,"
            + " patience, validation share, seed, threads (and horizonCorrection the output steps) from below.")
    public ModelPreset preset = ModelPreset.CUSTOM;

    @Setting(title = "Lookback", description = "Steps of the recent past (base forecast and known residuals) in"
            + " each input window.", min = 1, max = 10000)
    public int lookback = 20;

    @Setting(title = "Output steps", description = "Residuals predicted per pass: 1 predicts step by step (each"
            + " prediction is fed back), the horizon length predicts the whole horizon at once.", min = 1,
            max = 100000)
    public int outputSteps = 1;

    @Setting(title = "Use context", description = "Whether the window's steps before the forecast origin carry the"
            + " context trace (connect the context table) instead of the first forecast value.")
    public boolean useContext = false;

    @Setting(title = "Bidirectional", description = "Whether the LSTM also reads each window backwards (the whole"
            + " base forecast is known when correcting).", advanced = true)
    public boolean bidirectional = false;

    @Setting(title = "Per-step head", description = "Whether each output step takes the LSTM output at its own"
            + " position in the window instead of all outputs coming from the window's last state.", advanced = true)
    public boolean perStepHead = false;

    @Setting(title = "MAE loss", description = "Train on the mean absolute error (and judge the model against the"
            + " identity by MAE) instead of the mean squared error: spike-timing residuals are heavy-tailed.",
            advanced = true)
    public boolean maeLoss = false;

    @Setting(title = "Residual feedback", description = "Whether each input window carries the residuals known"
            + " before its block (true ones in training, the model's own predictions when correcting). Off (open"
            + " loop): the model sees only the base forecast, the context and which steps lie before the origin, so"
            + " training matches correction and a wrong prediction is not fed back; best with many forecasts to"
            + " learn from (e.g. backtests from the Rolling Origins node).", advanced = true)
    public boolean residualFeedback = true;

    @Setting(title = "LSTM layers", min = 1, max = 16)
    public int layers = 2;

    @Setting(title = "Hidden size", description = "LSTM state size.", min = 1, max = 4096)
    public int hiddenSize = 32;

    @Setting(title = "Dropout", description = "Dropout between LSTM layers.", min = 0, max = 0.95)
    public double dropout = 0;

    @Setting(title = "Learning rate", description = "Adam's learning rate.", min = 1e-8, max = 10)
    public double learningRate = 1e-3;

    @Setting(title = "Batch size", min = 1, max = 1_000_000)
    public int batchSize = 32;

    @Setting(title = "Epochs", description = "Maximum passes over the training windows.", min = 1, max = 1_000_000)
    public int epochs = 50;

    @Setting(title = "Patience", description = "Epochs without a better validation loss before training stops"
            + " (the best epoch is kept); 0 never stops early.", min = 0)
    public int patience = 8;

    @Setting(title = "Validation share", description = "Share of the data, the latest in time, held out to"
            + " validate.", min = 0.01, max = 0.9)
    public double validationFraction = 0.2;

    @Setting(title = "Seed", description = "Seeds weights, dropout and shuffling: the same seed and data give the"
            + " same model.")
    public long seed = 42;

    /** The library configuration these settings describe. */
    public ResidualModelConfig config() {
        if (preset != ModelPreset.CUSTOM) {
            ResidualModelConfig s = preset == ModelPreset.LEGACY_PYTHON
                    ? ResidualModelConfig.legacyPython()
                    : ResidualModelConfig.horizonCorrection(outputSteps);
            return s.toBuilder().epochs(epochs).patience(patience).validationFraction(validationFraction).seed(seed)
                    .threads(threads).build();
        }
        return ResidualModelConfig.builder().lookback(lookback).outputSteps(outputSteps).useContext(useContext)
                .layers(layers).hiddenSize(hiddenSize).dropout(dropout).learningRate(learningRate)
                .batchSize(batchSize).epochs(epochs).patience(patience).validationFraction(validationFraction)
                .seed(seed).threads(threads).bidirectional(bidirectional).perStepHead(perStepHead).maeLoss(maeLoss)
                .residualFeedback(residualFeedback).build();
    }

    @Override
    public void validate() throws InvalidSettingsException {
        try {
            config();
        } catch (IllegalArgumentException e) {
            throw new InvalidSettingsException(e.getMessage());
        }
    }
}
