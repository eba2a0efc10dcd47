package org.spikeflow.izhikevich;

/** Form of the recovery equation. */
public enum Recovery {
    /** {@code u' = a·(b·v − u)} (Izhikevich 2003). */
    STANDARD,
    /**
     * {@code u' = a·b·(v + 65)}: the accommodation neuron of Izhikevich 2004, Fig. 1 (R), whose figure code reads
     * {@code u = u + tau*a*(b*(V+65))}.
     */
    ACCOMMODATION
}
