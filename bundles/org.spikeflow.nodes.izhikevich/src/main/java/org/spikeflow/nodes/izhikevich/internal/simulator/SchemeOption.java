package org.spikeflow.nodes.izhikevich.internal.simulator;

import org.spikeflow.izhikevich.Scheme;

import com.fasterxml.jackson.annotation.JsonProperty;

/** The integration scheme setting, written in lower case as the command line spells it. */
public enum SchemeOption {
    @JsonProperty("euler")
    EULER(Scheme.EULER),
    @JsonProperty("izhikevich2003")
    IZHIKEVICH2003(Scheme.IZHIKEVICH2003),
    @JsonProperty("izhikevich2004")
    IZHIKEVICH2004(Scheme.IZHIKEVICH2004),
    @JsonProperty("seed")
    SEED(Scheme.SEED),
    @JsonProperty("rk4")
    RK4(Scheme.RK4);

    private final Scheme scheme;

    SchemeOption(Scheme scheme) {
        this.scheme = scheme;
    }

    public Scheme scheme() {
        return scheme;
    }

    public static SchemeOption of(Scheme scheme) {
        for (SchemeOption option : values()) {
            if (option.scheme == scheme) {
                return option;
            }
        }
        throw new IllegalArgumentException("No option for scheme " + scheme);
    }
}
