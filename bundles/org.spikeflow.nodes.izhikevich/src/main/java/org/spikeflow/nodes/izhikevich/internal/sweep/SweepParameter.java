package org.spikeflow.nodes.izhikevich.internal.sweep;

import com.fasterxml.jackson.annotation.JsonProperty;

/** The parameters a sweep can vary; the names are the parameter table's column names. */
public enum SweepParameter {
    @JsonProperty("a")
    A("a"), @JsonProperty("b")
    B("b"), @JsonProperty("c")
    C("c"), @JsonProperty("d")
    D("d"), @JsonProperty("I")
    I("I"), @JsonProperty("v0")
    V0("v0");

    private final String column;

    SweepParameter(String column) {
        this.column = column;
    }

    /** The column name in the output table, e.g. {@code I}. */
    public String column() {
        return column;
    }
}
