package org.spikeflow.nodes.spark.internal.sweep;

import java.util.List;

import org.spikeflow.core.settings.Setting;

import com.fasterxml.jackson.annotation.JsonInclude;

/** One swept parameter: listed values for a grid, an interval for random and Latin hypercube sampling. */
@JsonInclude(JsonInclude.Include.NON_NULL)
public class SparkSweepAxis {
    @Setting(title = "Parameter", description = "a, b, c, d or I.", pattern = "^(a|b|c|d|I)$")
    public String parameter = "a";

    @Setting(title = "Values", description = "For grid: the values.")
    public List<Double> values;

    @Setting(title = "Low", description = "For random and latinHypercube: the interval's lower end (included).")
    public Double low;

    @Setting(title = "High", description = "For random and latinHypercube: the interval's upper end (excluded).")
    public Double high;
}
