package org.spikeflow.nodes.forecast.internal.parameterupdate;

import com.fasterxml.jackson.annotation.JsonProperty;

/** How the next cycle's parameters are chosen. */
public enum UpdateRule {
    /**
     * The original Python loop's rule ("seed" in files): I ← mean(|forecast|)·gain + offset (0.1 and 5); a, b, c, d
     * unchanged.
     */
    @JsonProperty("seed")
    CURRENT_FROM_FORECAST,
    /** a, b, c, d and I refitted to the latest actual trace with the Izhikevich fit. */
    @JsonProperty("refit")
    REFIT,
    /** Parameters unchanged (e.g. when a Column Expression after this node applies a user rule). */
    @JsonProperty("keep")
    KEEP
}
