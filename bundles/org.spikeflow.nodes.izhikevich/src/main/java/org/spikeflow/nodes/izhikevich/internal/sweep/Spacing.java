package org.spikeflow.nodes.izhikevich.internal.sweep;

import com.fasterxml.jackson.annotation.JsonProperty;

/** How a sweep dimension lists its values. */
public enum Spacing {
    /** The values given in {@code values}. */
    @JsonProperty("values")
    VALUES,
    /** {@code start, start + step, ...} up to {@code stop} (included when reached). */
    @JsonProperty("range")
    RANGE,
    /** {@code count} evenly spaced values from {@code start} to {@code stop}, both included (numpy.linspace). */
    @JsonProperty("linspace")
    LINSPACE,
    /** {@code count} values evenly spaced on a log scale from {@code start} to {@code stop} (numpy.geomspace). */
    @JsonProperty("logspace")
    LOGSPACE
}
