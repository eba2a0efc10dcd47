package org.spikeflow.dl;

/**
 * How the corrected forecast compares with the uncorrected one (the identity correction) on the validation data, in the
 * units of the series. Predictions are made as at correction time: residuals inside the horizon are not known, the
 * model's own predictions are fed back.
 *
 * @param steps
 *            validation forecast steps compared
 * @param modelMae
 *            mean absolute error of base + predicted residual
 * @param identityMae
 *            mean absolute error of the base forecast
 * @param modelRmse
 *            root mean squared error of base + predicted residual
 * @param identityRmse
 *            root mean squared error of the base forecast
 */
public record ValidationSummary(int steps, double modelMae, double identityMae, double modelRmse,
        double identityRmse) {

    /** Whether the correction lowers the squared error on the validation data. */
    public boolean beatsIdentity() {
        return modelRmse < identityRmse;
    }

    /** Whether the correction lowers the absolute ({@code mae}) or else the squared error on the validation data. */
    public boolean beatsIdentity(boolean mae) {
        return mae ? modelMae < identityMae : beatsIdentity();
    }

    @Override
    public String toString() {
        return String.format(java.util.Locale.ROOT,
                "validation over %d steps: RMSE %.4g corrected vs %.4g uncorrected, MAE %.4g vs %.4g", steps,
                modelRmse, identityRmse, modelMae, identityMae);
    }
}
