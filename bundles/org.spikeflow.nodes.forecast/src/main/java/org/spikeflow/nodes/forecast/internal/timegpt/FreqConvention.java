package org.spikeflow.nodes.forecast.internal.timegpt;

import org.spikeflow.forecast.timegpt.TimeConvention;

import com.fasterxml.jackson.annotation.JsonProperty;

/** How the time axis is described to TimeGPT. */
public enum FreqConvention {
    /** Frequency derived from the sampling interval. */
    @JsonProperty("derived")
    DERIVED(TimeConvention.DERIVED),
    /**
     * The original Python scripts' ("seed" in files): each step relabelled as 25 ms from 2023-01-01, with a timestamp
     * column.
     */
    @JsonProperty("seed")
    LEGACY_PYTHON(TimeConvention.LEGACY_PYTHON);

    private final TimeConvention convention;

    FreqConvention(TimeConvention convention) {
        this.convention = convention;
    }

    public TimeConvention convention() {
        return convention;
    }
}
