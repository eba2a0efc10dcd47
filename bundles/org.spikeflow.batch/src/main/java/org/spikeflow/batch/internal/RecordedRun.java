package org.spikeflow.batch.internal;

import java.io.IOException;
import java.io.PrintStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;

import org.spikeflow.batch.internal.RunRecord.FileEntry;
import org.spikeflow.batch.internal.RunRecord.Status;
import org.spikeflow.core.batch.Cancellation;
import org.spikeflow.core.flowvar.FlowVariable;
import org.spikeflow.core.io.AtomicFiles;
import org.spikeflow.engine.ExecutionResult;
import org.spikeflow.engine.NodeContainer;
import org.spikeflow.engine.NodeState;
import org.spikeflow.engine.WorkflowListener;
import org.spikeflow.engine.WorkflowManager;

import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;

/**
 * One {@code spikeflow run} as its output folder sees it: holds the folder's lock, lets Ctrl-C cancel the workflow,
 * writes {@code run.json} with status "running" at the start and again whenever the run writes a file it had not
 * written before (so even a killed run's record names its files), and the final record last, with the files this run
 * wrote and the files of earlier records it did not rewrite ({@code staleFiles}). Files are never deleted: the output
 * folder may be shared with other workflows (by default it is the workflow's own folder), so a file from an earlier run
 * is reported, not removed.
 */
final class RecordedRun implements WorkflowListener, AutoCloseable {
    private final WorkflowManager workflow;
    private final Path workflowFile;
    private final String workflowSha256;
    private final Path folder;
    private final List<String> settingSpecs;
    private final OutputFolderLock lock;
    private final List<FileEntry> earlierFiles;
    private final Instant startedAt = now();
    private final Map<String, NodeStats> stats = new ConcurrentHashMap<>();
    /** Files written so far, as first seen (for the "running" record). */
    private final Map<Path, FileEntry> writtenSoFar = new LinkedHashMap<>();
    private Cancellation.Registration cancelRegistration;

    /** What a node did over all its executions (loop iterations). */
    private static final class NodeStats {
        int runs;
        long nanos;
        final Set<String> warnings = new LinkedHashSet<>();
    }

    private RecordedRun(WorkflowManager workflow, Path workflowFile, Path folder, List<String> settingSpecs,
            OutputFolderLock lock, List<FileEntry> earlierFiles) throws IOException {
        this.workflow = workflow;
        this.workflowFile = workflowFile.toAbsolutePath().normalize();
        this.workflowSha256 = RunRecord.sha256(workflowFile);
        this.folder = folder;
        this.settingSpecs = List.copyOf(settingSpecs);
        this.lock = lock;
        this.earlierFiles = earlierFiles;
    }

    /**
     * Locks the output folder, records the start and makes cancellation requests cancel the workflow.
     *
     * @param settingSpecs
     *            the --set values (NODE.SETTING=VALUE), recorded with secrets masked
     * @throws OutputFolderLock.LockedException
     *             if another run holds the folder
     */
    static RecordedRun begin(WorkflowManager workflow, Path workflowFile, Path outputFolder, List<String> settingSpecs,
            PrintStream err) throws IOException, OutputFolderLock.LockedException {
        Path folder = outputFolder.toAbsolutePath().normalize();
        OutputFolderLock lock = OutputFolderLock.acquire(folder, workflowFile);
        try {
            if (lock.abandonedBy() != null) {
                err.println("spikeflow run: note: an earlier run (" + lock.abandonedBy() + ") ended without"
                        + " finishing; " + RunRecord.FILE_NAME + " lists the files it left");
            }
            RecordedRun run = new RecordedRun(workflow, workflowFile, folder, settingSpecs, lock,
                    earlierFiles(folder, err));
            run.write(Status.RUNNING, List.of(), run.stale(Set.of()), null);
            run.cancelRegistration = Cancellation.onCancel(workflow::cancel);
            workflow.addListener(run);
            return run;
        } catch (IOException | RuntimeException e) {
            lock.close();
            throw e;
        }
    }

    /** The files and stale files of the previous record; none if there is none (or it is unreadable). */
    private static List<FileEntry> earlierFiles(Path folder, PrintStream err) {
        if (!Files.exists(folder.resolve(RunRecord.FILE_NAME))) {
            return List.of();
        }
        try {
            RunRecord.Content previous = RunRecord.read(folder);
            List<FileEntry> files = new ArrayList<>(previous.files());
            files.addAll(previous.staleFiles());
            return files;
        } catch (RunRecord.InvalidRecordException e) {
            err.println("spikeflow run: note: replacing an unreadable run record: " + e.getMessage());
            return List.of();
        }
    }

    /** Writes the final record from the execution's result; returns the run's status. */
    Status finish(ExecutionResult result) throws IOException {
        Status status = result.canceled()
                ? Status.CANCELLED
                : !result.success()
                        ? Status.FAILED
                        : result.warnings().isEmpty() ? Status.SUCCEEDED : Status.WARNINGS;
        for (ExecutionResult.NodeMessage warning : result.warnings()) {
            NodeStats nodeStats = stats.computeIfAbsent(warning.nodeId(), id -> new NodeStats());
            synchronized (nodeStats) {
                nodeStats.warnings.add(warning.message());
            }
        }
        Set<Path> written = new LinkedHashSet<>();
        for (Path file : result.writtenFiles()) {
            written.add(file.toAbsolutePath().normalize());
        }
        List<FileEntry> files = new ArrayList<>();
        for (Path file : written) {
            if (Files.isRegularFile(file) && !isOwnFile(file)) {
                files.add(RunRecord.describe(folder, file));
            }
        }
        write(status, files, stale(written), now());
        return status;
    }

    /** Entries of earlier records whose files this run did not write and that are still there. */
    private List<FileEntry> stale(Set<Path> written) {
        Map<Path, FileEntry> stale = new LinkedHashMap<>();
        for (FileEntry entry : earlierFiles) {
            Path file = RunRecord.resolve(folder, entry.path());
            if (!written.contains(file) && Files.exists(file) && !isOwnFile(file)) {
                stale.putIfAbsent(file, entry);
            }
        }
        return List.copyOf(stale.values());
    }

    private boolean isOwnFile(Path file) {
        return file.equals(folder.resolve(RunRecord.FILE_NAME))
                || file.equals(folder.resolve(OutputFolderLock.FILE_NAME));
    }

    @Override
    public void fileWritten(NodeContainer node, Path file) {
        Path absolute = file.toAbsolutePath().normalize();
        synchronized (writtenSoFar) {
            if (writtenSoFar.containsKey(absolute) || isOwnFile(absolute)) {
                return;
            }
            try {
                writtenSoFar.put(absolute, RunRecord.describe(folder, absolute));
                write(Status.RUNNING, List.copyOf(writtenSoFar.values()), stale(writtenSoFar.keySet()), null);
            } catch (IOException e) {
                // the final record is what counts; it reports a failure to write itself
            }
        }
    }

    private synchronized void write(Status status, List<FileEntry> files, List<FileEntry> staleFiles,
            Instant endedAt) throws IOException {
        ObjectNode json = RunRecord.MAPPER.createObjectNode();
        json.put("format", RunRecord.FORMAT);
        json.put("formatVersion", RunRecord.FORMAT_VERSION);
        json.put("status", status.key());
        ObjectNode flow = json.putObject("workflow");
        flow.put("path", RunRecord.relativize(folder, workflowFile));
        flow.put("sha256", workflowSha256);
        json.put("outputFolder", folder.toString());
        json.set("variables", variables());
        json.set("settingsOverrides", settingsOverrides());
        json.set("spikeflow", versions());
        ObjectNode java = json.putObject("java");
        java.put("version", System.getProperty("java.version"));
        java.put("vendor", System.getProperty("java.vendor"));
        java.put("vm", System.getProperty("java.vm.name"));
        json.put("startedAt", startedAt.toString());
        json.put("endedAt", endedAt == null ? null : endedAt.toString());
        json.set("nodes", nodes(status != Status.RUNNING));
        json.set("files", RunRecord.toJson(files));
        json.set("staleFiles", RunRecord.toJson(staleFiles));
        AtomicFiles.writeString(folder.resolve(RunRecord.FILE_NAME),
                RunRecord.MAPPER.writerWithDefaultPrettyPrinter().writeValueAsString(json) + "\n");
    }

    private ObjectNode variables() {
        Set<String> secret = secretVariables();
        ObjectNode json = RunRecord.MAPPER.createObjectNode();
        for (FlowVariable variable : workflow.getWorkflowVariables().values()) {
            if (secret.contains(variable.getName())) {
                json.put(variable.getName(), RunRecord.MASK);
            } else {
                json.set(variable.getName(), RunRecord.MAPPER.valueToTree(variable.getValue()));
            }
        }
        return json;
    }

    /** Variables that control a secret setting of some node: their values are secrets too. */
    private Set<String> secretVariables() {
        Set<String> names = new LinkedHashSet<>();
        for (NodeContainer node : workflow.getNodes()) {
            node.getNode().getVariableSettings().forEach((setting, variable) -> {
                if (isSecret(node, setting)) {
                    names.add(variable);
                }
            });
        }
        return names;
    }

    private ObjectNode settingsOverrides() {
        ObjectNode json = RunRecord.MAPPER.createObjectNode();
        for (String spec : settingSpecs) {
            int eq = spec.indexOf('=');
            String key = eq < 0 ? spec : spec.substring(0, eq);
            NodeContainer node = workflow.getNodes().stream()
                    .filter(n -> key.startsWith(n.getId() + "."))
                    .max(Comparator.comparingInt(n -> n.getId().length())).orElse(null);
            boolean secret = node == null || isSecret(node, key.substring(node.getId().length() + 1));
            json.put(key, secret ? RunRecord.MASK : spec.substring(eq + 1));
        }
        return json;
    }

    /** A secret setting is one the node leaves out of everything written or shown. */
    private static boolean isSecret(NodeContainer node, String settingPath) {
        String top = settingPath.split("\\.", 2)[0];
        return node.getNode().getSettingsJson(true).has(top) && !node.getNode().getSettingsJson(false).has(top);
    }

    private static ObjectNode versions() {
        ObjectNode json = RunRecord.MAPPER.createObjectNode();
        json.put("version", SpikeflowInstallation.version());
        ObjectNode bundles = json.putObject("bundles");
        SpikeflowInstallation.bundles().forEach(bundles::put);
        return json;
    }

    private ArrayNode nodes(boolean ended) {
        ArrayNode array = RunRecord.MAPPER.createArrayNode();
        for (NodeContainer node : workflow.getNodes()) {
            NodeStats nodeStats = stats.get(node.getId());
            ObjectNode json = array.addObject();
            json.put("id", node.getId());
            json.put("type", node.getTypeId());
            json.put("name", node.getName());
            json.put("state", !ended
                    ? "pending"
                    : node.getState() == NodeState.EXECUTED
                            ? "executed"
                            : node.getState() == NodeState.FAILED ? "failed" : "not executed");
            json.put("runs", nodeStats == null ? 0 : nodeStats.runs);
            json.put("millis", nodeStats == null ? 0 : Math.round(nodeStats.nanos / 1e6));
            ArrayNode warnings = json.putArray("warnings");
            if (nodeStats != null) {
                synchronized (nodeStats) {
                    nodeStats.warnings.forEach(warnings::add);
                }
            }
            if (ended && node.getState() == NodeState.FAILED) {
                json.put("error", node.getErrorMessage());
            }
        }
        return array;
    }

    private NodeStats stats(NodeContainer node) {
        return stats.computeIfAbsent(node.getId(), id -> new NodeStats());
    }

    @Override
    public void stateChanged(NodeContainer node, NodeState state) {
        if (state == NodeState.QUEUED && Cancellation.isRequested()) {
            workflow.cancel(); // a request that came before execution started (which clears the workflow's flag)
        }
        if (state == NodeState.EXECUTED && node.getWarningMessage() != null) {
            NodeStats nodeStats = stats(node);
            synchronized (nodeStats) {
                nodeStats.warnings.add(node.getWarningMessage());
            }
        }
    }

    @Override
    public void executed(NodeContainer node, long nanos) {
        NodeStats nodeStats = stats(node);
        synchronized (nodeStats) {
            nodeStats.runs++;
            nodeStats.nanos += nanos;
        }
    }

    @Override
    public void close() throws IOException {
        workflow.removeListener(this);
        if (cancelRegistration != null) {
            cancelRegistration.close();
        }
        lock.close();
    }

    private static Instant now() {
        return Instant.now().truncatedTo(ChronoUnit.MILLIS);
    }
}
