package org.spikeflow.spark.job;

import java.io.BufferedReader;
import java.io.FileDescriptor;
import java.io.FileOutputStream;
import java.io.InputStreamReader;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.Map;
import java.util.concurrent.atomic.AtomicBoolean;

import org.apache.spark.SparkConf;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.SparkSession;
import org.spikeflow.spark.SparkCluster;
import org.spikeflow.spark.SparkJobRequest;
import org.spikeflow.spark.SparkMasters;
import org.spikeflow.spark.SparkProtocol;

/**
 * The Spark driver process (see {@link SparkProtocol}): reads one job request from stdin, runs it on the requested
 * master and reports events on stdout. A cancel command on stdin, or stdin closing, cancels the running jobs.
 */
public final class DriverMain {
    private static final String JOB_GROUP = "spikeflow";

    private DriverMain() {
    }

    public static void main(String[] args) {
        Events events = new Events(new PrintStream(new FileOutputStream(FileDescriptor.out), true,
                StandardCharsets.UTF_8));
        System.setOut(System.err); // stdout carries the events only
        int exit;
        try {
            exit = run(events, new BufferedReader(new InputStreamReader(System.in, StandardCharsets.UTF_8)));
        } catch (Throwable t) {
            events.failed(Messages.of(t));
            exit = SparkProtocol.EXIT_FAILED;
        }
        System.exit(exit);
    }

    private static int run(Events events, BufferedReader stdin) throws Exception {
        String first = stdin.readLine();
        if (first == null) {
            events.failed("no job request on stdin");
            return SparkProtocol.EXIT_FAILED;
        }
        SparkJobRequest request = SparkProtocol.JSON.readValue(first, SparkJobRequest.class);
        SparkCluster cluster = request.plan.cluster;
        String master;
        try {
            master = SparkMasters.check(cluster.master);
        } catch (IllegalArgumentException e) {
            events.failed(e.getMessage());
            return SparkProtocol.EXIT_FAILED;
        }
        SparkSession spark;
        try {
            spark = SparkSession.builder().config(conf(cluster, master)).getOrCreate();
        } catch (Throwable t) {
            events.failed("cannot start Spark on master '" + master + "': " + Messages.of(t));
            return SparkProtocol.EXIT_FAILED;
        }
        AtomicBoolean cancelled = new AtomicBoolean();
        try {
            spark.sparkContext().setLogLevel("WARN");
            spark.sparkContext().setJobGroup(JOB_GROUP, "Spikeflow job", true);
            events.started(spark.version(), master, spark.sparkContext().defaultParallelism());
            JobProgress progress = new JobProgress(events, spark.sparkContext(), cancelled);
            spark.sparkContext().addSparkListener(progress);
            watchForCancel(stdin, spark, cancelled);
            long start = System.nanoTime();
            Dataset<Row> frame = PlanRunner.frame(spark, request.plan);
            long rows = Sinks.write(spark, frame, request.sink, progress);
            events.done(rows, frame.schema(), (System.nanoTime() - start) / 1e9, request.sink.path);
            return SparkProtocol.EXIT_OK;
        } catch (Throwable t) {
            if (cancelled.get()) {
                events.cancelled();
                return SparkProtocol.EXIT_CANCELLED;
            }
            events.failed(Messages.of(t));
            return SparkProtocol.EXIT_FAILED;
        } finally {
            spark.stop();
        }
    }

    static SparkConf conf(SparkCluster cluster, String master) {
        SparkConf conf = new SparkConf().setAppName("Spikeflow").setMaster(master)
                .set("spark.sql.caseSensitive", "true") // a sweep has both i (index) and I (current)
                .set("spark.executor.extraJavaOptions", "--add-modules=jdk.incubator.vector");
        if (SparkMasters.isLocal(master)) {
            conf.set("spark.ui.enabled", "false").set("spark.driver.host", "localhost")
                    .set("spark.driver.bindAddress", "127.0.0.1");
        } else {
            // the executors load the job code and the libraries from the job jar
            conf.set("spark.jars", jobJar().toString());
        }
        if (cluster.executorMemory != null && !cluster.executorMemory.isBlank()) {
            conf.set("spark.executor.memory", cluster.executorMemory.trim());
        }
        if (cluster.executorCores > 0) {
            conf.set("spark.executor.cores", Integer.toString(cluster.executorCores));
        }
        for (Map.Entry<String, String> e : cluster.conf.entrySet()) {
            conf.set(e.getKey(), e.getValue());
        }
        return conf;
    }

    private static Path jobJar() {
        try {
            return Path.of(DriverMain.class.getProtectionDomain().getCodeSource().getLocation().toURI());
        } catch (Exception e) {
            throw new IllegalStateException("cannot locate the job jar", e);
        }
    }

    /** A daemon thread that cancels the jobs on a cancel command or when stdin closes (the client is gone). */
    private static void watchForCancel(BufferedReader stdin, SparkSession spark, AtomicBoolean cancelled) {
        Thread watcher = new Thread(() -> {
            try {
                for (String line; (line = stdin.readLine()) != null;) {
                    if (line.contains("\"" + SparkProtocol.CANCEL + "\"")) {
                        break;
                    }
                }
            } catch (Exception e) {
                // treated as closed
            }
            cancelled.set(true);
            spark.sparkContext().cancelJobGroup(JOB_GROUP);
        }, "spikeflow-cancel-watcher");
        watcher.setDaemon(true);
        watcher.start();
    }
}
