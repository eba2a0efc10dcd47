package org.spikeflow.nodes.izhikevich.internal.simulator;

import org.spikeflow.izhikevich.Recovery;

import com.fasterxml.jackson.annotation.JsonProperty;

/** The form of the recovery equation: standard {@code a(b·v − u)} or accommodation {@code a·b·(v + 65)}. */
public enum RecoveryOption {
    @JsonProperty("standard")
    STANDARD(Recovery.STANDARD), @JsonProperty("accommodation")
    ACCOMMODATION(Recovery.ACCOMMODATION);

    private final Recovery recovery;

    RecoveryOption(Recovery recovery) {
        this.recovery = recovery;
    }

    public Recovery recovery() {
        return recovery;
    }
}
