package org.spikeflow.nodes.izhikevich.internal.simulator;

import org.spikeflow.izhikevich.Precision;

import com.fasterxml.jackson.annotation.JsonProperty;

/** The floating-point precision setting, written in lower case as the command line spells it. */
public enum PrecisionOption {
    @JsonProperty("double")
    DOUBLE(Precision.DOUBLE), @JsonProperty("float")
    FLOAT(Precision.FLOAT);

    private final Precision precision;

    PrecisionOption(Precision precision) {
        this.precision = precision;
    }

    public Precision precision() {
        return precision;
    }
}
