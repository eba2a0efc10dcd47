package org.spikeflow.dl.internal;

import org.spikeflow.dl.ResidualSeries;

/**
 * The blocks of a series used for training or validation: block starts {@code firstBlock} … {@code lastBlock}
 * (inclusive). Residuals before {@code firstBlock} count as known when validating.
 */
public record Part(ResidualSeries series, int firstBlock, int lastBlock) {
    public int blocks() {
        return lastBlock - firstBlock + 1;
    }
}
