package org.spikeflow.izhikevich.commands.internal;

import static org.spikeflow.izhikevich.commands.internal.SimulateCommand.usage;

import java.io.IOException;
import java.io.PrintStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.CancellationException;
import java.util.concurrent.atomic.AtomicBoolean;

import org.spikeflow.core.batch.BatchExitCodes;
import org.spikeflow.core.batch.Cancellation;
import org.spikeflow.core.batch.CommandLine;
import org.spikeflow.izhikevich.Population;
import org.spikeflow.izhikevich.PopulationSimulation;
import org.spikeflow.izhikevich.Precision;
import org.spikeflow.izhikevich.Scheme;
import org.spikeflow.spark.SimulateSpec;
import org.spikeflow.spark.SparkDriver;
import org.spikeflow.spark.SparkInstallation;
import org.spikeflow.spark.SparkJobException;
import org.spikeflow.spark.SparkJobRequest;
import org.spikeflow.spark.SparkMasters;
import org.spikeflow.spark.SparkPlan;
import org.spikeflow.spark.SparkProtocol;
import org.spikeflow.spark.SparkResult;
import org.spikeflow.spark.SparkSink;

import com.fasterxml.jackson.databind.node.ObjectNode;

/**
 * {@code spikeflow simulate --params FILE --spark MASTER ...}: the same simulation as the local engine, run on Spark by
 * a driver process (org.spikeflow.spark), written as CSV (one file, the local command's format) or Parquet.
 */
final class SparkSimulation {
    static final String USAGE = """
            Usage: spikeflow simulate --params FILE.csv --spark MASTER [--duration MS] [--dt MS] [--scheme S]
                     [--precision double|float] [--record counts|summary|spikes] [--partition-size N]
                     [--executor-memory M] [--executor-cores N] [--driver-memory M] [--format csv|parquet]
                     --out FILE.csv|FOLDER.parquet

            Runs the simulation on Apache Spark: MASTER is local[N] or local[*] (Spark in the driver process),
            spark://HOST:PORT, yarn or k8s://HOST:PORT (a running cluster). The parameter file must be readable by
            the executors. Results equal the local engine's bit for bit. --out ending in .parquet (or --format
            parquet) writes a Parquet dataset folder; otherwise one CSV file like the local command's (counts:
            i,spikes; spikes: i,t; summary: i,spikes,rate_hz,first_spike_ms,isi_mean_ms,isi_cv,bursts).
            Prints ONE JSON object: {"master", "rows", "job_seconds" (Spark start-up excluded), "wall_seconds",
            "neurons", "neuron_updates_per_second" (counts and summary), "record", "format", "out"}.
            Exit codes: 0 success; 2 bad request (command line, master URL); 4 the job failed; 130 cancelled.""";

    private static final List<String> VALUE_OPTIONS = List.of("params", "spark", "duration", "dt", "scheme",
            "precision", "record", "out", "format", "partition-size", "executor-memory", "executor-cores",
            "driver-memory");

    private SparkSimulation() {
    }

    static boolean requested(List<String> args) {
        return args.stream().anyMatch(a -> a.equals("--spark") || a.startsWith("--spark="));
    }

    static int simulate(List<String> args, PrintStream stdout, PrintStream err)
            throws SimulateCommand.Failure {
        long wallStart = System.nanoTime();
        SparkPlan plan = new SparkPlan();
        SimulateSpec spec = new SimulateSpec();
        SparkSink sink;
        try {
            CommandLine line = CommandLine.parse(args, VALUE_OPTIONS, List.of());
            if (!line.positionals.isEmpty()) {
                throw usage("unexpected argument '" + line.positionals.get(0) + "'");
            }
            String params = line.value("params");
            if (params == null) {
                throw usage("--spark needs --params FILE.csv (the neurons, one per row)");
            }
            if (!params.contains("://") && !Files.isRegularFile(Path.of(params))) {
                throw usage("--params " + params + " is not a readable file");
            }
            plan.cluster.master = SparkMasters.check(line.value("spark"));
            plan.cluster.executorMemory = line.value("executor-memory");
            plan.cluster.driverMemory = line.value("driver-memory");
            plan.cluster.executorCores = whole(line.value("executor-cores"), "--executor-cores", 0);
            plan.source.kind = SparkPlan.Source.CSV;
            plan.source.path = params.contains("://") ? params : Path.of(params).toAbsolutePath().toString();
            spec.duration = orDefault(SimulateCommand.positive(line.value("duration"), "--duration"), 1000.0);
            spec.dt = orDefault(SimulateCommand.positive(line.value("dt"), "--dt"), 0.1);
            SimulateCommand.checkGrid(spec.duration, spec.dt);
            spec.scheme = orDefault(SimulateCommand.option(line, "scheme", Scheme::parse), Scheme.parse("euler")).id();
            spec.precision = orDefault(SimulateCommand.option(line, "precision", Precision::parse), Precision.DOUBLE)
                    .id();
            spec.record = orDefault(line.value("record"), SimulateSpec.COUNTS).trim().toLowerCase(Locale.ROOT);
            if (!List.of(SimulateSpec.COUNTS, SimulateSpec.SUMMARY, SimulateSpec.SPIKES).contains(spec.record)) {
                throw usage("--record with --spark must be counts, summary or spikes, not '" + spec.record + "'");
            }
            spec.neuronsPerPartition = whole(line.value("partition-size"), "--partition-size", 0);
            String outText = line.value("out");
            if (outText == null || outText.isBlank()) {
                throw usage("--out FILE.csv or FOLDER.parquet is required");
            }
            String format = orDefault(line.value("format"), outText.endsWith(".parquet")
                    ? SparkSink.PARQUET
                    : SparkSink.CSV).toLowerCase(Locale.ROOT);
            if (!format.equals(SparkSink.CSV) && !format.equals(SparkSink.PARQUET)) {
                throw usage("--format must be csv or parquet, not '" + format + "'");
            }
            String outPath = outText.contains("://") ? outText : Path.of(outText).toAbsolutePath().toString();
            if (format.equals(SparkSink.CSV) && Files.isDirectory(Path.of(outPath))) {
                throw usage("--out " + outText + " is a folder; give a file name for CSV");
            }
            sink = SparkSink.of(format, outPath);
        } catch (CommandLine.UsageException e) {
            throw usage(e.getMessage());
        } catch (IllegalArgumentException e) {
            throw usage(e.getMessage());
        }
        plan.steps.add(SparkPlan.Step.simulating(spec));

        SparkInstallation installation;
        try {
            installation = SparkInstallation.locate();
        } catch (IllegalStateException e) {
            throw new SimulateCommand.Failure(BatchExitCodes.EXECUTION_FAILED, e.getMessage());
        }
        err.printf(Locale.ROOT, "Simulating the neurons of %s on Spark (%s) for %s ms at dt %s ms; %s, %s,"
                + " recording %s%n", plan.source.path, plan.cluster.master, spec.duration, spec.dt, spec.scheme,
                spec.precision, spec.record);
        AtomicBoolean cancelled = new AtomicBoolean();
        Cancellation.Registration registration = Cancellation.onCancel(() -> cancelled.set(true));
        SparkResult result;
        try {
            // the driver sends at most four progress events a second
            result = new SparkDriver(installation).run(new SparkJobRequest(plan, sink), (fraction, message) -> err
                    .printf(Locale.ROOT, "Spark: %3.0f%% %s%n", fraction * 100, message), cancelled::get);
        } catch (CancellationException e) {
            throw new SimulateCommand.Failure(Cancellation.EXIT_CODE, "cancelled; the Spark job was stopped");
        } catch (SparkJobException e) {
            throw new SimulateCommand.Failure(BatchExitCodes.EXECUTION_FAILED, "the Spark job failed: "
                    + e.getMessage());
        } catch (IOException e) {
            throw new SimulateCommand.Failure(BatchExitCodes.EXECUTION_FAILED, "cannot start the Spark driver: "
                    + e.getMessage());
        } finally {
            registration.close();
        }
        double wallSeconds = (System.nanoTime() - wallStart) / 1e9;
        err.printf(Locale.ROOT, "Wrote %s (%d rows)%n", sink.path, result.rows());
        ObjectNode json = SparkProtocol.JSON.createObjectNode();
        json.put("master", plan.cluster.master).put("rows", result.rows()).put("job_seconds", result.seconds())
                .put("wall_seconds", wallSeconds).put("record", spec.record).put("format", sink.kind)
                .put("out", sink.path);
        if (!spec.record.equals(SimulateSpec.SPIKES)) {
            long updates = PopulationSimulation.builder(Population.builder(1).build()).duration(spec.duration)
                    .dt(spec.dt).scheme(Scheme.parse(spec.scheme)).build().updatesPerNeuron();
            json.put("neurons", result.rows()).put("neuron_updates_per_second",
                    result.rows() * (double) updates / result.seconds());
        }
        stdout.println(json.toString());
        return 0;
    }

    private static <T> T orDefault(T value, T fallback) {
        return value == null ? fallback : value;
    }

    private static int whole(String text, String option, int fallback) throws SimulateCommand.Failure {
        if (text == null) {
            return fallback;
        }
        try {
            int value = Integer.parseInt(text.trim());
            if (value >= 1) {
                return value;
            }
        } catch (NumberFormatException e) {
            // reported below
        }
        throw usage(option + " must be a whole number of at least 1, not '" + text + "'");
    }
}
