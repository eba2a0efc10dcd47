package org.spikeflow.spark;

/** Where a job's result goes. */
public final class SparkSink {
    public static final String PARQUET = "parquet";
    public static final String CSV = "csv";

    /**
     * {@link #PARQUET}: a Parquet dataset (a folder of part files, written by the executors); {@link #CSV}: one CSV
     * file written by the driver, rows in key order, atomically (a temporary file renamed over the target)
     */
    public String kind = CSV;
    public String path;
    /** CSV only: at most this many rows (0 = all) */
    public long limit;
    /** replace an existing target */
    public boolean overwrite = true;

    public static SparkSink of(String kind, String path) {
        SparkSink sink = new SparkSink();
        sink.kind = kind;
        sink.path = path;
        return sink;
    }
}
