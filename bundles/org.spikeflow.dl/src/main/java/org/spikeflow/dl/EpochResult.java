package org.spikeflow.dl;

/**
 * One training epoch.
 *
 * @param epoch
 *            1-based, counting on across continued training
 * @param trainLoss
 *            mean squared error on the training windows (normalised units)
 * @param validationLoss
 *            mean squared error on the validation windows (normalised units, known residuals)
 * @param seconds
 *            wall time of the epoch
 */
public record EpochResult(int epoch, double trainLoss, double validationLoss, double seconds) {
}
