package org.spikeflow.nodes.forecast.internal.local;

import com.fasterxml.jackson.annotation.JsonProperty;

/** The embedded models of the Local Forecaster. */
public enum LocalModel {
    @JsonProperty("naive")
    NAIVE("naive", "Naive"), @JsonProperty("drift")
    DRIFT("drift", "Drift"), @JsonProperty("seasonalnaive")
    SEASONAL_NAIVE("seasonalnaive", "SeasonalNaive"), @JsonProperty("ets")
    ETS("ets", "ETS"), @JsonProperty("contextmedian")
    CONTEXT_MEDIAN("contextmedian", "ContextMedian"), @JsonProperty("izhikevichfit")
    IZHIKEVICH_FIT("izhikevichfit", "IzhikevichFit"), @JsonProperty("izhikevichensemble")
    IZHIKEVICH_ENSEMBLE("izhikevichensemble", "IzhikevichEnsemble");

    private final String key;
    private final String columnName;

    LocalModel(String key, String columnName) {
        this.key = key;
        this.columnName = columnName;
    }

    /** @return the model with this {@link #key()}, or null */
    public static LocalModel byKey(String key) {
        for (LocalModel m : values()) {
            if (m.key.equals(key)) {
                return m;
            }
        }
        return null;
    }

    /** @return the name for {@code Forecasters.byName} */
    public String key() {
        return key;
    }

    /** @return the model's column prefix */
    public String columnName() {
        return columnName;
    }
}
