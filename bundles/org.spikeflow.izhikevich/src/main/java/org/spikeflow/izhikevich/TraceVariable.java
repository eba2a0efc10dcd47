package org.spikeflow.izhikevich;

/** Variables that a trace can record. */
public enum TraceVariable {
    /** Membrane potential v (mV); a point at which a spike occurred shows vPeak (see {@link Scheme}). */
    V,
    /** Recovery variable u. */
    U,
    /** Input current I (pA) applied from that point on. */
    I
}
