package org.spikeflow.spark;

import java.util.ArrayList;
import java.util.List;

/**
 * A Spark DataFrame described, not computed: the cluster to run on, where the rows come from and the steps applied to
 * them. Nothing runs until a {@link SparkJobRequest} with a sink is given to a {@link SparkDriver}, as with Spark's own
 * lazy plans. Public fields for Jackson; the plan is the JSON sent to the driver process.
 */
public final class SparkPlan {
    public SparkCluster cluster = new SparkCluster();
    public Source source = new Source();
    public List<Step> steps = new ArrayList<>();

    /** Where the rows come from. */
    public static final class Source {
        public static final String CSV = "csv";
        public static final String PARQUET = "parquet";
        public static final String SWEEP = "sweep";

        /** {@link #CSV} (a file with a header row), {@link #PARQUET} or {@link #SWEEP} */
        public String kind = CSV;
        /** the file or folder of {@link #CSV} and {@link #PARQUET} */
        public String path;
        public SweepSpec sweep;
    }

    /** One transformation of the rows. */
    public static final class Step {
        public static final String SIMULATE = "simulate";
        public static final String FORECAST = "forecast";

        public String kind;
        public SimulateSpec simulate;
        public ForecastSpec forecast;

        /** A step that simulates a neuron per row. */
        public static Step simulating(SimulateSpec spec) {
            Step step = new Step();
            step.kind = SIMULATE;
            step.simulate = spec;
            return step;
        }

        /** A step that forecasts each series. */
        public static Step forecasting(ForecastSpec spec) {
            Step step = new Step();
            step.kind = FORECAST;
            step.forecast = spec;
            return step;
        }
    }

    /** A copy with one more step (plans are shared between nodes, so never changed in place). */
    public SparkPlan then(Step step) {
        SparkPlan copy = on(cluster);
        copy.steps.add(step);
        return copy;
    }

    /** A copy run on another cluster. */
    public SparkPlan on(SparkCluster other) {
        SparkPlan copy = new SparkPlan();
        copy.cluster = other;
        copy.source = source;
        copy.steps = new ArrayList<>(steps);
        return copy;
    }

    /** The plan as one line, for node summaries and messages. */
    public String describe() {
        StringBuilder text = new StringBuilder();
        text.append(source.kind).append(source.path != null ? " " + source.path : "");
        if (source.sweep != null) {
            text.append(' ').append(source.sweep.mode).append(", ").append(source.sweep.rows()).append(" rows");
        }
        for (Step step : steps) {
            text.append(" → ").append(step.kind);
        }
        return text.append(" on ").append(cluster.master).toString();
    }
}
