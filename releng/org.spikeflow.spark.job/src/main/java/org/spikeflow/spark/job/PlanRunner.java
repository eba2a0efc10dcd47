package org.spikeflow.spark.job;

import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.SparkSession;
import org.spikeflow.spark.SparkPlan;

/** Turns a {@link SparkPlan} into a (lazy) DataFrame. */
final class PlanRunner {
    private PlanRunner() {
    }

    static Dataset<Row> frame(SparkSession spark, SparkPlan plan) {
        SparkPlan.Source source = plan.source;
        Dataset<Row> frame = switch (source.kind) {
            case SparkPlan.Source.CSV -> spark.read().option("header", "true").option("inferSchema", "true")
                    .csv(source.path);
            case SparkPlan.Source.PARQUET -> spark.read().parquet(source.path);
            case SparkPlan.Source.SWEEP -> SweepSource.frame(spark, source.sweep);
            default -> throw new IllegalArgumentException("unknown source kind '" + source.kind + "'");
        };
        for (SparkPlan.Step step : plan.steps) {
            frame = switch (step.kind) {
                case SparkPlan.Step.SIMULATE -> SimulateStep.apply(spark, frame, step.simulate);
                case SparkPlan.Step.FORECAST -> ForecastStep.apply(spark, frame, step.forecast);
                default -> throw new IllegalArgumentException("unknown step '" + step.kind + "'");
            };
        }
        return frame;
    }
}
