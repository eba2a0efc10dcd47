package org.spikeflow.izhikevich.commands.internal;

import java.io.BufferedWriter;
import java.io.IOException;
import java.io.InterruptedIOException;
import java.io.OutputStream;
import java.io.OutputStreamWriter;
import java.io.PrintStream;
import java.io.Writer;
import java.lang.management.ManagementFactory;
import java.lang.management.MemoryPoolMXBean;
import java.lang.management.MemoryType;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.CancellationException;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.function.Function;

import org.osgi.service.component.annotations.Component;
import org.spikeflow.core.batch.BatchCommand;
import org.spikeflow.core.batch.BatchExitCodes;
import org.spikeflow.core.batch.Cancellation;
import org.spikeflow.core.batch.CommandLine;
import org.spikeflow.core.data.TraceColumns;
import org.spikeflow.core.util.FailureMessages;
import org.spikeflow.core.io.AtomicFiles;
import org.spikeflow.izhikevich.InsufficientMemoryException;
import org.spikeflow.izhikevich.MemoryEstimate;
import org.spikeflow.izhikevich.NeuronParameters;
import org.spikeflow.izhikevich.NumericalBlowUpException;
import org.spikeflow.izhikevich.Population;
import org.spikeflow.izhikevich.PopulationResult;
import org.spikeflow.izhikevich.PopulationSimulation;
import org.spikeflow.izhikevich.Precision;
import org.spikeflow.izhikevich.Preset;
import org.spikeflow.izhikevich.Presets;
import org.spikeflow.izhikevich.RecordingOptions;
import org.spikeflow.izhikevich.Scheme;
import org.spikeflow.izhikevich.SimulationMonitor;
import org.spikeflow.izhikevich.TraceData;
import org.spikeflow.izhikevich.TraceVariable;
import org.spikeflow.izhikevich.protocol.Protocol;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;

/**
 * {@code spikeflow simulate}: runs one preset neuron or a population read from a parameter table through the Izhikevich
 * population engine, writes the recording as CSV (atomically: no partial file on failure) and prints one JSON object
 * with the run's size and throughput on stdout. Every input is checked before the integration starts.
 *
 * <p>Exit codes: 2 when the request is malformed (command line, preset name, parameter file, dt, duration, output
 * location); 4 when a valid request cannot be carried out (not enough memory for it, numerical blow-up, the output
 * cannot be written); 130 when cancelled (Ctrl-C, SIGTERM, SIGHUP).
 */
@Component(service = BatchCommand.class, property = BatchCommand.NAME_PROPERTY + "=simulate")
public final class SimulateCommand implements BatchCommand {
    private static final List<String> VALUE_OPTIONS = List.of("preset", "params", "duration", "dt", "scheme",
            "precision", "threads", "record", "out");
    private static final ObjectMapper MAPPER = new ObjectMapper();
    /** Trace columns of single_neuron.py's files. */
    static final String TIME_COLUMN = TraceColumns.TIME;
    static final String V_COLUMN = TraceColumns.MEMBRANE_POTENTIAL;

    /** What the output file holds. */
    enum Record {
        COUNTS, SPIKES, TRACE;

        String id() {
            return name().toLowerCase(Locale.ROOT);
        }
    }

    /** Ends the command with an exit code and a message for stderr. */
    static final class Failure extends Exception {
        private static final long serialVersionUID = 1L;
        final int code;

        Failure(int code, String message) {
            super(message);
            this.code = code;
        }
    }

    static Failure usage(String message) {
        return new Failure(BatchExitCodes.BAD_COMMAND_LINE, message);
    }

    private static Failure failed(String message) {
        return new Failure(BatchExitCodes.EXECUTION_FAILED, message);
    }

    @Override
    public String name() {
        return "simulate";
    }

    @Override
    public String summary() {
        return "Simulate Izhikevich neurons (a preset or a parameter table) and write spikes or traces as CSV";
    }

    @Override
    public String usage() {
        return """
                Usage: spikeflow simulate (--preset NAME | --params FILE.csv) [--duration MS] [--dt MS]
                         [--scheme {SCHEME_CHOICES}] [--precision double|float]
                         [--threads N] [--record counts|spikes|trace] --out FILE.csv

                Simulates Izhikevich neurons and writes what --record asks for to --out (written atomically: a failed
                run leaves no file behind). Afterwards prints ONE JSON object on stdout:
                  {"neurons", "steps" (integration updates per neuron: duration/dt for euler, izhikevich2003 and
                   rk4, duration/dt + 1 for izhikevich2004, int(duration/dt) - 1 for seed), "threads" (used),
                   "simulation_seconds" (the integration alone), "neuron_updates_per_second", "kernel", "scheme",
                   "precision", "duration_ms", "dt_ms", "record", "spikes_total", "source", "out",
                   "read_seconds", "write_seconds", "peak_heap_mb" (heap pools' peak use, garbage included)}
                Progress and messages go to stderr.

                Neurons:
                  --preset NAME       one published neuron: see 'spikeflow presets' (names such as seed/RS or
                                      2004/A-tonic-spiking, aliases such as 2004/A, or labels such as
                                      "Regular Spiking (RS)"). Its duration, dt, input protocol, v0/u0 and scheme
                                      are the preset's unless overridden.
                  --params FILE.csv   one neuron per row; the header names the columns a, b, c, d and I (the
                                      constant input current), in any order, case-sensitive; optional v0 (default
                                      -65 mV) and u0 (default b*v0); other columns (e.g. a row index i) are ignored.
                                      Defaults: --duration 1000 --dt 0.1 --scheme euler.
                Options:
                  --duration MS       simulated time in ms (> 0)
                  --dt MS             integration step in ms (> 0, at most the duration)
                  --scheme S          {SCHEME_LIST}
                  --precision P       double (default) or float
                  --threads N         worker threads (default: number of cores); results do not depend on it
                  --record R          counts (default): CSV i,spikes with i the row index from 0
                                      spikes: CSV i,t with one line per spike, t in ms
                                      trace: the membrane potential at every step; one neuron gives single_neuron.py's
                                      columns "Time (ms),Membrane Potential (mV)", several neurons add a first
                                      column i (rows grouped by neuron)
                  --out FILE.csv      the output file (required; its folder is created if needed)

                Exit codes: 0 success;
                            2 bad request: command line, unknown preset, missing or unreadable parameter file,
                              missing column, non-numeric cell (with line and column), dt or duration <= 0,
                              unusable --out;
                            4 the run failed: not enough memory for the request (checked before starting, with
                              what it needs and what is available), numerical blow-up (neuron, time, parameters),
                              or the output could not be written;
                            130 cancelled by Ctrl-C (SIGINT), SIGTERM or SIGHUP: prints "cancelled", writes
                              nothing and leaves no temporary file.

                """.replace("{SCHEME_CHOICES}", String.join("|", Scheme.ids()))
                .replace("{SCHEME_LIST}", String.join(", ", Scheme.ids()) + " (default for --params: "
                        + Scheme.EULER.id() + ")")
                + SparkSimulation.USAGE;
    }

    /** Shell completion offers the preset names after {@code --preset}. */
    @Override
    public Map<String, List<String>> optionValues() {
        return Map.of("--preset", Presets.all().stream().map(Preset::name).toList());
    }

    @Override
    public int run(List<String> args, PrintStream out, PrintStream err) {
        Cancellation.handledByThisCommand();
        try {
            return SparkSimulation.requested(args)
                    ? SparkSimulation.simulate(args, out, err)
                    : simulate(args, out, err);
        } catch (Failure f) {
            if (f.code == BatchExitCodes.BAD_COMMAND_LINE) {
                return CommandLine.usageError(err, name(), f.getMessage());
            }
            err.println("spikeflow " + name() + ": " + f.getMessage());
            return f.code;
        }
    }

    /** The validated request. */
    private static final class Request {
        String presetName;
        Path params;
        Double duration;
        Double dt;
        Scheme scheme;
        Precision precision = Precision.DOUBLE;
        int threads = Runtime.getRuntime().availableProcessors();
        Record record = Record.COUNTS;
        Path out;
    }

    private int simulate(List<String> args, PrintStream stdout, PrintStream err) throws Failure {
        Request request = parse(args);
        long readStart = System.nanoTime();

        // ---- the neurons ---------------------------------------------------------------------------------------
        Population population;
        double duration;
        double dt;
        Scheme scheme;
        String source;
        ParamsCsv params = null;
        if (request.presetName != null) {
            Preset preset = findPreset(request.presetName);
            duration = request.duration != null ? request.duration : preset.duration();
            dt = request.dt != null ? request.dt : preset.dt();
            scheme = request.scheme != null ? request.scheme : preset.scheme();
            checkGrid(duration, dt);
            population = population(preset);
            source = "preset " + preset.name();
        } else {
            duration = request.duration != null ? request.duration : 1000;
            dt = request.dt != null ? request.dt : 0.1;
            scheme = request.scheme != null ? request.scheme : Scheme.EULER;
            checkGrid(duration, dt);
            PopulationSimulation.warmUpInBackground(scheme, request.precision); // while the file is read
            ParamsCsv opened = readingParams(request.params, () -> ParamsCsv.open(request.params));
            params = opened;
            checkParamsMemory(opened);
            ParamsCsv.Table table;
            try {
                table = readingParams(request.params, () -> opened.read(request.threads));
            } catch (OutOfMemoryError e) {
                throw failed("not enough memory to read " + request.params + " (" + params.maxRows()
                        + " rows); give Java more memory: " + heapHint(params.maxRows() * 16L * params.valueColumns()));
            }
            Population.Builder builder = Population.builder(table.rows()).a(table.a()).b(table.b()).c(table.c())
                    .d(table.d()).current(table.current());
            if (table.v0() != null) {
                builder.v0(table.v0());
            }
            if (table.u0() != null) {
                builder.u0(table.u0());
            }
            try {
                population = builder.build();
            } catch (IllegalArgumentException e) {
                throw usage(request.params + ": " + e.getMessage());
            }
            table = null; // the population holds copies
            source = request.params.toString();
        }
        double readSeconds = (System.nanoTime() - readStart) / 1e9;

        // ---- the simulation ------------------------------------------------------------------------------------
        RecordingOptions recording = switch (request.record) {
            case COUNTS -> RecordingOptions.counts();
            case SPIKES -> RecordingOptions.builder().spikeTimes(true).build();
            case TRACE -> RecordingOptions.builder().trace(TraceVariable.V).build();
        };
        AtomicBoolean cancelled = new AtomicBoolean();
        ProgressMonitor monitor = new ProgressMonitor(err, cancelled);
        PopulationSimulation simulation;
        try {
            simulation = PopulationSimulation.builder(population).duration(duration).dt(dt).scheme(scheme)
                    .precision(request.precision).threads(request.threads).recording(recording).monitor(monitor)
                    .build();
        } catch (IllegalArgumentException e) {
            throw usage(e.getMessage());
        }
        err.printf(Locale.ROOT, "Simulating %d neuron%s (%s) for %s ms at dt %s ms: %d updates each; %s, %s, "
                + "recording %s%n", population.size(), population.size() == 1 ? "" : "s", source,
                PresetsCommand.number(duration), PresetsCommand.number(dt), simulation.updatesPerNeuron(), scheme.id(),
                request.precision.id(), request.record.id());

        // Ctrl-C (SIGINT), SIGTERM and SIGHUP cancel the integration or the write; the output is then absent
        Cancellation.Registration cancelRegistration = Cancellation.onCancel(() -> cancelled.set(true));
        PopulationResult result;
        long writeStart;
        long lines;
        try {
            try {
                result = simulation.run();
            } catch (InsufficientMemoryException e) {
                throw failed(e.getMessage() + " With ./spikeflow: " + heapHint(e.estimate().totalBytes()));
            } catch (NumericalBlowUpException e) {
                String where = "";
                if (params != null) {
                    long line = params.lineOfRow(e.neuron());
                    where = " (row " + e.neuron() + " of " + request.params + (line > 0 ? ", line " + line : "") + ")";
                }
                throw failed(e.getMessage() + where);
            } catch (CancellationException e) {
                throw new Failure(Cancellation.EXIT_CODE, "cancelled; nothing was written");
            } finally {
                monitor.finish();
            }

            // ---- the output ------------------------------------------------------------------------------------
            writeStart = System.nanoTime();
            try {
                long[] written = new long[1];
                AtomicFiles.write(request.out,
                        stream -> written[0] = write(result, request.record, Cancellation.stopOnCancel(stream)));
                lines = written[0];
            } catch (InterruptedIOException e) {
                throw new Failure(Cancellation.EXIT_CODE, "cancelled; nothing was written");
            } catch (IOException e) {
                throw failed("could not write " + request.out + ": " + FailureMessages.describeIo(e));
            }
        } finally {
            cancelRegistration.close();
        }
        double writeSeconds = (System.nanoTime() - writeStart) / 1e9;
        err.printf(Locale.ROOT, "Wrote %s (%d rows)%n", request.out, lines);

        ObjectNode json = MAPPER.createObjectNode();
        json.put("neurons", result.size());
        json.put("steps", result.updatesPerNeuron());
        json.put("threads", result.threads());
        putNumber(json, "simulation_seconds", result.simulationNanos() / 1e9);
        putNumber(json, "neuron_updates_per_second", result.neuronUpdatesPerSecond());
        json.put("kernel", result.kernel());
        json.put("scheme", result.scheme().id());
        json.put("precision", result.precision().id());
        json.put("duration_ms", duration);
        json.put("dt_ms", dt);
        json.put("record", request.record.id());
        json.put("spikes_total", result.totalSpikes());
        json.put("source", source);
        json.put("out", request.out.toString());
        putNumber(json, "read_seconds", readSeconds);
        putNumber(json, "write_seconds", writeSeconds);
        putNumber(json, "peak_heap_mb", Math.round(peakHeapBytes() / 1048576.0 * 10) / 10.0);
        try {
            stdout.println(MAPPER.writeValueAsString(json));
        } catch (JsonProcessingException e) {
            throw new IllegalStateException(e);
        }
        stdout.flush();
        return BatchExitCodes.SUCCESS;
    }

    /** @return the sum of the heap pools' peak usage (garbage included) since the JVM started */
    private static long peakHeapBytes() {
        long peak = 0;
        for (MemoryPoolMXBean pool : ManagementFactory.getMemoryPoolMXBeans()) {
            if (pool.getType() == MemoryType.HEAP && pool.getPeakUsage() != null) {
                peak += pool.getPeakUsage().getUsed();
            }
        }
        return peak;
    }

    private static void putNumber(ObjectNode json, String name, double value) {
        if (Double.isFinite(value)) {
            json.put(name, value);
        } else {
            json.putNull(name);
        }
    }

    // ---- command line ----------------------------------------------------------------------------------------------

    private static Request parse(List<String> args) throws Failure {
        CommandLine line;
        Request r = new Request();
        try {
            line = CommandLine.parse(args, VALUE_OPTIONS, List.of());
            if (!line.positionals.isEmpty()) {
                throw usage("unexpected argument '" + line.positionals.get(0) + "' (options start with --)");
            }
            r.presetName = line.value("preset");
            String paramsText = line.value("params");
            if (r.presetName != null && paramsText != null) {
                throw usage("give either --preset or --params, not both");
            }
            if (r.presetName == null && paramsText == null) {
                throw usage(
                        "no neurons given: use --preset NAME ('spikeflow presets' lists them) or --params FILE.csv");
            }
            if (r.presetName != null && r.presetName.isBlank()) {
                throw usage("--preset needs a name; 'spikeflow presets' lists them");
            }
            String outText = line.value("out");
            if (outText == null || outText.isBlank()) {
                throw usage("--out FILE.csv is required");
            }
            r.duration = positive(line.value("duration"), "--duration");
            r.dt = positive(line.value("dt"), "--dt");
            r.scheme = option(line, "scheme", Scheme::parse);
            Precision precision = option(line, "precision", Precision::parse);
            if (precision != null) {
                r.precision = precision;
            }
            String threadsText = line.value("threads");
            if (threadsText != null) {
                try {
                    r.threads = Integer.parseInt(threadsText.trim());
                } catch (NumberFormatException e) {
                    r.threads = -1;
                }
                if (r.threads < 1 || r.threads > 4096) {
                    throw usage("--threads must be a whole number from 1 to 4096, not '" + threadsText + "'");
                }
            }
            String recordText = line.value("record");
            if (recordText != null) {
                r.record = switch (recordText.trim().toLowerCase(Locale.ROOT)) {
                    case "counts" -> Record.COUNTS;
                    case "spikes" -> Record.SPIKES;
                    case "trace" -> Record.TRACE;
                    default -> throw usage("--record must be counts, spikes or trace, not '" + recordText + "'");
                };
            }
            r.params = paramsText == null ? null : Path.of(paramsText);
            r.out = Path.of(outText);
        } catch (CommandLine.UsageException e) {
            throw usage(e.getMessage());
        } catch (java.nio.file.InvalidPathException e) {
            throw usage("not a valid path: " + e.getMessage());
        }
        checkOutput(r.out, r.params);
        return r;
    }

    /**
     * @return the value of option {@code --name} read by {@code parse}, or null if not given
     * @throws Failure
     *             a usage error naming the option if {@code parse} refuses the value
     */
    static <T> T option(CommandLine line, String name, Function<String, T> parse)
            throws Failure, CommandLine.UsageException {
        String text = line.value(name);
        if (text == null) {
            return null;
        }
        try {
            return parse.apply(text);
        } catch (IllegalArgumentException e) {
            throw usage("--" + name + ": " + e.getMessage());
        }
    }

    /** @return null if not given */
    static Double positive(String text, String option) throws Failure {
        if (text == null) {
            return null;
        }
        double value;
        try {
            value = Double.parseDouble(text.trim());
        } catch (NumberFormatException e) {
            throw usage(option + " must be a number of milliseconds, not '" + text + "'");
        }
        if (!(value > 0) || !Double.isFinite(value)) {
            throw usage(option + " must be greater than 0 ms, got " + text.trim());
        }
        return value;
    }

    static void checkGrid(double duration, double dt) throws Failure {
        if (dt > duration) {
            throw usage("dt (" + PresetsCommand.number(dt) + " ms) is longer than the duration ("
                    + PresetsCommand.number(duration) + " ms)");
        }
        if (duration / dt >= 9.0e18) {
            throw usage("duration/dt = " + duration / dt + " steps is too many");
        }
    }

    private static void checkOutput(Path out, Path params) throws Failure {
        Path absolute = out.toAbsolutePath().normalize();
        if (Files.isDirectory(absolute)) {
            throw usage("--out " + out + " is a folder; give a file name, e.g. " + out.resolve("result.csv"));
        }
        try {
            if (params != null && Files.exists(absolute) && Files.exists(params)
                    && Files.isSameFile(absolute, params)) {
                throw usage("--out " + out + " is the --params file; write the results elsewhere");
            }
        } catch (IOException e) {
            // cannot compare: the write will report problems
        }
        Path folder = absolute.getParent();
        while (folder != null && !Files.exists(folder)) {
            folder = folder.getParent();
        }
        if (folder == null || !Files.isDirectory(folder)) {
            throw usage("--out " + out + ": cannot create its folder, " + folder + " is not a folder");
        }
        if (!Files.isWritable(folder)) {
            throw usage("--out " + out + ": the folder " + folder + " is not writable");
        }
    }

    // ---- neurons ---------------------------------------------------------------------------------------------------

    private static Preset findPreset(String name) throws Failure {
        var found = Presets.find(name);
        if (found.isPresent()) {
            return found.get();
        }
        // the library knows the seed presets' labels; the figure presets are also found by their labels
        List<Preset> byLabel = Presets.all().stream().filter(p -> p.label().equalsIgnoreCase(name.trim())).toList();
        if (byLabel.size() == 1) {
            return byLabel.get(0);
        }
        List<String> close = PresetsCommand.closeNames(name);
        throw usage("unknown preset '" + name + "'" + (close.isEmpty()
                ? ""
                : ". Did you mean: "
                        + String.join(", ", close) + "?")
                + " 'spikeflow presets' lists all " + Presets.all().size()
                + " presets.");
    }

    /** The preset as a population of one, exactly as {@code Simulation} builds it (so results are bit-identical). */
    private static Population population(Preset preset) {
        NeuronParameters p = preset.parameters();
        return Population.builder(1).a(p.a()).b(p.b()).c(p.c()).d(p.d()).quadratic(p.k2(), p.k1(), p.k0())
                .vPeak(p.vPeak()).recovery(p.recovery()).v0(p.v0())
                .u0(p.hasExplicitU0() ? new double[] {p.u0()} : null).current(0)
                .protocols(new Protocol[] {preset.protocol()}).build();
    }

    /** A step of reading the parameter file, which may fail on its content or on the file. */
    private interface ParamsStep<T> {
        T run() throws ParamsCsv.ParamsException, IOException;
    }

    /** @return the step's result; its failures are usage errors (a bad file is a bad command line) */
    private static <T> T readingParams(Path file, ParamsStep<T> step) throws Failure {
        try {
            return step.run();
        } catch (ParamsCsv.ParamsException e) {
            throw usage(e.getMessage());
        } catch (IOException e) {
            throw usage("cannot read " + file + ": " + FailureMessages.describeIo(e));
        }
    }

    /** Refuses before parsing if the value arrays (read once, copied once into the population) cannot fit. */
    private static void checkParamsMemory(ParamsCsv params) throws Failure {
        long rows = params.maxRows();
        // the parsed arrays and the population's copies of them are alive together for a moment
        double bytes = rows * 8.0 * params.valueColumns() * 2;
        long need = bytes >= Long.MAX_VALUE ? Long.MAX_VALUE : (long) bytes;
        long available = MemoryEstimate.freeHeap(need);
        if (need > available) {
            throw failed("Not enough memory for " + rows + " neurons: reading their " + params.valueColumns()
                    + " parameter columns needs about " + MemoryEstimate.format(need) + " but only "
                    + MemoryEstimate.format(Math.max(0, available)) + " of the Java heap is available (maximum "
                    + MemoryEstimate.format(Runtime.getRuntime().maxMemory())
                    + "). Split the table or give Java more memory: "
                    + heapHint(need));
        }
    }

    /** @return advice on the heap to give ./spikeflow for a request that needs {@code bytes} more */
    static String heapHint(long bytes) {
        if (bytes >= 1L << 40) {
            return "no heap is large enough; record less.";
        }
        Runtime rt = Runtime.getRuntime();
        double want = (rt.totalMemory() - rt.freeMemory() + (double) bytes) * 1.5;
        long mb = (long) Math.ceil(want / 1048576.0);
        String value = mb > 1024 ? (long) Math.ceil(mb / 1024.0) + "g" : ((mb + 63) / 64 * 64) + "m";
        return "SPIKEFLOW_JAVA_OPTS=\"-Xmx" + value + " -XX:+UseSerialGC\" ./spikeflow simulate ...";
    }

    // ---- output ----------------------------------------------------------------------------------------------------

    /** @return the number of data rows written */
    static long write(PopulationResult result, Record record, OutputStream stream) throws IOException {
        Writer w = new BufferedWriter(new OutputStreamWriter(stream, StandardCharsets.UTF_8), 1 << 16);
        long rows = 0;
        int n = result.size();
        switch (record) {
            case COUNTS -> {
                w.write("i,spikes\n");
                for (int i = 0; i < n; i++) {
                    w.write(Integer.toString(i));
                    w.write(',');
                    w.write(Integer.toString(result.spikeCount(i)));
                    w.write('\n');
                }
                rows = n;
            }
            case SPIKES -> {
                w.write("i,t\n");
                for (int i = 0; i < n; i++) {
                    if (result.spikeCount(i) == 0) {
                        continue;
                    }
                    String index = Integer.toString(i);
                    for (double t : result.spikeTimes(i)) {
                        w.write(index);
                        w.write(',');
                        w.write(Double.toString(t));
                        w.write('\n');
                        rows++;
                    }
                }
            }
            case TRACE -> {
                TraceData trace = result.traces().orElseThrow();
                double[] times = trace.times();
                boolean several = trace.rows() > 1;
                w.write((several ? "i," : "") + TIME_COLUMN + "," + V_COLUMN + "\n");
                int[] neurons = trace.neurons();
                String[] timeText = new String[times.length];
                for (int s = 0; s < times.length; s++) {
                    timeText[s] = Double.toString(times[s]);
                }
                for (int r = 0; r < trace.rows(); r++) {
                    String index = Integer.toString(neurons[r]);
                    double[] v = trace.series(TraceVariable.V, r);
                    for (int s = 0; s < v.length; s++) {
                        if (several) {
                            w.write(index);
                            w.write(',');
                        }
                        w.write(timeText[s]);
                        w.write(',');
                        w.write(Double.toString(v[s]));
                        w.write('\n');
                    }
                    rows += v.length;
                }
            }
            default -> throw new IllegalStateException(record.toString());
        }
        w.flush();
        return rows;
    }

    /** Progress on stderr for long runs (a line every 5 s after the first 5 s) and cancellation on Ctrl-C. */
    private static final class ProgressMonitor implements SimulationMonitor {
        private final PrintStream err;
        private final AtomicBoolean cancelled;
        private final long start = System.nanoTime();
        private long lastPrinted = start;
        private boolean printed;

        ProgressMonitor(PrintStream err, AtomicBoolean cancelled) {
            this.err = err;
            this.cancelled = cancelled;
        }

        @Override
        public void progress(double fraction) {
            long now = System.nanoTime();
            if (fraction < 1 && now - lastPrinted >= 5_000_000_000L) {
                lastPrinted = now;
                printed = true;
                err.printf(Locale.ROOT, "  %3.0f%% after %.0f s%n", fraction * 100, (now - start) / 1e9);
            }
        }

        @Override
        public boolean isCancelled() {
            return cancelled.get();
        }

        void finish() {
            if (printed) {
                err.printf(Locale.ROOT, "  done after %.1f s%n", (System.nanoTime() - start) / 1e9);
            }
        }
    }
}
