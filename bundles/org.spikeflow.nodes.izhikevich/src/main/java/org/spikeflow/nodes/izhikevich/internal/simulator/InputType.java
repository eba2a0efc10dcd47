package org.spikeflow.nodes.izhikevich.internal.simulator;

import com.fasterxml.jackson.annotation.JsonProperty;

/** Kinds of input component; each maps onto one of the library's protocols (org.spikeflow.izhikevich.protocol). */
public enum InputType {
    /** {@code amplitude} at all times. */
    @JsonProperty("constant")
    CONSTANT,
    /** {@code amplitude} for {@code t > start} (and {@code t < end} when end is given). */
    @JsonProperty("step")
    STEP,
    /** {@code amplitude} for {@code start < t < end}. */
    @JsonProperty("pulse")
    PULSE,
    /** {@code amplitude} during {@code s < t < s + width} for each start s in {@code times}. */
    @JsonProperty("pulses")
    PULSES,
    /** {@code count} pulses of {@code amplitude}, {@code width} ms wide, every {@code period} ms from {@code start}. */
    @JsonProperty("pulseTrain")
    PULSE_TRAIN,
    /** {@code offset + slope·(t − start)} for {@code start < t < end}, {@code offset} otherwise. */
    @JsonProperty("ramp")
    RAMP,
    /** Piecewise constant: 0 until {@code times[0]}, then {@code values[j]} for {@code times[j] < t <= times[j+1]}. */
    @JsonProperty("steps")
    STEPS,
    /** Linear interpolation through ({@code times[i]}, {@code values[i]}), constant outside. */
    @JsonProperty("piecewise")
    PIECEWISE,
    /** Gaussian white noise {@code mean + sigma/sqrt(dt)·xi} per step, seeded. */
    @JsonProperty("whiteNoise")
    WHITE_NOISE,
    /** Ornstein–Uhlenbeck noise with mean, standard deviation sigma and correlation time tau, seeded. */
    @JsonProperty("ornsteinUhlenbeck")
    ORNSTEIN_UHLENBECK
}
