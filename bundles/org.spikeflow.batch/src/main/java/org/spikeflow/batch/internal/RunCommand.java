package org.spikeflow.batch.internal;

import java.io.IOException;
import java.io.PrintStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;
import org.spikeflow.core.batch.BatchCommand;
import org.spikeflow.core.batch.BatchExitCodes;
import org.spikeflow.core.batch.Cancellation;
import org.spikeflow.core.batch.CommandLine;
import org.spikeflow.core.data.Column;
import org.spikeflow.core.data.DataTable;
import org.spikeflow.core.flowvar.FlowVariable;
import org.spikeflow.core.flowvar.FlowVariableType;
import org.spikeflow.core.io.UserGrants;
import org.spikeflow.core.node.NodeLogger;
import org.spikeflow.core.port.PortObject;
import org.spikeflow.core.settings.InvalidSettingsException;
import org.spikeflow.engine.ExecutionOptions;
import org.spikeflow.engine.ExecutionResult;
import org.spikeflow.engine.ExecutionResult.NodeMessage;
import org.spikeflow.engine.NodeContainer;
import org.spikeflow.engine.NodeRepository;
import org.spikeflow.engine.NodeState;
import org.spikeflow.engine.WorkflowListener;
import org.spikeflow.engine.WorkflowLoadException;
import org.spikeflow.engine.WorkflowManager;

/**
 * {@code spikeflow run}: KNIME's batch executor for Spikeflow workflows. Variables and settings can be overridden from
 * the command line; progress goes to stderr, the summary to stdout; exit codes follow KNIME's.
 */
@Component(service = BatchCommand.class, property = BatchCommand.NAME_PROPERTY + "=run")
public final class RunCommand implements BatchCommand {
    private static final List<String> VALUE_OPTIONS = List.of("var", "set", "output-dir", "threads", "progress",
            "spill-threshold", "show", "allow-path", "timegpt-url", "spark-master");
    /** Rows of a --show table printed before the rest is only counted. */
    static final int SHOW_MAX_ROWS = 60;
    private static final List<String> FLAGS = List.of("reset", "verbose", "quiet", "timing");

    @Reference
    private NodeRepository repository;

    @Override
    public String name() {
        return "run";
    }

    @Override
    public String summary() {
        return "Execute a workflow headless";
    }

    @Override
    public String usage() {
        return """
                Usage: spikeflow run WORKFLOW.spikeflow.json [options]

                Executes every node of the workflow, loops included, and prints a summary.

                Options:
                  --var NAME=VALUE[:int|double|string|boolean]
                                        set a workflow variable the workflow declares (repeatable); the
                                        type defaults to the declared one
                  --set NODE_ID.SETTING=VALUE
                                        override one node setting (repeatable), e.g. --set n2.loopCount=5
                  --output-dir DIR      where relative output paths go (default: the workflow's folder)
                  --allow-path DIR      also let nodes read and write in DIR (repeatable); without it, inputs
                                        must lie in the workflow's folder and outputs in the output folder.
                                        DIR may be cluster storage (hdfs://NAMENODE/PATH, s3a://BUCKET/PATH):
                                        a workflow may use no cluster storage the user did not allow
                  --spark-master URL    the Spark cluster (spark://, k8s://, yarn) a workflow may send jobs to;
                                        without it, only local[...] masters run
                  --timegpt-url URL     the TimeGPT endpoint that may receive NIXTLA_API_KEY (default: the
                                        environment variable NIXTLA_BASE_URL, else https://api.nixtla.io);
                                        https, or plain http only to localhost
                  --threads N           how many nodes may run at once (default: number of cores)
                  --reset               reset all nodes before executing
                  --spill-threshold MB  tables larger than MB move from the heap to memory-mapped files once
                                        their node has executed (default 256; -1 keeps everything in memory)
                  --progress MODE       bar, plain or none (default: bar on a terminal, else plain)
                  --verbose             also print the nodes' informational log lines and the stack
                                        traces of failures (otherwise each failure is one line)
                  --quiet               print only warnings, errors and the summary
                  --timing              print start-up timings (JVM start to first node executing)
                  --show NODE_ID[:PORT] print that node's output table (port 0 unless given) after the run,
                                        e.g. --show metrics (repeatable)

                The run is recorded in run.json in the output folder: the workflow and its SHA-256, variables,
                --set values (secrets masked), versions, start and end time, status (succeeded, warnings,
                failed, cancelled), per-node timings and warnings, and every file written with its size and
                SHA-256; files of earlier runs it did not rewrite are listed as staleFiles. 'spikeflow verify-run
                DIR' checks a folder against it. While a run writes, the folder is locked (run.lock): a second
                run into it is refused with exit code 2, naming the run that holds it.

                Ctrl-C (SIGINT), SIGTERM or SIGHUP cancels the running nodes, removes temporary files, records
                the run as cancelled, prints "cancelled" and exits with 130. A second Ctrl-C exits at once.

                Exit codes: 0 success, 1 success with warnings, 2 bad command line (or the output folder is
                            in use), 3 workflow could not be loaded, 4 execution failed, 130 cancelled.""";
    }

    /**
     * The workflow file a {@code run} command line names (the arguments after "run"), or null if the command line is
     * not valid: for the start-up task that prepares loading it ({@link RunWarmUp}).
     */
    static Path workflowFileArgument(List<String> args) {
        try {
            CommandLine line = CommandLine.parse(args, VALUE_OPTIONS, FLAGS);
            return line.positionals.size() == 1 ? Path.of(line.positionals.get(0)) : null;
        } catch (CommandLine.UsageException | RuntimeException e) {
            return null; // the command reports it
        }
    }

    @Override
    public int run(List<String> args, PrintStream out, PrintStream err) {
        Cancellation.handledByThisCommand();
        CommandLine line;
        Path workflowFile;
        int threads;
        long spillBytes;
        Path outputDirectory;
        String progressMode;
        UserGrants grants;
        try {
            line = CommandLine.parse(args, VALUE_OPTIONS, FLAGS);
            if (line.positionals.size() != 1) {
                throw new CommandLine.UsageException(line.positionals.isEmpty()
                        ? "No workflow file given"
                        : "Expected one workflow file, got " + line.positionals);
            }
            workflowFile = Path.of(line.positionals.get(0));
            String threadText = line.value("threads");
            threads = threadText == null
                    ? Runtime.getRuntime().availableProcessors()
                    : parsePositive(threadText, "--threads");
            spillBytes = RunArguments.spillThresholdBytes(line.value("spill-threshold"));
            outputDirectory = RunArguments.outputDirectory(line.value("output-dir"));
            progressMode = line.value("progress");
            if (progressMode == null) {
                progressMode = System.console() != null ? "bar" : "plain";
            }
            if (!List.of("bar", "plain", "none").contains(progressMode)) {
                throw new CommandLine.UsageException(
                        "--progress must be bar, plain or none, not '" + progressMode + "'");
            }
            grants = UserGrantOptions.parse(line.values("allow-path"), line.value("timegpt-url"),
                    line.value("spark-master"));
        } catch (CommandLine.UsageException e) {
            return CommandLine.usageError(err, name(), e.getMessage());
        }

        boolean verbose = line.has("verbose");
        boolean quiet = line.has("quiet");
        long loadStart = System.nanoTime();
        WorkflowManager workflow;
        try {
            workflow = WorkflowManager.load(workflowFile, repository);
        } catch (WorkflowLoadException e) {
            err.println("spikeflow run: the workflow could not be loaded:");
            err.println("  " + e.getMessage());
            return BatchExitCodes.LOAD_FAILED;
        }
        long loadedAt = System.nanoTime();
        try (workflow) {
            workflow.setLogSink((level, source, message, error) -> {
                if (level.compareTo(verbose ? NodeLogger.Level.DEBUG : NodeLogger.Level.WARN) >= 0
                        && !(quiet && level == NodeLogger.Level.INFO)) {
                    err.println(level + " [" + source + "] " + message);
                    if (verbose && error != null) {
                        error.printStackTrace(err); // only with --verbose: a failure is one line otherwise
                    }
                }
            });
            try {
                RunArguments.checkVariableNames(line.values("var"), workflow.getWorkflowVariables());
                applyVariables(workflow, line.values("var"));
                applySettings(workflow, line.values("set"));
            } catch (CommandLine.UsageException e) {
                err.println("spikeflow run: " + e.getMessage());
                return BatchExitCodes.BAD_COMMAND_LINE;
            }
            List<String[]> shows;
            try {
                shows = showTargets(workflow, line.values("show"));
            } catch (CommandLine.UsageException e) {
                err.println("spikeflow run: " + e.getMessage());
                return BatchExitCodes.BAD_COMMAND_LINE;
            }
            if (line.has("reset")) {
                workflow.resetAll();
            }
            ExecutionOptions options = ExecutionOptions.defaults().withThreads(threads).withSpillThreshold(spillBytes)
                    .withGrants(grants);
            if (outputDirectory != null) {
                options = options.withOutputDirectory(outputDirectory);
            }
            // paths are checked against the output folder and the user's grants, so configure with the options
            long configureStart = System.nanoTime();
            List<NodeMessage> configureErrors = workflow.configureAll(options);
            long configureNanos = System.nanoTime() - configureStart;
            if (!configureErrors.isEmpty()) {
                err.println("spikeflow run: the workflow cannot run; these nodes fail to configure:");
                configureErrors.forEach(m -> err.println("  " + m));
                return BatchExitCodes.EXECUTION_FAILED;
            }
            ProgressPrinter progress = new ProgressPrinter(err, quiet ? "none" : progressMode);
            workflow.addListener(progress);
            if (!quiet) {
                err.printf(Locale.ROOT, "Loaded %s (%d nodes) in %.2f s%n", workflowFile,
                        workflow.getNodes().size(), (System.nanoTime() - loadStart) / 1e9);
            }
            if (Cancellation.isRequested()) {
                err.println("spikeflow run: cancelled before any node ran; the output folder is untouched");
                return Cancellation.EXIT_CODE;
            }
            // The record (run.json), the output folder's lock and Ctrl-C handling: see RecordedRun
            Path outputFolder = options.outputDirectory() != null ? options.outputDirectory() : workflow.getDirectory();
            ExecutionResult result;
            String recordProblem = null;
            long recordStart = System.nanoTime();
            long recordNanos = 0;
            try (RecordedRun record = RecordedRun.begin(workflow, workflowFile, outputFolder, line.values("set"),
                    err)) {
                recordNanos = System.nanoTime() - recordStart;
                try {
                    result = workflow.executeAll(options);
                } finally {
                    progress.finish();
                }
                try {
                    record.finish(result);
                } catch (IOException e) {
                    recordProblem = e.getMessage();
                }
            } catch (OutputFolderLock.LockedException e) {
                err.println("spikeflow run: " + e.getMessage());
                return BatchExitCodes.BAD_COMMAND_LINE;
            } catch (IOException e) {
                err.println("spikeflow run: cannot record the run in " + outputFolder + ": " + e.getMessage());
                return BatchExitCodes.EXECUTION_FAILED;
            }
            if (line.has("timing") || Boolean.getBoolean("spikeflow.timing")) { // the launcher took --timing
                // the launcher's start-up breakdown (spikeflow --timing) ends at the first node executing
                System.setProperty("spikeflow.timing.firstWorkMillis", Long.toString(progress.firstNodeStartMillis()));
                long jvmStart = java.lang.management.ManagementFactory.getRuntimeMXBean().getStartTime();
                err.printf(Locale.ROOT, "Timing: JVM start to first node executing %d ms (of which loading the"
                        + " workflow %d ms, configuring it %d ms, beginning the run record %d ms); execution %.3f s%n",
                        progress.firstNodeStartMillis() - jvmStart, (loadedAt - loadStart) / 1_000_000,
                        configureNanos / 1_000_000, recordNanos / 1_000_000, result.nanos() / 1e9);
            }
            int exitCode = summarize(workflow, result, out);
            if (recordProblem != null) {
                err.println("spikeflow run: the run record " + RunRecord.FILE_NAME + " could not be written: "
                        + recordProblem);
                exitCode = BatchExitCodes.EXECUTION_FAILED;
            }
            if (result.canceled()) {
                err.println("spikeflow run: cancelled; " + RunRecord.FILE_NAME + " lists the files written before");
                return Cancellation.EXIT_CODE;
            }
            for (String[] target : shows) {
                show(workflow, target[0], Integer.parseInt(target[1]), out);
            }
            return exitCode;
        }
    }

    /** Checks the --show values against the workflow before anything runs: {id, port} each. */
    private static List<String[]> showTargets(WorkflowManager workflow, List<String> values)
            throws CommandLine.UsageException {
        List<String[]> targets = new java.util.ArrayList<>();
        for (String value : values) {
            int colon = value.lastIndexOf(':');
            String id = colon < 0 ? value : value.substring(0, colon);
            int port;
            try {
                port = colon < 0 ? 0 : Integer.parseInt(value.substring(colon + 1));
            } catch (NumberFormatException e) {
                throw new CommandLine.UsageException("--show " + value + ": the port after ':' must be a number");
            }
            NodeContainer node = workflow.findNode(id).orElse(null);
            if (node == null) {
                throw new CommandLine.UsageException("--show " + value + ": the workflow has no node '" + id
                        + "'; its nodes: " + workflow.getNodes().stream().map(NodeContainer::getId).toList());
            }
            if (port < 0 || port >= node.getOutputCount()) {
                throw new CommandLine.UsageException("--show " + value + ": node '" + id + "' has output ports 0.."
                        + (node.getOutputCount() - 1));
            }
            targets.add(new String[] {id, Integer.toString(port)});
        }
        return targets;
    }

    /** Prints an output table as aligned text (numbers with 6 significant digits). */
    static void show(WorkflowManager workflow, String id, int port, PrintStream out) {
        NodeContainer node = workflow.getNode(id);
        PortObject object = node.getOutput(port);
        out.println();
        out.println(node.getName() + " '" + id + "', output " + port + ":");
        if (!(object instanceof DataTable table)) {
            out.println("  " + (object == null ? "(not executed)" : object.summary()));
            return;
        }
        int rows = Math.min(table.getRowCount(), SHOW_MAX_ROWS);
        int columns = table.getColumnCount();
        String[][] cells = new String[rows + 1][columns];
        int[] widths = new int[columns];
        for (int c = 0; c < columns; c++) {
            cells[0][c] = table.getSpec().getColumnSpec(c).name();
            Column column = table.getColumn(c);
            for (int r = 0; r < rows; r++) {
                Object value = column.getObject(r);
                cells[r + 1][c] = value instanceof Double d
                        ? String.format(Locale.ROOT, "%.6g", d)
                        : value == null ? "" : value.toString();
            }
            for (String[] row : cells) {
                widths[c] = Math.max(widths[c], row[c].length());
            }
        }
        for (String[] row : cells) {
            StringBuilder text = new StringBuilder(" ");
            for (int c = 0; c < columns; c++) {
                text.append(' ').append(String.format(Locale.ROOT, "%" + widths[c] + "s", row[c]));
            }
            out.println(text);
        }
        if (table.getRowCount() > rows) {
            out.println("  ... " + (table.getRowCount() - rows) + " more rows");
        }
    }

    private static int parsePositive(String text, String option) throws CommandLine.UsageException {
        try {
            int value = Integer.parseInt(text.trim());
            if (value < 1) {
                throw new NumberFormatException();
            }
            return value;
        } catch (NumberFormatException e) {
            throw new CommandLine.UsageException(option + " must be a positive integer, not '" + text + "'");
        }
    }

    /** {@code NAME=VALUE[:type]}: the type suffix counts only when it names a type. */
    static FlowVariable parseVariable(String text, Map<String, FlowVariable> declared)
            throws CommandLine.UsageException {
        int eq = text.indexOf('=');
        if (eq <= 0) {
            throw new CommandLine.UsageException("--var expects NAME=VALUE[:type], got '"
                    + org.spikeflow.core.util.EchoedInput.shorten(text) + "'");
        }
        String name = text.substring(0, eq).trim();
        String value = text.substring(eq + 1);
        FlowVariableType type = null;
        int colon = value.lastIndexOf(':');
        if (colon >= 0) {
            String suffix = value.substring(colon + 1).trim().toLowerCase(Locale.ROOT);
            if (List.of("int", "double", "string", "boolean").contains(suffix)) {
                type = FlowVariableType.fromLabel(suffix);
                value = value.substring(0, colon);
            }
        }
        FlowVariable existing = declared.get(name);
        if (type == null && existing != null) {
            type = existing.getType();
        }
        if (existing != null && type != existing.getType()) {
            throw new CommandLine.UsageException("--var " + name + ": the workflow declares it as "
                    + existing.getType().label() + ", not " + type.label());
        }
        try {
            return type == null ? FlowVariable.infer(name, value) : FlowVariable.parse(name, type, value);
        } catch (IllegalArgumentException e) {
            throw new CommandLine.UsageException("--var " + org.spikeflow.core.util.EchoedInput.shorten(text) + ": "
                    + e.getMessage());
        }
    }

    private static void applyVariables(WorkflowManager workflow, List<String> specs) throws CommandLine.UsageException {
        for (String spec : specs) {
            workflow.setWorkflowVariable(parseVariable(spec, workflow.getWorkflowVariables()));
        }
    }

    private static void applySettings(WorkflowManager workflow, List<String> specs) throws CommandLine.UsageException {
        for (String spec : specs) {
            int eq = spec.indexOf('=');
            int dot = spec.indexOf('.');
            if (eq < 0) {
                // the whole argument may be a value (a pasted key): not echoed
                throw new CommandLine.UsageException("--set expects NODE_ID.SETTING=VALUE; an argument has no '='");
            }
            String target = spec.substring(0, eq);
            if (dot < 0 || dot > eq) {
                throw new CommandLine.UsageException("--set expects NODE_ID.SETTING=VALUE, got '" + target + "=...'");
            }
            String nodeId = spec.substring(0, dot);
            String setting = spec.substring(dot + 1, eq);
            if (workflow.findNode(nodeId).isEmpty()) {
                // Node ids may contain dots: try the longest id that exists.
                int split = spec.lastIndexOf('.', eq);
                while (split > 0 && workflow.findNode(spec.substring(0, split)).isEmpty()) {
                    split = spec.lastIndexOf('.', split - 1);
                }
                if (split <= 0) {
                    throw new CommandLine.UsageException("--set " + target + ": the workflow has no node '" + nodeId
                            + "'; its nodes are " + workflow.getNodes().stream().map(NodeContainer::getId).toList());
                }
                nodeId = spec.substring(0, split);
                setting = spec.substring(split + 1, eq);
            }
            try {
                workflow.setNodeSetting(nodeId, setting, spec.substring(eq + 1));
            } catch (InvalidSettingsException e) {
                // the node masks a secret's value in its message; the option itself is shown without its value
                throw new CommandLine.UsageException("--set " + target + ": " + e.getMessage());
            }
        }
    }

    private static int summarize(WorkflowManager workflow, ExecutionResult result, PrintStream out) {
        long executed = workflow.getNodes().stream().filter(n -> n.getState() == NodeState.EXECUTED).count();
        out.printf(Locale.ROOT, "%s: %d of %d nodes executed (%d node runs) in %.2f s%n",
                result.success() ? "Finished" : result.canceled() ? "Cancelled" : "Failed", executed,
                workflow.getNodes().size(), result.executions(), result.nanos() / 1e9);
        for (NodeMessage failure : result.failures()) {
            out.println("  FAILED   " + failure);
        }
        for (NodeMessage skipped : result.notExecuted()) {
            out.println("  SKIPPED  " + skipped);
        }
        for (NodeMessage warning : result.warnings()) {
            out.println("  WARNING  " + warning);
        }
        for (NodeMessage info : result.infos()) {
            out.println("  INFO     " + info);
        }
        if (!result.writtenFiles().isEmpty()) {
            out.println("Outputs written:");
            result.writtenFiles().stream().distinct().forEach(file -> out.println("  " + relativeToWorkingDir(file)));
        }
        if (!result.success()) {
            return BatchExitCodes.EXECUTION_FAILED;
        }
        return result.warnings().isEmpty() ? BatchExitCodes.SUCCESS : BatchExitCodes.SUCCESS_WITH_WARNINGS;
    }

    private static Path relativeToWorkingDir(Path file) {
        Path here = Path.of("").toAbsolutePath();
        Path absolute = file.toAbsolutePath();
        return absolute.startsWith(here) ? here.relativize(absolute) : absolute;
    }

    /** Progress on stderr: a redrawn bar on terminals, throttled plain lines otherwise. */
    static final class ProgressPrinter implements WorkflowListener {
        private final PrintStream err;
        private final String mode;
        private final Map<String, Long> lastPrinted = new ConcurrentHashMap<>();
        /** Plain mode: 40 lines at first, then at most 4 a second (failures are always printed). */
        private final LineThrottle plainLines = new LineThrottle(40, 4, System::nanoTime);
        /** Bar mode: at most 10 redraws a second. */
        private final LineThrottle barRedraws = new LineThrottle(1, 10, System::nanoTime);
        private int executedRuns;
        private boolean barShown;
        private long firstNodeStartMillis;

        ProgressPrinter(PrintStream err, String mode) {
            this.err = err;
            this.mode = mode;
        }

        @Override
        public synchronized void stateChanged(NodeContainer node, NodeState state) {
            if (state == NodeState.EXECUTING && firstNodeStartMillis == 0) {
                firstNodeStartMillis = System.currentTimeMillis();
            }
            if (mode.equals("plain") && state == NodeState.EXECUTING) {
                plainLine("[" + node.getId() + "] " + node.getName() + ": executing");
            } else if (mode.equals("plain") && state == NodeState.FAILED) {
                err.println("[" + node.getId() + "] " + node.getName() + ": FAILED: " + node.getErrorMessage());
            } else if (mode.equals("bar") && state == NodeState.FAILED) {
                clearBar();
                err.println("[" + node.getId() + "] " + node.getName() + ": FAILED: " + node.getErrorMessage());
            }
        }

        @Override
        public synchronized void progress(NodeContainer node, double progress, String message) {
            long now = System.nanoTime();
            Long last = lastPrinted.get(node.getId());
            if (last != null && now - last < 1_000_000_000L) {
                return;
            }
            lastPrinted.put(node.getId(), now);
            if (mode.equals("plain")) {
                plainLine(String.format(Locale.ROOT, "[%s] %3.0f%% %s", node.getId(), progress * 100,
                        message == null ? "" : message));
            } else if (mode.equals("bar")) {
                drawBar(node.getId() + " " + (message == null ? "" : message), progress);
            }
        }

        @Override
        public synchronized void executed(NodeContainer node, long nanos) {
            executedRuns++;
            if (mode.equals("plain")) {
                plainLine(String.format(Locale.ROOT, "[%s] %s: done in %.3f s", node.getId(), node.getName(),
                        nanos / 1e9));
            } else if (mode.equals("bar") && barRedraws.tryAcquire()) {
                drawBar(node.getId() + " " + node.getName(), 1);
            }
        }

        private void plainLine(String line) {
            if (plainLines.tryAcquire()) {
                long skipped = plainLines.takeSkipped();
                err.println(skipped == 0 ? line : line + "  (" + skipped + " progress lines skipped)");
            }
        }

        private void drawBar(String label, double progress) {
            int width = 24;
            int filled = (int) Math.round(Math.max(0, Math.min(1, progress)) * width);
            String text = String.format(Locale.ROOT, "\r[%s%s] %d runs | %s", "#".repeat(filled),
                    "-".repeat(width - filled),
                    executedRuns, label);
            err.print(text.length() > 100 ? text.substring(0, 100) : String.format("%-100s", text));
            barShown = true;
        }

        private void clearBar() {
            if (barShown) {
                err.print("\r" + " ".repeat(100) + "\r");
                barShown = false;
            }
        }

        synchronized void finish() {
            clearBar();
            long skipped = plainLines.takeSkipped();
            if (skipped > 0) { // the lines skipped since the last one printed
                err.println("(" + skipped + " progress lines skipped)");
            }
            err.flush();
        }

        /** Wall-clock time when the first node started executing. */
        synchronized long firstNodeStartMillis() {
            return firstNodeStartMillis;
        }
    }
}
