package org.spikeflow.forecast.timegpt;

/** How the time axis of a trace is described to TimeGPT and labelled in the output. */
public enum TimeConvention {
    /** Frequency derived from the sampling interval (e.g. dt 0.25 ms &rarr; {@code 250us}); output times in ms. */
    DERIVED,
    /**
     * The convention of the original Python scripts: every step is relabelled as {@code 25ms}, starting at
     * {@code 2023-01-01 00:00:00.000}; output carries their timestamp strings as well as the true times in ms.
     */
    LEGACY_PYTHON
}
