package org.spikeflow.spark.job;

import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.SplittableRandom;

import org.apache.spark.api.java.function.MapPartitionsFunction;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Encoders;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.RowFactory;
import org.apache.spark.sql.SparkSession;
import org.apache.spark.sql.types.DataTypes;
import org.apache.spark.sql.types.StructType;
import org.spikeflow.spark.SweepSpec;

/**
 * Generates a sweep on the executors from spark.range: every row is computed from its index alone, so the table is
 * never collected and is the same for any number of partitions. Random draws use a generator seeded by (seed, row); the
 * Latin hypercube gives each axis a pseudo-random permutation of the strata (a keyed Feistel network with cycle
 * walking), so no shuffle is needed.
 */
final class SweepSource {
    private static final long ROWS_PER_PARTITION = 1_000_000;

    private SweepSource() {
    }

    static StructType schema() {
        StructType schema = new StructType().add("i", DataTypes.LongType);
        for (String p : SweepSpec.PARAMETERS) {
            schema = schema.add(p, DataTypes.DoubleType);
        }
        return schema;
    }

    static Dataset<Row> frame(SparkSession spark, SweepSpec spec) {
        spec.check();
        long rows = spec.rows();
        int partitions = (int) Math.max(spark.sparkContext().defaultParallelism(),
                Math.min(100_000, (rows + ROWS_PER_PARTITION - 1) / ROWS_PER_PARTITION));
        Rows generator = new Rows(spec, rows);
        return spark.range(0, rows, 1, partitions).mapPartitions(generator, Encoders.row(schema()));
    }

    /** Row i of the sweep. */
    static final class Rows implements MapPartitionsFunction<Long, Row> {
        private static final long serialVersionUID = 1L;
        private final SweepSpec spec;
        private final long rows;
        private final int[] axisOf = new int[SweepSpec.PARAMETERS.size()];

        Rows(SweepSpec spec, long rows) {
            this.spec = spec;
            this.rows = rows;
            for (int p = 0; p < axisOf.length; p++) {
                axisOf[p] = -1;
            }
            for (int k = 0; k < spec.axes.size(); k++) {
                axisOf[SweepSpec.PARAMETERS.indexOf(spec.axes.get(k).parameter)] = k;
            }
        }

        @Override
        public Iterator<Row> call(Iterator<Long> indices) {
            List<Row> out = new ArrayList<>();
            indices.forEachRemaining(i -> out.add(row(i)));
            return out.iterator();
        }

        Row row(long i) {
            double[] axisValues = new double[spec.axes.size()];
            switch (spec.mode) {
                case SweepSpec.GRID -> {
                    long rest = i;
                    for (int k = axisValues.length - 1; k >= 0; k--) {
                        double[] values = spec.axes.get(k).values;
                        axisValues[k] = values[(int) (rest % values.length)];
                        rest /= values.length;
                    }
                }
                default -> {
                    SplittableRandom random = new SplittableRandom(spec.seed * 0x9E3779B97F4A7C15L + i);
                    for (int k = 0; k < axisValues.length; k++) {
                        SweepSpec.Axis axis = spec.axes.get(k);
                        double u = random.nextDouble();
                        if (SweepSpec.LATIN_HYPERCUBE.equals(spec.mode)) {
                            u = (permute(i, rows, spec.seed + 31L * (k + 1)) + u) / rows;
                        }
                        axisValues[k] = axis.low + (axis.high - axis.low) * u;
                    }
                }
            }
            Object[] cells = new Object[1 + axisOf.length];
            cells[0] = i;
            for (int p = 0; p < axisOf.length; p++) {
                cells[1 + p] = axisOf[p] >= 0 ? axisValues[axisOf[p]] : spec.base[p];
            }
            return RowFactory.create(cells);
        }
    }

    /** A keyed bijection of [0, n): a 4-round Feistel network on the smallest even-bit domain, cycle-walked. */
    static long permute(long i, long n, long key) {
        int bits = Math.max(2, 64 - Long.numberOfLeadingZeros(Math.max(1, n - 1)));
        bits += bits & 1;
        int half = bits / 2;
        long mask = (1L << half) - 1;
        long x = i;
        do {
            long left = x >>> half;
            long right = x & mask;
            for (int round = 0; round < 4; round++) {
                long f = mix(right ^ (key * 0xBF58476D1CE4E5B9L) ^ round) & mask;
                long next = left ^ f;
                left = right;
                right = next;
            }
            x = (left << half) | right;
        } while (x >= n);
        return x;
    }

    private static long mix(long z) {
        z = (z ^ (z >>> 30)) * 0xBF58476D1CE4E5B9L;
        z = (z ^ (z >>> 27)) * 0x94D049BB133111EBL;
        return z ^ (z >>> 31);
    }
}
