package org.spikeflow.nodes.izhikevich.internal.sweep;

import com.fasterxml.jackson.annotation.JsonProperty;

/** How the Parameter Sweep Generator combines its dimensions. */
public enum SweepMode {
    /** Every combination of the dimensions' values (the first dimension varies slowest). */
    @JsonProperty("grid")
    GRID,
    /** Each dimension in turn, the other parameters at the baseline (single_neuron.py's study). */
    @JsonProperty("oneAtATime")
    ONE_AT_A_TIME,
    /** Independent uniform samples within each dimension's interval. */
    @JsonProperty("random")
    RANDOM,
    /** Latin hypercube samples: each dimension's interval is cut into as many strata as samples, one sample each. */
    @JsonProperty("latinHypercube")
    LATIN_HYPERCUBE
}
