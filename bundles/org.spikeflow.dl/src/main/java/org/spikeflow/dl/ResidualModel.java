package org.spikeflow.dl;

import java.io.IOException;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;
import java.util.Objects;

import ai.djl.Model;

import org.spikeflow.dl.internal.ModelFile;
import org.spikeflow.dl.internal.Rollout;
import org.spikeflow.dl.internal.Training;
import org.spikeflow.dl.internal.Windows;

/**
 * A trained residual model as a value: configuration, normalisation, network parameters, the training history and how
 * it did against the identity on validation data. Immutable; holds no native resources (a network is built for each
 * prediction). Saved to and loaded from one file.
 */
public final class ResidualModel {
    private final ResidualModelConfig config;
    private final Normalisation normalisation;
    private final byte[] parameters;
    private final List<EpochResult> history;
    private final ValidationSummary validation;
    private final int trainingWindows;

    /**
     * @param parameters
     *            the network's parameters as DJL's {@code Block.saveParameters} writes them
     */
    public ResidualModel(ResidualModelConfig config, Normalisation normalisation, byte[] parameters,
            List<EpochResult> history, ValidationSummary validation, int trainingWindows) {
        this.config = Objects.requireNonNull(config, "config");
        this.normalisation = Objects.requireNonNull(normalisation, "normalisation");
        this.parameters = Objects.requireNonNull(parameters, "parameters").clone();
        this.history = List.copyOf(history);
        this.validation = Objects.requireNonNull(validation, "validation");
        this.trainingWindows = trainingWindows;
    }

    public ResidualModelConfig config() {
        return config;
    }

    public Normalisation normalisation() {
        return normalisation;
    }

    /** @return a copy of the network parameters (DJL block format) */
    public byte[] parameters() {
        return parameters.clone();
    }

    /** @return every epoch trained, across continued training */
    public List<EpochResult> history() {
        return history;
    }

    public ValidationSummary validation() {
        return validation;
    }

    /**
     * Whether the model beats the identity correction on its validation data ({@link ValidationSummary}), measured by
     * its training loss (MAE or MSE).
     */
    public boolean beatsIdentity() {
        return validation.beatsIdentity(config.maeLoss());
    }

    public int trainingWindows() {
        return trainingWindows;
    }

    /** Predicted residuals (actual − base) for every step of the series' horizon. */
    public double[] predictResiduals(ResidualSeries series) {
        return predictResiduals(List.of(series)).get(0);
    }

    /** Predicted residuals for every step of each series' horizon, all series in one batch. */
    public List<double[]> predictResiduals(List<ResidualSeries> series) {
        return DlRuntime.call(() -> {
            DlRuntime.engine(config.threads());
            try (Model model = Training.newModel(config, parameters)) {
                return Rollout.predict(model.getBlock(), model.getNDManager(), new Windows(config, normalisation),
                        normalisation, config.outputSteps(), series, new int[series.size()]);
            }
        });
    }

    /** Writes the model to one file (replaced atomically: readers never see a partial file). */
    public void save(Path file) throws IOException {
        ModelFile.write(this, file);
    }

    /** Reads a model written by {@link #save}. */
    public static ResidualModel load(Path file) throws IOException {
        return ModelFile.read(file);
    }

    /** One line: architecture and validation result. */
    public String summary() {
        return String.format(java.util.Locale.ROOT, "LSTM %d×%d%s, lookback %d, %d output step(s)%s%s%s, %d epoch(s),"
                + " %s loss; %s", config.layers(), config.hiddenSize(), config.bidirectional() ? " bidirectional" : "",
                config.lookback(), config.outputSteps(), config.perStepHead() ? " (per-step head)" : "",
                config.useContext() ? ", with context" : "", config.residualFeedback() ? "" : ", open loop",
                history.size(), config.lossName(), validation);
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof ResidualModel m && config.equals(m.config) && normalisation.equals(m.normalisation)
                && Arrays.equals(parameters, m.parameters) && history.equals(m.history)
                && validation.equals(m.validation) && trainingWindows == m.trainingWindows;
    }

    @Override
    public int hashCode() {
        return Objects.hash(config, normalisation, Arrays.hashCode(parameters), validation);
    }

    @Override
    public String toString() {
        return summary();
    }
}
