package org.spikeflow.ui.internal;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;

import org.spikeflow.core.flowvar.FlowVariable;
import org.spikeflow.core.runtime.Node;
import org.spikeflow.core.settings.InvalidSettingsException;
import org.spikeflow.engine.Connection;
import org.spikeflow.engine.ExecutionOptions;
import org.spikeflow.engine.ExecutionResult;
import org.spikeflow.engine.NodeContainer;
import org.spikeflow.engine.NodePosition;
import org.spikeflow.engine.NodeState;
import org.spikeflow.engine.WorkflowAnnotation;
import org.spikeflow.engine.WorkflowException;
import org.spikeflow.engine.WorkflowListener;
import org.spikeflow.engine.WorkflowManager;
import org.spikeflow.ui.internal.http.HttpError;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;

/**
 * One workflow open in the canvas: the engine's {@link WorkflowManager} (the single source of truth), its file, its
 * undo/redo history of commands, and its executions. Public methods are synchronized: one edit at a time.
 */
final class WorkflowSession implements AutoCloseable {
    /** Progress events per node at most every 100 ms (10 per second). */
    private static final long PROGRESS_INTERVAL_NANOS = 100_000_000L;
    private static final int HISTORY_LIMIT = 200;

    private record Command(String label, List<Change> changes) {
    }

    private final String id;
    private final WorkspacePaths workspace;
    private final WorkflowManager workflow;
    private final EventBus events;
    private final ExecutorService runner;
    private final Deque<Command> undo = new ArrayDeque<>();
    private final Deque<Command> redo = new ArrayDeque<>();
    private final Map<String, Long> executionMillis = new ConcurrentHashMap<>();
    private final ProgressThrottle progressThrottle = new ProgressThrottle(PROGRESS_INTERVAL_NANOS);
    private String path;
    private boolean fileExists;
    /** The saved file's content in order-free form (see {@link #comparable}), null before the first save. */
    private JsonNode savedContent;
    private volatile boolean executing;

    WorkflowSession(String id, WorkspacePaths workspace, String path, WorkflowManager workflow, boolean fileExists,
            EventBus events) {
        this.id = id;
        this.workspace = workspace;
        this.path = path;
        this.workflow = workflow;
        this.fileExists = fileExists;
        this.events = events;
        this.savedContent = fileExists ? currentContent() : null;
        this.runner = Executors.newSingleThreadExecutor(task -> {
            Thread thread = new Thread(task, "spikeflow-run-" + id);
            thread.setDaemon(true);
            return thread;
        });
        workflow.addListener(new Listener());
    }

    String id() {
        return id;
    }

    synchronized String path() {
        return path;
    }

    WorkflowManager workflow() {
        return workflow;
    }

    // ---- snapshot ----

    synchronized ObjectNode snapshot() {
        ObjectNode json = Json.object();
        json.put("id", id);
        json.put("path", path);
        json.put("name", workflow.getName());
        json.put("description", workflow.getDescription());
        json.put("dirty", isDirty());
        json.put("canUndo", !undo.isEmpty());
        json.put("canRedo", !redo.isEmpty());
        json.put("undoLabel", undo.isEmpty() ? null : undo.peek().label());
        json.put("redoLabel", redo.isEmpty() ? null : redo.peek().label());
        json.put("executing", executing);
        json.set("variables", variables(workflow.getWorkflowVariables().values()));
        ArrayNode nodes = json.putArray("nodes");
        for (NodeContainer container : workflow.getNodes()) {
            nodes.add(node(container));
        }
        ArrayNode connections = json.putArray("connections");
        for (Connection c : workflow.getConnections()) {
            connections.addObject().put("id", c.sourceText() + "->" + c.destText()).put("from", c.sourceText())
                    .put("to", c.destText());
        }
        ArrayNode annotations = json.putArray("annotations");
        for (WorkflowAnnotation a : workflow.getAnnotations()) {
            annotations.addObject().put("id", a.id()).put("text", a.text()).put("x", a.x()).put("y", a.y())
                    .put("width", a.width()).put("height", a.height()).putNull("color");
        }
        return json;
    }

    private ObjectNode node(NodeContainer container) {
        Node node = container.getNode();
        ObjectNode json = Json.object();
        json.put("id", container.getId());
        json.put("type", container.getTypeId());
        json.put("name", container.getName());
        json.putNull("label");
        json.put("missing", container.isMissing());
        json.put("missingReason", container.getMissingReason());
        NodePosition position = workflow.getLayout().get(container.getId());
        json.putObject("position").put("x", position == null ? 0 : position.x()).put("y",
                position == null ? 0 : position.y());
        json.put("state", stateName(container.getState()));
        json.set("messages", messages(container));
        if (container.getState() == NodeState.EXECUTING) {
            ObjectNode progress = json.putObject("progress");
            if (Double.isFinite(container.getProgress()) && container.getProgress() >= 0) {
                progress.put("fraction", Math.min(1, container.getProgress()));
            } else {
                progress.putNull("fraction");
            }
            progress.put("message", container.getProgressMessage());
        } else {
            json.putNull("progress");
        }
        Long millis = executionMillis.get(container.getId());
        if (millis != null && container.getState() == NodeState.EXECUTED) {
            json.put("executionMillis", millis);
        } else {
            json.putNull("executionMillis");
        }
        json.set("inPorts", NodeCatalog.ports(node.getInPortTypes(), node.getFactory().getDescription().inPorts()));
        json.set("outPorts", NodeCatalog.ports(node.getOutPortTypes(), node.getFactory().getDescription().outPorts()));
        json.set("settings", NodeCatalog.mask(node.getSettingsJson(true), node.getFactory().getDescription()
                .settingsSchema()));
        ObjectNode bindings = json.putObject("variableSettings");
        node.getVariableSettings().forEach(bindings::put);
        Node partner = node.getLoopPartner();
        json.put("loopPartner", partner != null && workflow.findNode(partner.getId()).isPresent()
                ? partner.getId()
                : null);
        if (node.isLoopStart() && container.getExecutionCount() > 0) {
            json.put("iteration", container.getExecutionCount());
        } else {
            json.putNull("iteration");
        }
        return json;
    }

    static String stateName(NodeState state) {
        return state.name().toLowerCase(Locale.ROOT);
    }

    static ArrayNode messages(NodeContainer container) {
        ArrayNode messages = Json.array();
        if (container.getErrorMessage() != null) {
            messages.addObject().put("level", "error").put("text", container.getErrorMessage());
        }
        if (container.getWarningMessage() != null) {
            messages.addObject().put("level", "warning").put("text", container.getWarningMessage());
        }
        return messages;
    }

    static ArrayNode variables(Iterable<FlowVariable> variables) {
        ArrayNode list = Json.array();
        for (FlowVariable variable : variables) {
            ObjectNode entry = list.addObject().put("name", variable.getName()).put("type",
                    variable.getType().label());
            entry.set("value", Json.MAPPER.valueToTree(variable.getValue()));
        }
        return list;
    }

    // ---- commands, undo, redo ----

    /** Applies a command's ops all or nothing and records them as one undo entry. */
    synchronized ObjectNode command(String label, JsonNode ops) {
        checkIdle();
        if (ops == null || !ops.isArray() || ops.isEmpty()) {
            throw HttpError.badRequest("A command needs \"ops\": a non-empty list");
        }
        EditOps parser = new EditOps(workflow);
        List<Change> changes = new ArrayList<>();
        List<String> newIds = new ArrayList<>();
        int index = 0;
        try {
            for (JsonNode op : ops) {
                Change change = parser.parse(op, newIds);
                change.apply();
                changes.add(change);
                index++;
            }
        } catch (Exception e) {
            rollBack(changes);
            throw asHttpError(e, index, ops.get(index));
        }
        undo.push(new Command(label == null || label.isBlank() ? "Edit" : label, changes));
        while (undo.size() > HISTORY_LIMIT) {
            undo.removeLast();
        }
        redo.clear();
        changed();
        return snapshot();
    }

    private void rollBack(List<Change> changes) {
        for (int i = changes.size() - 1; i >= 0; i--) {
            try {
                changes.get(i).revert();
            } catch (Exception e) {
                throw new IllegalStateException("Undoing a failed command failed too: " + e.getMessage(), e);
            }
        }
    }

    private static HttpError asHttpError(Exception e, int index, JsonNode op) {
        String kind = op == null ? "" : op.path("op").asText();
        String prefix = "ops." + index;
        if (e instanceof HttpError http) {
            List<HttpError.Detail> details = new ArrayList<>();
            for (HttpError.Detail detail : http.details()) {
                details.add(new HttpError.Detail(prefix + "." + detail.path(), detail.message()));
            }
            if (details.isEmpty()) {
                details.add(new HttpError.Detail(prefix, http.getMessage()));
            }
            return new HttpError(http.status(), "Op " + index + " (" + kind + "): " + http.getMessage(), details);
        }
        if (e instanceof InvalidSettingsException) {
            return new HttpError(400, "Op " + index + " (" + kind + "): " + e.getMessage(),
                    List.of(new HttpError.Detail(prefix + ".settings", e.getMessage())));
        }
        if (e instanceof WorkflowException || e instanceof IllegalArgumentException) {
            return new HttpError(400, "Op " + index + " (" + kind + "): " + e.getMessage(),
                    List.of(new HttpError.Detail(prefix, e.getMessage())));
        }
        if (e instanceof IllegalStateException) {
            return HttpError.conflict(e.getMessage());
        }
        return new HttpError(500, "Op " + index + " (" + kind + ") failed: " + e);
    }

    synchronized ObjectNode undo() {
        checkIdle();
        Command command = undo.peek();
        if (command == null) {
            throw HttpError.conflict("Nothing to undo");
        }
        try {
            rollBack(command.changes());
        } catch (IllegalStateException e) {
            throw new HttpError(500, "Undo failed: " + e.getMessage());
        }
        redo.push(undo.pop());
        changed();
        return snapshot();
    }

    synchronized ObjectNode redo() {
        checkIdle();
        Command command = redo.peek();
        if (command == null) {
            throw HttpError.conflict("Nothing to redo");
        }
        List<Change> done = new ArrayList<>();
        try {
            for (Change change : command.changes()) {
                change.apply();
                done.add(change);
            }
        } catch (Exception e) {
            rollBack(done);
            throw new HttpError(409, "Redo failed: " + e.getMessage());
        }
        undo.push(redo.pop());
        changed();
        return snapshot();
    }

    // ---- save ----

    synchronized ObjectNode save() throws IOException {
        writeTo(workspace.resolveWorkflow(path));
        return snapshot();
    }

    synchronized ObjectNode saveAs(String newPath, boolean overwrite) throws IOException {
        Path target = workspace.resolveWorkflow(newPath);
        if (Files.exists(target) && !overwrite && !newPath.equals(path)) {
            throw HttpError.conflict("'" + newPath + "' exists already; save with overwrite to replace it");
        }
        writeTo(target);
        path = newPath;
        return snapshot();
    }

    private void writeTo(Path target) throws IOException {
        Files.createDirectories(target.getParent());
        try {
            workflow.save(target);
        } catch (IOException e) {
            throw new HttpError(400, "Not saved: " + e.getMessage());
        }
        fileExists = true;
        savedContent = currentContent();
        changed();
    }

    /**
     * Whether the workflow differs from its file in content. Undo puts a deleted node, connection or annotation back at
     * the end of its list, so the order of those lists does not count: undoing every edit makes it clean again.
     */
    synchronized boolean isDirty() {
        return !fileExists || !currentContent().equals(savedContent);
    }

    private JsonNode currentContent() {
        try {
            return comparable(Json.MAPPER.readTree(workflow.toJson()));
        } catch (IOException e) {
            return Json.object().put("unsavable", e.getMessage()); // e.g. an absolute path: differs from any file
        }
    }

    /** The file's JSON with its node, connection and annotation lists sorted (object keys never count). */
    static JsonNode comparable(JsonNode file) {
        ObjectNode copy = (ObjectNode) file.deepCopy();
        for (String list : List.of("nodes", "connections", "annotations")) {
            if (copy.get(list) instanceof ArrayNode array) {
                List<JsonNode> items = new ArrayList<>();
                array.forEach(items::add);
                items.sort(java.util.Comparator.comparing(JsonNode::toString));
                copy.putArray(list).addAll(items);
            }
        }
        return copy;
    }

    private void changed() {
        ObjectNode data = Json.object().put("workflow", id).put("dirty", isDirty()).put("canUndo", !undo.isEmpty())
                .put("canRedo", !redo.isEmpty());
        events.publish("workflowChanged", data);
    }

    // ---- execution ----

    private void checkIdle() {
        if (executing) {
            throw HttpError.conflict("The workflow is executing; cancel it or wait before changing it");
        }
    }

    /** Starts an execution in the background: all nodes ({@code node} null) or a node with what it needs. */
    synchronized void execute(String nodeId, String mode) {
        checkIdle();
        if (nodeId != null) {
            workflow.findNode(nodeId).orElseThrow(() -> HttpError.badRequest("There is no node '" + nodeId + "'"));
        }
        boolean all = nodeId == null || "all".equals(mode);
        executing = true;
        Path folder = workspace.resolveWorkflow(path).getParent();
        ExecutionOptions options = ExecutionOptions.defaults().withOutputDirectory(folder);
        runner.execute(() -> {
            ObjectNode finished = Json.object().put("workflow", id);
            try {
                ExecutionResult result = all ? workflow.executeAll(options) : workflow.executeUpTo(nodeId, options);
                finished.put("status", result.canceled() ? "cancelled" : result.success() ? "success" : "failed");
                finished.put("message", result.failures().isEmpty() ? null : result.failures().toString());
            } catch (RuntimeException e) {
                finished.put("status", "failed").put("message", String.valueOf(e.getMessage()));
            } finally {
                executing = false;
            }
            events.publish("executionFinished", finished);
        });
    }

    void cancel() {
        workflow.cancel();
    }

    synchronized ObjectNode reset(String nodeId) {
        checkIdle();
        if (nodeId == null) {
            workflow.resetAll();
        } else {
            workflow.findNode(nodeId).orElseThrow(() -> HttpError.badRequest("There is no node '" + nodeId + "'"));
            workflow.resetNode(nodeId);
        }
        return snapshot();
    }

    boolean isExecuting() {
        return executing;
    }

    /** Cancels a running execution, waits for it to stop, and releases the engine's resources. */
    @Override
    public void close() {
        workflow.cancel();
        runner.shutdown();
        try {
            runner.awaitTermination(10, TimeUnit.SECONDS);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
        workflow.close();
    }

    /** Engine events to page events. */
    private final class Listener implements WorkflowListener {
        @Override
        public void stateChanged(NodeContainer node, NodeState state) {
            if (state == NodeState.IDLE) {
                executionMillis.remove(node.getId()); // reset: the last run's time no longer applies
            }
            ObjectNode data = Json.object().put("workflow", id).put("node", node.getId()).put("state",
                    stateName(state));
            data.set("messages", messages(node));
            Long millis = executionMillis.get(node.getId());
            if (state == NodeState.EXECUTED && millis != null) {
                data.put("executionMillis", millis);
            } else {
                data.putNull("executionMillis");
            }
            events.publish("nodeState", data);
        }

        @Override
        public void progress(NodeContainer node, double progress, String message) {
            if (!progressThrottle.allow(node.getId(), progress, System.nanoTime())) {
                return;
            }
            ObjectNode data = Json.object().put("workflow", id).put("node", node.getId());
            if (Double.isFinite(progress) && progress >= 0) {
                data.put("fraction", Math.min(1, progress));
            } else {
                data.putNull("fraction");
            }
            data.put("message", message);
            events.publish("progress", data);
        }

        @Override
        public void executed(NodeContainer node, long nanos) {
            executionMillis.merge(node.getId(), TimeUnit.NANOSECONDS.toMillis(nanos), Long::sum);
            if (node.getNode().isLoopStart()) {
                events.publish("loopIteration", Json.object().put("workflow", id).put("node", node.getId())
                        .put("iteration", node.getExecutionCount()).putNull("total"));
            }
        }
    }
}
