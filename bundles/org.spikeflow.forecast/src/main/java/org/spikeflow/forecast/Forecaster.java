package org.spikeflow.forecast;

/**
 * Fits a univariate series sampled at a fixed step and forecasts it. Implementations are stateless and thread-safe;
 * each {@link #fit} returns an independent fitted model.
 */
@org.osgi.annotation.versioning.ProviderType
public interface Forecaster {

    /** @return model name, the prefix of the output columns (e.g. {@code SeasonalNaive}, {@code IzhikevichFit}) */
    String name();

    /**
     * @param y
     *            the context window, oldest first (finite values)
     * @param dt
     *            sampling interval in ms (> 0)
     * @return the fitted model
     * @throws IllegalArgumentException
     *             if the series is too short for this model or not finite
     */
    Fitted fit(double[] y, double dt);

    /** Fits and forecasts in one call. */
    default Forecast forecast(double[] y, double dt, int h, double... levels) {
        return fit(y, dt).forecast(h, levels);
    }

    /** A model fitted to one context window. */
    @org.osgi.annotation.versioning.ProviderType
    interface Fitted {

        /**
         * @param h
         *            number of steps after the end of the context (> 0)
         * @param levels
         *            interval levels in percent, each in (0, 100)
         */
        Forecast forecast(int h, double... levels);

        /** @return a one-line description of the fitted parameters */
        String describe();
    }
}
