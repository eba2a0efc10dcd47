package org.spikeflow.spark.job;

import java.io.Serializable;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;

import org.apache.spark.Partitioner;
import org.apache.spark.TaskContext;
import org.apache.spark.api.java.JavaPairRDD;
import org.apache.spark.api.java.JavaRDD;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.RowFactory;
import org.apache.spark.sql.SparkSession;
import org.apache.spark.sql.types.DataTypes;
import org.apache.spark.sql.types.StructType;
import org.spikeflow.izhikevich.NeuronSummary;
import org.spikeflow.izhikevich.Population;
import org.spikeflow.izhikevich.PopulationResult;
import org.spikeflow.izhikevich.PopulationSimulation;
import org.spikeflow.izhikevich.Precision;
import org.spikeflow.izhikevich.RecordingOptions;
import org.spikeflow.izhikevich.Scheme;
import org.spikeflow.izhikevich.SimulationMonitor;
import org.spikeflow.spark.SimulateSpec;

import scala.Tuple2;

/**
 * The Izhikevich simulation on Spark: the rows are split into ranges of consecutive indices, and each partition is one
 * {@link Population} run by the library's {@link PopulationSimulation} on one thread. Each neuron's integration depends
 * on its own parameters only, so the results equal the local engine's bit for bit.
 */
final class SimulateStep {
    static final int DEFAULT_MAX_PER_PARTITION = 250_000;
    private static final String[] REQUIRED = {"a", "b", "c", "d", "I"};

    private SimulateStep() {
    }

    static Dataset<Row> apply(SparkSession spark, Dataset<Row> input, SimulateSpec spec) {
        Scheme.parse(spec.scheme);
        Precision.parse(spec.precision);
        StructType schema = input.schema();
        List<String> names = List.of(schema.fieldNames());
        int[] columns = new int[7];
        for (int k = 0; k < REQUIRED.length; k++) {
            if (!names.contains(REQUIRED[k])) {
                throw new IllegalArgumentException("the neuron table has no column '" + REQUIRED[k] + "' (columns: "
                        + String.join(", ", names) + ")");
            }
            columns[k] = names.indexOf(REQUIRED[k]);
        }
        columns[5] = names.indexOf("v0");
        columns[6] = names.indexOf("u0");
        int indexColumn = spec.indexColumn == null ? -1 : names.indexOf(spec.indexColumn);

        JavaRDD<Row> rows = input.toJavaRDD();
        JavaPairRDD<Long, Row> indexed = indexColumn >= 0
                ? rows.mapToPair(row -> new Tuple2<>(((Number) row.get(indexColumn)).longValue(), row))
                : rows.zipWithIndex().mapToPair(Tuple2::swap);
        long count = indexed.count();
        int parallelism = spark.sparkContext().defaultParallelism();
        long perPartition = spec.neuronsPerPartition > 0
                ? spec.neuronsPerPartition
                : Math.max(1, Math.min(DEFAULT_MAX_PER_PARTITION, (count + 2L * parallelism - 1) / (2L * parallelism)));
        int partitions = (int) Math.max(1, (count + perPartition - 1) / perPartition);
        JavaPairRDD<Long, Row> ranges = indexed.repartitionAndSortWithinPartitions(
                new IndexRanges(partitions, perPartition));
        PartitionSimulation simulation = new PartitionSimulation(spec, columns);
        JavaRDD<Row> out = ranges.mapPartitions(simulation::run);
        return spark.createDataFrame(out, outputSchema(spec.record));
    }

    static StructType outputSchema(String record) {
        StructType schema = new StructType().add("i", DataTypes.LongType);
        return switch (record) {
            case SimulateSpec.COUNTS -> schema.add("spikes", DataTypes.IntegerType);
            case SimulateSpec.SPIKES -> schema.add("t", DataTypes.DoubleType);
            case SimulateSpec.SUMMARY -> schema.add("spikes", DataTypes.IntegerType)
                    .add("rate_hz", DataTypes.DoubleType).add("first_spike_ms", DataTypes.DoubleType)
                    .add("isi_mean_ms", DataTypes.DoubleType).add("isi_cv", DataTypes.DoubleType)
                    .add("bursts", DataTypes.IntegerType);
            default -> throw new IllegalArgumentException("record must be counts, summary or spikes, not '" + record
                    + "'");
        };
    }

    /** Consecutive index ranges, so every partition is a contiguous slice of the table in order. */
    static final class IndexRanges extends Partitioner {
        private static final long serialVersionUID = 1L;
        private final int partitions;
        private final long perPartition;

        IndexRanges(int partitions, long perPartition) {
            this.partitions = partitions;
            this.perPartition = perPartition;
        }

        @Override
        public int numPartitions() {
            return partitions;
        }

        @Override
        public int getPartition(Object key) {
            return (int) Math.min(partitions - 1, Math.max(0, (Long) key / perPartition));
        }
    }

    /** Runs on the executors: one partition through the population engine. */
    static final class PartitionSimulation implements Serializable {
        private static final long serialVersionUID = 1L;
        private final SimulateSpec spec;
        private final int[] columns;

        PartitionSimulation(SimulateSpec spec, int[] columns) {
            this.spec = spec;
            this.columns = columns;
        }

        Iterator<Row> run(Iterator<Tuple2<Long, Row>> partition) {
            List<Tuple2<Long, Row>> neurons = new ArrayList<>();
            partition.forEachRemaining(neurons::add);
            int n = neurons.size();
            if (n == 0) {
                return List.<Row>of().iterator();
            }
            long[] index = new long[n];
            double[][] values = new double[7][n];
            for (int k = 0; k < n; k++) {
                index[k] = neurons.get(k)._1();
                Row row = neurons.get(k)._2();
                for (int c = 0; c < 7; c++) {
                    if (columns[c] >= 0) {
                        values[c][k] = ((Number) row.get(columns[c])).doubleValue();
                    }
                }
            }
            neurons = null;
            Population.Builder builder = Population.builder(n).a(values[0]).b(values[1]).c(values[2])
                    .d(values[3]).current(values[4]);
            if (columns[5] >= 0) {
                builder.v0(values[5]);
            }
            if (columns[6] >= 0) {
                builder.u0(values[6]);
            }
            RecordingOptions recording = switch (spec.record) {
                case SimulateSpec.COUNTS -> RecordingOptions.counts();
                case SimulateSpec.SPIKES -> RecordingOptions.builder().spikeTimes(true).build();
                default -> RecordingOptions.builder().summary(true).build();
            };
            TaskContext task = TaskContext.get();
            PopulationResult result = PopulationSimulation.builder(builder.build()).duration(spec.duration)
                    .dt(spec.dt).scheme(Scheme.parse(spec.scheme)).precision(Precision.parse(spec.precision))
                    .threads(1).recording(recording).monitor(new SimulationMonitor() {
                        @Override
                        public void progress(double fraction) {
                        }

                        @Override
                        public boolean isCancelled() {
                            return task != null && task.isInterrupted();
                        }
                    }).build().run();
            List<Row> out = new ArrayList<>();
            for (int k = 0; k < n; k++) {
                switch (spec.record) {
                    case SimulateSpec.COUNTS -> out.add(RowFactory.create(index[k], result.spikeCount(k)));
                    case SimulateSpec.SPIKES -> {
                        for (double t : result.spikeTimes(k)) {
                            out.add(RowFactory.create(index[k], t));
                        }
                    }
                    default -> {
                        NeuronSummary s = result.summary(k);
                        out.add(RowFactory.create(index[k], s.spikes(), s.rateHz(), s.firstSpikeLatency(),
                                s.isiMean(), s.isiCv(), s.bursts()));
                    }
                }
            }
            return out.iterator();
        }
    }
}
