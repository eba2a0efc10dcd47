package org.spikeflow.nodes.forecast.internal.timegpt;

import org.spikeflow.forecast.timegpt.TimeGptRequest;

import com.fasterxml.jackson.annotation.JsonProperty;

/** TimeGPT models. */
public enum TimeGptModel {
    @JsonProperty("timegpt-1")
    TIMEGPT_1(TimeGptRequest.MODEL_TIMEGPT_1), @JsonProperty("timegpt-1-long-horizon")
    TIMEGPT_1_LONG_HORIZON(TimeGptRequest.MODEL_LONG_HORIZON);

    private final String apiName;

    TimeGptModel(String apiName) {
        this.apiName = apiName;
    }

    public String apiName() {
        return apiName;
    }
}
