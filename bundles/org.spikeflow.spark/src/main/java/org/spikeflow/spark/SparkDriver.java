package org.spikeflow.spark;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.List;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.CancellationException;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.TimeUnit;
import java.util.function.BooleanSupplier;

import com.fasterxml.jackson.databind.JsonNode;

/**
 * Runs one {@link SparkJobRequest} in a separate JVM, the Spark driver, and supervises it: forwards its progress, sends
 * a cancel command when asked, and kills the process if it does not stop in time. Spark's classes never enter the
 * calling JVM (the OSGi runtime).
 */
public final class SparkDriver {
    /** How long a cancelled driver may take to stop its jobs before it is killed. */
    private static final long CANCEL_GRACE_MS = 30_000;
    private static final int STDERR_TAIL = 40;
    /** The message of the CancellationException when the driver confirmed that it cancelled its jobs. */
    public static final String CANCELLED = "the Spark job was cancelled";

    /** Receives what the driver reports while it runs. */
    @org.osgi.annotation.versioning.ConsumerType
    public interface Listener {
        void progress(double fraction, String message);

        /** A line Spark logged (stderr of the driver process). */
        default void log(String line) {
        }
    }

    /** JVM flags Spark 4 needs on Java 17 (as Spark's launcher sets them), plus the Vector API of the kernels. */
    static final List<String> JVM_FLAGS = List.of("-XX:+IgnoreUnrecognizedVMOptions",
            "--add-modules=jdk.incubator.vector", "--add-opens=java.base/java.lang=ALL-UNNAMED",
            "--add-opens=java.base/java.lang.invoke=ALL-UNNAMED", "--add-opens=java.base/java.lang.reflect=ALL-UNNAMED",
            "--add-opens=java.base/java.io=ALL-UNNAMED", "--add-opens=java.base/java.net=ALL-UNNAMED",
            "--add-opens=java.base/java.nio=ALL-UNNAMED", "--add-opens=java.base/java.util=ALL-UNNAMED",
            "--add-opens=java.base/java.util.concurrent=ALL-UNNAMED",
            "--add-opens=java.base/java.util.concurrent.atomic=ALL-UNNAMED",
            "--add-opens=java.base/jdk.internal.ref=ALL-UNNAMED", "--add-opens=java.base/sun.nio.ch=ALL-UNNAMED",
            "--add-opens=java.base/sun.nio.cs=ALL-UNNAMED", "--add-opens=java.base/sun.security.action=ALL-UNNAMED",
            "--add-opens=java.base/sun.util.calendar=ALL-UNNAMED", "-Djdk.reflect.useDirectMethodHandle=false",
            "-Dio.netty.tryReflectionSetAccessible=true", "-Djava.awt.headless=true");

    private final SparkInstallation installation;

    public SparkDriver(SparkInstallation installation) {
        this.installation = installation;
    }

    /** The command line of the driver process. */
    List<String> command(SparkCluster cluster) {
        List<String> command = new ArrayList<>();
        command.add(installation.java().toString());
        if (cluster.driverMemory != null && !cluster.driverMemory.isBlank()) {
            command.add("-Xmx" + cluster.driverMemory.trim());
        }
        command.addAll(JVM_FLAGS);
        command.add("-cp");
        command.add(installation.jobJar() + java.io.File.pathSeparator + installation.sparkJars().resolve("*"));
        command.add(SparkProtocol.DRIVER_MAIN);
        return command;
    }

    /**
     * @throws IllegalArgumentException
     *             the request is invalid (e.g. the master URL), before any process starts
     * @throws SparkJobException
     *             the driver or the job failed
     * @throws CancellationException
     *             {@code cancelRequested} became true and the driver stopped
     */
    public SparkResult run(SparkJobRequest request, Listener listener, BooleanSupplier cancelRequested)
            throws SparkJobException, IOException {
        SparkMasters.check(request.plan.cluster.master);
        Process process = new ProcessBuilder(command(request.plan.cluster)).start();
        BlockingQueue<String> events = new LinkedBlockingQueue<>();
        Deque<String> stderrTail = new ArrayDeque<>();
        Thread stdoutPump = pump(process.inputReader(StandardCharsets.UTF_8), events::add, "spark-driver-events");
        Thread stderrPump = pump(new BufferedReader(new InputStreamReader(process.getErrorStream(),
                StandardCharsets.UTF_8)), line -> {
                    synchronized (stderrTail) {
                        if (stderrTail.size() == STDERR_TAIL) {
                            stderrTail.removeFirst();
                        }
                        stderrTail.addLast(line);
                    }
                    listener.log(line);
                }, "spark-driver-log");
        OutputStream stdin = process.getOutputStream();
        try {
            stdin.write(SparkProtocol.JSON.writeValueAsBytes(request));
            stdin.write('\n');
            stdin.flush();
            JsonNode last = null;
            long cancelSentAt = 0;
            while (true) {
                String line = events.poll(100, TimeUnit.MILLISECONDS);
                if (line != null) {
                    JsonNode event = parse(line);
                    if (event == null) {
                        listener.log(line);
                    } else if (SparkProtocol.PROGRESS.equals(event.path(SparkProtocol.EVENT).asText())) {
                        listener.progress(event.path("fraction").asDouble(), event.path("message").asText(""));
                    } else {
                        last = event;
                    }
                    continue;
                }
                if (!process.isAlive() && !stdoutPump.isAlive()) {
                    break;
                }
                if (cancelSentAt == 0 && cancelRequested.getAsBoolean()) {
                    cancelSentAt = System.currentTimeMillis();
                    try {
                        stdin.write("{\"command\":\"cancel\"}\n".getBytes(StandardCharsets.UTF_8));
                        stdin.flush();
                    } catch (IOException e) {
                        // the process is ending anyway
                    }
                } else if (cancelSentAt != 0 && System.currentTimeMillis() - cancelSentAt > CANCEL_GRACE_MS) {
                    process.destroyForcibly();
                }
            }
            int exit = process.waitFor();
            stderrPump.join(2000);
            String kind = last == null ? "" : last.path(SparkProtocol.EVENT).asText();
            if (SparkProtocol.DONE.equals(kind)) {
                return result(last);
            }
            if (SparkProtocol.CANCELLED.equals(kind)) {
                throw new CancellationException(CANCELLED);
            }
            if (cancelSentAt != 0) {
                throw new CancellationException("the Spark driver did not stop its jobs in time and was killed");
            }
            if (SparkProtocol.FAILED.equals(kind)) {
                throw new SparkJobException(last.path("message").asText());
            }
            String tail;
            synchronized (stderrTail) {
                tail = String.join("\n", stderrTail);
            }
            throw new SparkJobException("the Spark driver process ended with exit code " + exit
                    + " without a result" + (tail.isEmpty() ? "" : "; its last messages:\n" + tail));
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new CancellationException("interrupted while the Spark job ran");
        } finally {
            if (process.isAlive()) {
                process.destroyForcibly();
            }
            try {
                stdin.close();
            } catch (IOException e) {
                // already gone
            }
        }
    }

    private static SparkResult result(JsonNode done) {
        List<SparkResult.SparkColumn> columns = new ArrayList<>();
        for (JsonNode column : done.path("columns")) {
            columns.add(new SparkResult.SparkColumn(column.path("name").asText(), column.path("type").asText()));
        }
        return new SparkResult(done.path("rows").asLong(), columns, done.path("seconds").asDouble(),
                done.path("path").asText());
    }

    private static JsonNode parse(String line) {
        if (!line.startsWith("{")) {
            return null;
        }
        try {
            JsonNode node = SparkProtocol.JSON.readTree(line);
            return node.has(SparkProtocol.EVENT) ? node : null;
        } catch (IOException e) {
            return null;
        }
    }

    private static Thread pump(BufferedReader reader, java.util.function.Consumer<String> sink, String name) {
        Thread thread = new Thread(() -> {
            try (reader) {
                for (String line; (line = reader.readLine()) != null;) {
                    sink.accept(line);
                }
            } catch (IOException e) {
                // the process ended
            }
        }, name);
        thread.setDaemon(true);
        thread.start();
        return thread;
    }
}
