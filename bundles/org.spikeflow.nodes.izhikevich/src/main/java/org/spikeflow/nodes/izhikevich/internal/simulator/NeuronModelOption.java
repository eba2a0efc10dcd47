package org.spikeflow.nodes.izhikevich.internal.simulator;

import com.fasterxml.jackson.annotation.JsonProperty;

/** The neuron model the simulator runs (stable keys for workflow files). */
public enum NeuronModelOption {
    /** The Izhikevich model (the node's original and default model; population runs). */
    @JsonProperty("izhikevich")
    IZHIKEVICH,
    /** The adaptive exponential integrate-and-fire model (Brette &amp; Gerstner 2005), one neuron. */
    @JsonProperty("adex")
    ADEX,
    /** The Hodgkin–Huxley squid axon (1952), one membrane patch. */
    @JsonProperty("hodgkinHuxley")
    HODGKIN_HUXLEY
}
