package org.spikeflow.dl;

/**
 * Statistics of the training data the model's inputs and targets are scaled with (value − mean) / std; stored with the
 * model so corrections use the scaling the model learned with.
 */
public record Normalisation(double baseMean, double baseStd, double residualMean, double residualStd) {

    public Normalisation {
        if (!(baseStd > 0) || !(residualStd > 0) || !Double.isFinite(baseMean) || !Double.isFinite(residualMean)) {
            throw new IllegalArgumentException("Invalid normalisation: " + baseMean + " ± " + baseStd + ", residual "
                    + residualMean + " ± " + residualStd);
        }
    }

    /** Mean and standard deviation; a (near) constant input gets std 1 so it is only centred. */
    public static double[] meanStd(double[] values, int count) {
        double mean = 0;
        for (int i = 0; i < count; i++) {
            mean += values[i];
        }
        mean /= Math.max(1, count);
        double var = 0;
        for (int i = 0; i < count; i++) {
            var += (values[i] - mean) * (values[i] - mean);
        }
        double std = Math.sqrt(var / Math.max(1, count));
        return new double[] {mean, std > 1e-9 * Math.max(1, Math.abs(mean)) ? std : 1};
    }

    public double base(double value) {
        return (value - baseMean) / baseStd;
    }

    public double residual(double value) {
        return (value - residualMean) / residualStd;
    }

    public double residualFromNormalised(double value) {
        return value * residualStd + residualMean;
    }
}
