package org.spikeflow.nodes.spark.internal.simulator;

import org.spikeflow.core.settings.NodeSettings;
import org.spikeflow.core.settings.Setting;

/** Settings of the Spark Izhikevich Simulator. */
public class SparkIzhikevichSimulatorNodeSettings extends NodeSettings {
    @Setting(title = "Duration", description = "Simulated time.", unit = "ms", min = 1e-9)
    public double duration = 1000;

    @Setting(title = "Time step", description = "Integration step dt.", unit = "ms", min = 1e-9)
    public double dt = 0.1;

    @Setting(title = "Scheme", description = "euler, izhikevich2003, izhikevich2004, seed or rk4 (as the"
            + " Izhikevich Simulator).", pattern = "^(euler|izhikevich2003|izhikevich2004|seed|rk4)$")
    public String scheme = "euler";

    @Setting(title = "Precision", description = "double or float.", pattern = "^(double|float)$")
    public String precision = "double";

    @Setting(title = "Record", description = "counts (i, spikes), summary (i, spikes, rate_hz, first_spike_ms,"
            + " isi_mean_ms, isi_cv, bursts) or spikes (i, t: one row per spike).",
            pattern = "^(counts|summary|spikes)$")
    public String record = "counts";

    @Setting(title = "Neurons per partition", description = "Neurons one Spark task simulates; 0 picks about two"
            + " tasks per core (at most 250000 neurons each).", min = 0, advanced = true)
    public int neuronsPerPartition = 0;
}
