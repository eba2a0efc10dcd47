package org.spikeflow.core.data;

/**
 * Column names of the membrane-potential trace tables that node families pass to each other (simulator, forecasters,
 * residual correction, plots). They are part of the file format: CSV headers and workflow settings use them.
 */
public final class TraceColumns {

    /** Time of a sample, in ms. */
    public static final String TIME = "Time (ms)";
    /** Membrane potential v, in mV. */
    public static final String MEMBRANE_POTENTIAL = "Membrane Potential (mV)";

    private TraceColumns() {
    }
}
