package org.spikeflow.spark;

/**
 * The Izhikevich simulation applied to each row (one neuron: columns a, b, c, d, I, optional v0 and u0) by the
 * population engine of org.spikeflow.izhikevich, one population per partition.
 */
public final class SimulateSpec implements java.io.Serializable {
    private static final long serialVersionUID = 1L;
    public static final String COUNTS = "counts";
    public static final String SUMMARY = "summary";
    public static final String SPIKES = "spikes";

    public double duration = 1000;
    public double dt = 0.1;
    /** a Scheme id: euler, izhikevich2003, izhikevich2004, seed, rk4 */
    public String scheme = "euler";
    /** double or float */
    public String precision = "double";
    /**
     * counts (i, spikes), summary (i, spikes, rate_hz, first_spike_ms, isi_mean_ms, isi_cv, bursts) or spikes (i, t)
     */
    public String record = COUNTS;
    /** neurons per partition (the unit of work of one task); 0 for the default */
    public int neuronsPerPartition;
    /** the index column of the input; absent: rows are numbered from 0 in input order */
    public String indexColumn = "i";
}
