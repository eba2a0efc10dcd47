package org.spikeflow.spark.job;

import java.util.ArrayList;
import java.util.List;

import org.apache.spark.api.java.JavaRDD;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.RowFactory;
import org.apache.spark.sql.SparkSession;
import org.apache.spark.sql.types.DataTypes;
import org.apache.spark.sql.types.StructType;
import org.spikeflow.forecast.Forecast;
import org.spikeflow.forecast.Forecaster;
import org.spikeflow.forecast.Forecasters;
import org.spikeflow.spark.ForecastSpec;

import scala.Tuple2;

/** An embedded forecaster per series: rows grouped by series, ordered by time, forecast on the executors. */
final class ForecastStep {
    private ForecastStep() {
    }

    static StructType schema() {
        return new StructType().add("series", DataTypes.StringType).add("step", DataTypes.IntegerType)
                .add("model", DataTypes.StringType).add("mean", DataTypes.DoubleType);
    }

    static Dataset<Row> apply(SparkSession spark, Dataset<Row> input, ForecastSpec spec) {
        Forecasters.byName(spec.model); // fails on the driver for an unknown name
        List<String> names = List.of(input.schema().fieldNames());
        for (String column : List.of(spec.seriesColumn, spec.timeColumn, spec.valueColumn)) {
            if (!names.contains(column)) {
                throw new IllegalArgumentException("the series table has no column '" + column + "' (columns: "
                        + String.join(", ", names) + ")");
            }
        }
        int series = names.indexOf(spec.seriesColumn);
        int time = names.indexOf(spec.timeColumn);
        int value = names.indexOf(spec.valueColumn);
        String model = spec.model;
        int horizon = spec.horizon;
        double dt = spec.dt;
        JavaRDD<Row> out = input.toJavaRDD()
                .mapToPair(row -> new Tuple2<>(String.valueOf(row.get(series)),
                        new double[] {((Number) row.get(time)).doubleValue(), ((Number) row.get(value)).doubleValue()}))
                .groupByKey().flatMap(group -> {
                    List<double[]> points = new ArrayList<>();
                    group._2().forEach(points::add);
                    points.sort((p, q) -> Double.compare(p[0], q[0]));
                    double[] y = new double[points.size()];
                    for (int k = 0; k < y.length; k++) {
                        y[k] = points.get(k)[1];
                    }
                    Forecaster forecaster = Forecasters.byName(model);
                    Forecast forecast = forecaster.forecast(y, dt, horizon);
                    List<Row> rows = new ArrayList<>();
                    for (int h = 0; h < horizon; h++) {
                        rows.add(RowFactory.create(group._1(), h + 1, forecaster.name(), forecast.mean()[h]));
                    }
                    return rows.iterator();
                });
        return spark.createDataFrame(out, schema()).orderBy("series", "step");
    }
}
