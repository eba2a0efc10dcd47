package org.spikeflow.nodes.spark.internal.sweep;

import java.util.ArrayList;
import java.util.List;

import org.spikeflow.core.settings.NodeSettings;
import org.spikeflow.core.settings.Setting;

/** Settings of the Spark Parameter Sweep. */
public class SparkParameterSweepNodeSettings extends NodeSettings {
    @Setting(title = "Mode", description = "grid (every combination, the first axis varying slowest), random"
            + " (uniform samples) or latinHypercube (each axis's interval cut into 'samples' strata, one sample"
            + " each).", pattern = "^(grid|random|latinHypercube)$")
    public String mode = "grid";

    @Setting(title = "Axes", description = "The swept parameters, e.g. {\"parameter\": \"a\", \"values\": [0.02,"
            + " 0.1]} for a grid or {\"parameter\": \"I\", \"low\": 0, \"high\": 20} for sampling.", required = true)
    public List<SparkSweepAxis> axes = new ArrayList<>();

    @Setting(title = "Samples", description = "For random and latinHypercube: the number of rows.", min = 1)
    public long samples = 100_000;

    @Setting(title = "Random seed", description = "The same seed gives the same rows on any cluster.")
    public long seed = 42;

    @Setting(title = "Baseline a", description = "Value of a where it is not swept.")
    public double a = 0.02;

    @Setting(title = "Baseline b", description = "Value of b where it is not swept.")
    public double b = 0.2;

    @Setting(title = "Baseline c", description = "Value of c where it is not swept.", unit = "mV")
    public double c = -65;

    @Setting(title = "Baseline d", description = "Value of d where it is not swept.")
    public double d = 8;

    @Setting(title = "Baseline I", description = "Value of the input current I where it is not swept.")
    public double current = 10;
}
