package org.spikeflow.nodes.dl.internal.trainer;

import com.fasterxml.jackson.annotation.JsonProperty;

/** Which network and optimiser settings the trainer uses. */
public enum ModelPreset {
    /** The settings of the node. */
    @JsonProperty("custom")
    CUSTOM,
    /**
     * The original Python project's model ("seedCompatible" in files): window 1, 2 × 64 LSTM, Adam 1e-3, MSE, batch 16
     * (epochs etc. from the node).
     */
    @JsonProperty("seedCompatible")
    LEGACY_PYTHON,
    /**
     * Whole-horizon correction: 99 context points plus the base forecast over the horizon, bidirectional 1 × 32 LSTM,
     * per-step head, MAE loss (the horizon is the node's output steps; epochs etc. from the node).
     */
    @JsonProperty("horizonCorrection")
    HORIZON_CORRECTION
}
