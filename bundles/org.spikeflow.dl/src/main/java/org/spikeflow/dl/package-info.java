/**
 * The LSTM residual model: learns the error of a base forecast (actual − forecast) from windows of the recent past and
 * adds it back. Runs on DJL with the PyTorch CPU engine, fully offline ({@link org.spikeflow.dl.DlRuntime}). No
 * dependency on the node API.
 *
 * <p>{@link org.spikeflow.dl.ResidualTrainer} trains a {@link org.spikeflow.dl.ResidualModel} (a value: parameters,
 * normalisation and {@link org.spikeflow.dl.ResidualModelConfig}, saved to and loaded from one file) on
 * {@link org.spikeflow.dl.ResidualSeries}; the model's {@link org.spikeflow.dl.ValidationSummary} tells whether it
 * beats the identity correction on held-out data.
 */
@org.osgi.annotation.versioning.Version("0.1.0")
package org.spikeflow.dl;
