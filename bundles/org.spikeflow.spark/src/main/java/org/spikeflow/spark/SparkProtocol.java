package org.spikeflow.spark;

import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.ObjectMapper;

/**
 * The JSON-lines protocol between a {@link SparkDriver} and the driver process. The client writes the
 * {@link SparkJobRequest} as the first line of the process's stdin, then possibly {@code {"command":"cancel"}}; closing
 * stdin also cancels (the client is gone). The process writes one event per stdout line and exits with
 * {@link #EXIT_OK}, {@link #EXIT_FAILED} or {@link #EXIT_CANCELLED}; Spark's own logging goes to stderr.
 */
public final class SparkProtocol {
    public static final String EVENT = "event";
    /** {"event":"started","spark":version,"master":url,"parallelism":n} */
    public static final String STARTED = "started";
    /** {"event":"progress","fraction":0..1,"message":text} */
    public static final String PROGRESS = "progress";
    /** {"event":"done","rows":n,"columns":[{"name","type"}],"seconds":s,"path":written} */
    public static final String DONE = "done";
    /** {"event":"failed","message":text} */
    public static final String FAILED = "failed";
    /** {"event":"cancelled"} */
    public static final String CANCELLED = "cancelled";

    public static final String COMMAND = "command";
    public static final String CANCEL = "cancel";

    public static final int EXIT_OK = 0;
    public static final int EXIT_FAILED = 4;
    public static final int EXIT_CANCELLED = 130;

    /** The main class of the job jar. */
    public static final String DRIVER_MAIN = "org.spikeflow.spark.job.DriverMain";

    public static final ObjectMapper JSON = new ObjectMapper()
            .configure(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES, false);

    private SparkProtocol() {
    }
}
