package org.spikeflow.engine;

import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Collections;
import java.util.Comparator;
import java.util.Deque;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.function.Function;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.regex.Pattern;

import org.spikeflow.core.flowvar.FlowLoopContext;
import org.spikeflow.core.flowvar.FlowObjectStack;
import org.spikeflow.core.flowvar.FlowVariable;
import org.spikeflow.core.io.PathPolicy;
import org.spikeflow.core.io.UserGrants;
import org.spikeflow.core.runtime.Node;
import org.spikeflow.core.node.NodeFactory;
import org.spikeflow.core.node.NodeLogger;
import org.spikeflow.core.port.FlowVariablePortObjectSpec;
import org.spikeflow.core.port.PortObjectSpec;
import org.spikeflow.core.port.PortType;
import org.spikeflow.core.settings.InvalidSettingsException;

import com.fasterxml.jackson.databind.JsonNode;

/**
 * A workflow: nodes, connections, workflow variables, annotations and layout, with KNIME's life cycle. Configure
 * propagates specs downstream so errors show before execution; execute runs nodes in dependency order, independent
 * branches in parallel, loops by re-running their bodies; reset resets a node and everything downstream. Edits are not
 * allowed while the workflow executes.
 */
public final class WorkflowManager implements AutoCloseable {
    private static final Pattern NODE_ID = Pattern.compile("[A-Za-z0-9_][A-Za-z0-9_.-]*");

    private final NodeRepository repository;
    private final Map<String, NodeContainer> nodes = new LinkedHashMap<>();
    private final List<Connection> connections = new ArrayList<>();
    private final List<WorkflowAnnotation> annotations = new ArrayList<>();
    private final Map<String, NodePosition> layout = new LinkedHashMap<>();
    private final Map<String, FlowVariable> workflowVariables = new LinkedHashMap<>();
    private final List<WorkflowListener> listeners = new CopyOnWriteArrayList<>();
    final AtomicBoolean cancelRequested = new AtomicBoolean();
    private volatile boolean executing;
    private Path file;
    private String name = "";
    private String description = "";
    private String schemaReference = "";
    private NodeLogger.Sink logSink;
    private final WorkflowExecutor executor = new WorkflowExecutor(this);
    /** The options of the last configure or execute that named some (they decide where paths may lead). */
    private ExecutionOptions runOptions;
    /** Dependency order of the nodes, recomputed after edits of the graph (it is read on every scheduling step). */
    private List<String> order;
    /**
     * True while a file is read into this workflow: the edits that reading makes (nodes, settings, connections) do not
     * configure, as each would configure the node and everything downstream again; the load configures every node once,
     * in dependency order, when the whole file is read.
     */
    private boolean reading;

    private WorkflowManager(NodeRepository repository) {
        this.repository = repository;
    }

    /** A new, empty workflow. */
    public static WorkflowManager create(NodeRepository repository) {
        return new WorkflowManager(repository);
    }

    /**
     * Loads a {@code .spikeflow.json} file and configures it.
     *
     * @throws WorkflowLoadException
     *             with the file, line and column of the problem
     */
    public static WorkflowManager load(Path file, NodeRepository repository) throws WorkflowLoadException {
        WorkflowManager workflow = new WorkflowManager(repository);
        workflow.file = file.toAbsolutePath().normalize();
        workflow.reading = true;
        try {
            WorkflowFiles.read(file, workflow);
        } finally {
            workflow.reading = false;
        }
        workflow.configureAll();
        return workflow;
    }

    /**
     * Prepares this JVM for {@link #load}: initialises and exercises the JSON parser and the settings binding that
     * loading uses, parsing {@code file} (may be null) once, and drops the results. Loading then starts with that work
     * done, which is how a command overlaps it with the platform's start-up (called on another thread while the bundles
     * start). Changes nothing a later load sees and never throws.
     */
    public static void warmUp(Path file) {
        LoadWarmUp.run(file);
    }

    /**
     * Loads a file for editing: like {@link #load}, but a node whose type is not installed is kept as a placeholder
     * ({@link NodeContainer#isMissing()}) that cannot execute and is saved back unchanged.
     */
    public static WorkflowManager loadForEditing(Path file, NodeRepository repository) throws WorkflowLoadException {
        WorkflowManager workflow = new WorkflowManager(repository);
        workflow.file = file.toAbsolutePath().normalize();
        workflow.reading = true;
        try {
            WorkflowFiles.read(file, workflow, true);
        } finally {
            workflow.reading = false;
        }
        workflow.configureAll();
        return workflow;
    }

    /** Saves to the file it was loaded from or last saved to. */
    public void save() throws IOException {
        if (file == null) {
            throw new IllegalStateException("The workflow has no file yet: use save(Path)");
        }
        save(file);
    }

    /**
     * Saves atomically (write, then rename): readable, diff-friendly, without secrets, execution state or absolute
     * paths. Node ids never change on save.
     *
     * @throws IOException
     *             if writing fails (the previous file is then untouched) or a path setting is absolute
     */
    public void save(Path target) throws IOException {
        WorkflowFiles.write(this, target);
        file = target.toAbsolutePath().normalize();
        for (NodeContainer container : nodes.values()) {
            container.getNode().setWorkflowDirectory(getDirectory());
        }
    }

    /** The workflow as its file text. */
    public String toJson() throws IOException {
        return WorkflowFiles.toText(this);
    }

    @Override
    public void close() {
        cancel();
        executor.close();
    }

    // ---- properties ----

    public NodeRepository getRepository() {
        return repository;
    }

    public Path getFile() {
        return file;
    }

    /** The folder relative input paths resolve against: the workflow file's, or the working directory. */
    public Path getDirectory() {
        return file != null ? file.getParent() : Path.of("").toAbsolutePath();
    }

    public String getName() {
        return name;
    }

    public void setName(String name) {
        this.name = name == null ? "" : name;
    }

    public String getDescription() {
        return description;
    }

    public void setDescription(String description) {
        this.description = description == null ? "" : description;
    }

    /** The file's {@code "$schema"} (the JSON Schema editors validate it with), kept on save; "" when none. */
    public String getSchemaReference() {
        return schemaReference;
    }

    public void setSchemaReference(String schemaReference) {
        this.schemaReference = schemaReference == null ? "" : schemaReference;
    }

    public void setLogSink(NodeLogger.Sink sink) {
        this.logSink = sink;
        for (NodeContainer container : nodes.values()) {
            container.getNode().setLogger(new NodeLogger(container.getId(), sink));
        }
    }

    public void addListener(WorkflowListener listener) {
        listeners.add(listener);
    }

    public void removeListener(WorkflowListener listener) {
        listeners.remove(listener);
    }

    List<WorkflowListener> listeners() {
        return listeners;
    }

    public boolean isExecuting() {
        return executing;
    }

    void setExecuting(boolean value) {
        executing = value;
    }

    // ---- nodes ----

    public Collection<NodeContainer> getNodes() {
        return Collections.unmodifiableCollection(nodes.values());
    }

    public Optional<NodeContainer> findNode(String id) {
        return Optional.ofNullable(nodes.get(id));
    }

    /**
     * @throws IllegalArgumentException
     *             if there is no such node
     */
    public NodeContainer getNode(String id) {
        NodeContainer container = nodes.get(id);
        if (container == null) {
            throw new IllegalArgumentException(
                    "There is no node '" + id + "' in the workflow; its nodes are " + nodes.keySet());
        }
        return container;
    }

    /** Adds a node of the given type with a fresh id ("n1", "n2", ...). */
    public NodeContainer addNode(String typeId) throws WorkflowException {
        int next = 1;
        while (nodes.containsKey("n" + next)) {
            next++;
        }
        return addNode("n" + next, typeId);
    }

    /** Adds a node with the given id. */
    public NodeContainer addNode(String id, String typeId) throws WorkflowException {
        NodeFactory<?> factory = repository.find(typeId).orElseThrow(
                () -> new WorkflowException("Unknown node type '" + typeId + "'"));
        return addNode(id, factory);
    }

    /**
     * Adds a node made by the given factory (e.g. the factory of a removed node, to put it back, also when its type is
     * missing from the repository).
     */
    public NodeContainer addNode(String id, NodeFactory<?> factory) throws WorkflowException {
        checkNotExecuting();
        if (!NODE_ID.matcher(id).matches()) {
            throw new WorkflowException("Node id '" + id + "' may use only letters, digits, '_', '.' and '-'");
        }
        if (nodes.containsKey(id)) {
            throw new WorkflowException("There is already a node with id '" + id + "'");
        }
        Node node = new Node(id, factory);
        node.setLogger(new NodeLogger(id, logSink));
        node.setWorkflowDirectory(getDirectory());
        NodeContainer container = new NodeContainer(node);
        nodes.put(id, container);
        order = null;
        configureNode(container);
        return container;
    }

    public void removeNode(String id) {
        checkNotExecuting();
        getNode(id);
        resetNode(id);
        List<String> downstream = successors(id);
        connections.removeIf(c -> c.sourceId().equals(id) || c.destId().equals(id));
        nodes.remove(id);
        order = null;
        layout.remove(id);
        for (String successor : downstream) {
            configureDownstream(successor);
        }
    }

    /** Replaces a node's settings (validated); resets it and everything downstream. */
    public void setNodeSettings(String id, JsonNode settings) throws InvalidSettingsException {
        checkNotExecuting();
        NodeContainer container = getNode(id);
        container.getNode().loadSettings(settings);
        resetNode(id);
    }

    /** Sets one setting from text (as {@code --set NODE.SETTING=VALUE}); resets the node and downstream. */
    public void setNodeSetting(String id, String settingPath, String valueText) throws InvalidSettingsException {
        checkNotExecuting();
        getNode(id).getNode().setSetting(settingPath, valueText);
        resetNode(id);
    }

    /** Makes a setting take its value from a flow variable (null removes the binding). */
    public void setVariableSetting(String id, String settingPath, String variableName) throws InvalidSettingsException {
        checkNotExecuting();
        getNode(id).getNode().setVariableSetting(settingPath, variableName);
        resetNode(id);
    }

    // ---- connections ----

    public List<Connection> getConnections() {
        return Collections.unmodifiableList(connections);
    }

    /** Connections into a node, ordered by input port (the flow-variable port last). */
    public List<Connection> getIncoming(String id) {
        List<Connection> incoming = new ArrayList<>();
        for (Connection c : connections) {
            if (c.destId().equals(id)) {
                incoming.add(c);
            }
        }
        incoming.sort(
                Comparator.comparingInt(c -> c.destPort() == Connection.FLOW_PORT ? Integer.MAX_VALUE : c.destPort()));
        return incoming;
    }

    public List<Connection> getOutgoing(String id) {
        List<Connection> outgoing = new ArrayList<>();
        for (Connection c : connections) {
            if (c.sourceId().equals(id)) {
                outgoing.add(c);
            }
        }
        return outgoing;
    }

    /**
     * Connects an output port to an input port, checking port numbers and types, that the input is free, and that no
     * cycle forms. Use {@link Connection#FLOW_PORT} for the implicit flow-variable ports.
     */
    public Connection connect(String sourceId, int sourcePort, String destId, int destPort) throws WorkflowException {
        checkNotExecuting();
        NodeContainer source = nodes.get(sourceId);
        NodeContainer dest = nodes.get(destId);
        if (source == null || dest == null) {
            throw new WorkflowException("Cannot connect " + sourceId + ":" + Connection.portText(sourcePort) + " to "
                    + destId + ":" + Connection.portText(destPort) + ": there is no node '"
                    + (source == null ? sourceId : destId) + "'");
        }
        PortType[] outTypes = source.getNode().getOutPortTypes();
        PortType[] inTypes = dest.getNode().getInPortTypes();
        if (sourcePort != Connection.FLOW_PORT && (sourcePort < 0 || sourcePort >= outTypes.length)) {
            throw new WorkflowException(source + " has no output port " + sourcePort + "; it has " + outTypes.length
                    + " (0.." + (outTypes.length - 1) + ") and the flow-variable port 'flow'");
        }
        if (destPort != Connection.FLOW_PORT && (destPort < 0 || destPort >= inTypes.length)) {
            throw new WorkflowException(dest + " has no input port " + destPort + "; it has " + inTypes.length
                    + " and the flow-variable port 'flow'");
        }
        boolean flowSource = sourcePort == Connection.FLOW_PORT;
        boolean flowDest = destPort == Connection.FLOW_PORT;
        if (flowSource != flowDest) {
            PortType typed = flowSource ? inTypes[destPort] : outTypes[sourcePort];
            if (!typed.getObjectClass().equals(org.spikeflow.core.port.FlowVariablePortObject.class)) {
                throw new WorkflowException("Cannot connect " + sourceId + ":" + Connection.portText(sourcePort)
                        + " to " + destId + ":" + Connection.portText(destPort)
                        + ": a flow-variable port connects only to a flow-variable port, not to " + typed.getName());
            }
        } else if (!flowSource && !inTypes[destPort].accepts(outTypes[sourcePort])) {
            throw new WorkflowException("Cannot connect " + source + " output " + sourcePort + " ("
                    + outTypes[sourcePort].getName() + ") to " + dest + " input " + destPort + " ("
                    + inTypes[destPort].getName() + "): the port types do not match");
        }
        for (Connection existing : connections) {
            if (existing.destId().equals(destId) && existing.destPort() == destPort
                    && destPort != Connection.FLOW_PORT) {
                throw new WorkflowException(dest + " input " + destPort + " is already connected to "
                        + existing.sourceText());
            }
            if (existing.equals(new Connection(sourceId, sourcePort, destId, destPort))) {
                throw new WorkflowException("Connection " + existing + " exists already");
            }
        }
        if (sourceId.equals(destId) || descendants(destId).contains(sourceId)) {
            throw new WorkflowException("Connecting " + sourceId + " to " + destId
                    + " would create a cycle; loops are built with loop start and end nodes");
        }
        Connection connection = new Connection(sourceId, sourcePort, destId, destPort);
        connections.add(connection);
        order = null;
        resetNode(destId);
        return connection;
    }

    public void disconnect(Connection connection) {
        checkNotExecuting();
        if (connections.remove(connection)) {
            order = null;
            resetNode(connection.destId());
        }
    }

    // ---- variables, annotations, layout ----

    public Map<String, FlowVariable> getWorkflowVariables() {
        return Collections.unmodifiableMap(workflowVariables);
    }

    /** Defines or overrides a workflow variable (visible to every node); resets the workflow. */
    public void setWorkflowVariable(FlowVariable variable) {
        checkNotExecuting();
        workflowVariables.put(variable.getName(), variable);
        resetAll();
    }

    public void removeWorkflowVariable(String variableName) {
        checkNotExecuting();
        if (workflowVariables.remove(variableName) != null) {
            resetAll();
        }
    }

    FlowObjectStack baseStack() {
        return FlowObjectStack.of(List.copyOf(workflowVariables.values()));
    }

    public List<WorkflowAnnotation> getAnnotations() {
        return Collections.unmodifiableList(annotations);
    }

    public void addAnnotation(WorkflowAnnotation annotation) {
        annotations.removeIf(a -> a.id().equals(annotation.id()));
        annotations.add(annotation);
    }

    public void removeAnnotation(String id) {
        annotations.removeIf(a -> a.id().equals(id));
    }

    public Map<String, NodePosition> getLayout() {
        return Collections.unmodifiableMap(layout);
    }

    public void setPosition(String nodeId, NodePosition position) {
        getNode(nodeId);
        layout.put(nodeId, position);
    }

    // ---- graph ----

    List<String> successors(String id) {
        List<String> result = new ArrayList<>();
        for (Connection c : connections) {
            if (c.sourceId().equals(id) && !result.contains(c.destId())) {
                result.add(c.destId());
            }
        }
        return result;
    }

    List<String> predecessors(String id) {
        List<String> result = new ArrayList<>();
        for (Connection c : getIncoming(id)) {
            if (!result.contains(c.sourceId())) {
                result.add(c.sourceId());
            }
        }
        return result;
    }

    /** Every node reachable downstream of {@code id} (not including it). */
    Set<String> descendants(String id) {
        return reachable(id, this::successors);
    }

    /** Every node upstream of {@code id} (not including it). */
    Set<String> ancestors(String id) {
        return reachable(id, this::predecessors);
    }

    /** The nodes reached from {@code id} by following {@code neighbours} (depth first, not including it). */
    private static Set<String> reachable(String id, Function<String, List<String>> neighbours) {
        Set<String> seen = new LinkedHashSet<>();
        Deque<String> todo = new ArrayDeque<>(neighbours.apply(id));
        while (!todo.isEmpty()) {
            String next = todo.pop();
            if (seen.add(next)) {
                todo.addAll(neighbours.apply(next));
            }
        }
        return seen;
    }

    /** Node ids in dependency order (Kahn's algorithm); ties keep insertion order. */
    List<String> topologicalOrder() {
        List<String> cached = order;
        if (cached != null) {
            return cached;
        }
        Map<String, Integer> inDegree = new HashMap<>();
        Map<String, List<String>> successors = new HashMap<>();
        for (String id : nodes.keySet()) {
            inDegree.put(id, 0);
            successors.put(id, new ArrayList<>());
        }
        for (Connection c : connections) {
            List<String> next = successors.get(c.sourceId());
            if (!next.contains(c.destId())) {
                next.add(c.destId());
                inDegree.merge(c.destId(), 1, Integer::sum);
            }
        }
        List<String> result = new ArrayList<>(nodes.size());
        java.util.PriorityQueue<Integer> ready = new java.util.PriorityQueue<>();
        List<String> ids = new ArrayList<>(nodes.keySet());
        Map<String, Integer> position = new HashMap<>();
        for (int i = 0; i < ids.size(); i++) {
            position.put(ids.get(i), i);
            if (inDegree.get(ids.get(i)) == 0) {
                ready.add(i);
            }
        }
        while (!ready.isEmpty()) {
            String id = ids.get(ready.poll());
            result.add(id);
            for (String successor : successors.get(id)) {
                if (inDegree.merge(successor, -1, Integer::sum) == 0) {
                    ready.add(position.get(successor));
                }
            }
        }
        if (result.size() < nodes.size()) {
            throw new IllegalStateException("The workflow graph has a cycle");
        }
        order = Collections.unmodifiableList(result);
        return order;
    }

    /**
     * The body of the loop started by {@code startId}: every node downstream of the start that is neither the end nor
     * downstream of it (dangling branches inside the loop belong to the body and run every iteration).
     */
    Set<String> loopBody(String startId, String endId) {
        Set<String> body = new LinkedHashSet<>(descendants(startId));
        body.removeAll(descendants(endId));
        body.remove(endId);
        return body;
    }

    // ---- configure ----

    /**
     * Configures every node that has not executed, in dependency order.
     *
     * @return the nodes that could not be configured because of an error (missing input, bad settings, ...)
     */
    public List<ExecutionResult.NodeMessage> configureAll() {
        checkNotExecuting();
        for (String id : topologicalOrder()) {
            NodeContainer container = nodes.get(id);
            if (container.getState() != NodeState.EXECUTED) {
                configureNode(container);
            }
        }
        return configureErrors();
    }

    /**
     * Configures every node that has not executed, for a run with these options: path settings are checked against the
     * output folder and the user's grants they name. Later configures (and executions) keep them.
     *
     * @return the nodes that could not be configured because of an error
     */
    public List<ExecutionResult.NodeMessage> configureAll(ExecutionOptions options) {
        checkNotExecuting();
        runOptions = options;
        return configureAll();
    }

    /** Where nodes may read and write: the last run options' policy, else the workflow's folder alone. */
    PathPolicy pathPolicy() {
        return runOptions == null ? PathPolicy.confinedTo(getDirectory()) : runOptions.pathPolicy(getDirectory());
    }

    /** Nodes that are not configured because of an error, in dependency order. */
    public List<ExecutionResult.NodeMessage> configureErrors() {
        List<ExecutionResult.NodeMessage> errors = new ArrayList<>();
        for (String id : topologicalOrder()) {
            NodeContainer container = nodes.get(id);
            if (container.getState() == NodeState.IDLE && container.getErrorMessage() != null) {
                errors.add(new ExecutionResult.NodeMessage(id, container.getName(), container.getErrorMessage()));
            }
        }
        return errors;
    }

    /** Configures one node from its upstream specs and flow stacks. */
    void configureNode(NodeContainer container) {
        if (reading) {
            return; // configured once the whole file is read (see reading)
        }
        String id = container.getId();
        Node node = container.getNode();
        PortType[] inTypes = node.getInPortTypes();
        PortObjectSpec[] inSpecs = new PortObjectSpec[inTypes.length];
        container.setWarningMessage(null);
        container.setInfoMessage(null);
        container.setOutputSpecs(new PortObjectSpec[node.getOutPortTypes().length]);
        boolean[] connected = new boolean[inTypes.length];
        for (Connection c : getIncoming(id)) {
            NodeContainer source = nodes.get(c.sourceId());
            if (source.getState() == NodeState.IDLE) {
                idle(container, source.getErrorMessage() == null
                        ? null
                        : "Upstream " + source + " is not configured");
                return;
            }
            if (c.destPort() != Connection.FLOW_PORT) {
                connected[c.destPort()] = true;
                PortObjectSpec spec = c.sourcePort() == Connection.FLOW_PORT
                        ? FlowVariablePortObjectSpec.INSTANCE
                        : source.getOutput(c.sourcePort()) != null
                                ? source.getOutput(c.sourcePort()).getSpec()
                                : source.getOutputSpec(c.sourcePort());
                if (spec == null) {
                    idle(container, null); // known once the upstream node has executed
                    return;
                }
                inSpecs[c.destPort()] = spec;
            }
        }
        for (int port = 0; port < inTypes.length; port++) {
            if (!connected[port] && !inTypes[port].isOptional()) {
                String portName = port < node.getFactory().getDescription().inPorts().size()
                        ? node.getFactory().getDescription().inPorts().get(port).name()
                        : inTypes[port].getName();
                idle(container, "Input port " + port + " (" + portName + ") is not connected");
                return;
            }
        }
        String unclosedLoop = LoopChecks.unclosedLoopStart(this, container);
        if (unclosedLoop != null) {
            idle(container, unclosedLoop);
            return;
        }
        try {
            node.setPathPolicy(pathPolicy());
            node.setUserGrants(runOptions == null ? UserGrants.NONE : runOptions.grants());
            FlowObjectStack incoming = incomingStack(id);
            pairLoopEnd(container, incoming);
            PortObjectSpec[] outSpecs = node.configure(inSpecs, incoming);
            container.setOutputSpecs(outSpecs);
            container.setErrorMessage(null);
            container.setWarningMessage(node.getWarningMessage());
            container.setInfoMessage(node.getInfoMessage());
            changeState(container, NodeState.CONFIGURED);
        } catch (InvalidSettingsException | RuntimeException e) {
            idle(container, e.getMessage() == null ? e.toString() : e.getMessage());
        } catch (StackOverflowError | OutOfMemoryError e) { // e.g. a pathological expression: fail this node only
            idle(container, WorkflowExecutor.describe(e));
        }
    }

    private void idle(NodeContainer container, String error) {
        container.setErrorMessage(error);
        changeState(container, NodeState.IDLE);
    }

    /** Pairs a loop end with the start whose loop context tops its incoming stack. */
    void pairLoopEnd(NodeContainer container, FlowObjectStack incoming) throws InvalidSettingsException {
        Node node = container.getNode();
        if (!node.isLoopEnd()) {
            return;
        }
        FlowLoopContext context = incoming.peekLoopContext().orElseThrow(() -> new InvalidSettingsException(
                "Loop end " + container + " is not inside a loop: connect it downstream of a loop start"));
        NodeContainer start = nodes.get(context.loopStartNodeId());
        if (start == null) {
            throw new InvalidSettingsException("Loop end " + container + " belongs to loop start '"
                    + context.loopStartNodeId() + "', which is not in the workflow");
        }
        Node previous = start.getNode().getLoopPartner();
        if (previous != null && previous != node && nodes.containsKey(previous.getId())
                && previous.getLoopPartner() == start.getNode()) {
            throw new InvalidSettingsException("Loop start " + start + " already has loop end '" + previous.getId()
                    + "'; each loop start pairs with exactly one loop end");
        }
        node.setLoopPartner(start.getNode());
        start.getNode().setLoopPartner(node);
    }

    /** The flow variables a node sees: its inputs' merged stacks, or the workflow variables without inputs. */
    public FlowObjectStack getIncomingFlowStack(String id) {
        getNode(id);
        return incomingStack(id);
    }

    /** The merged flow stacks of a node's inputs, or the workflow variables for a node without inputs. */
    FlowObjectStack incomingStack(String id) {
        List<FlowObjectStack> stacks = new ArrayList<>();
        for (Connection c : getIncoming(id)) {
            stacks.add(nodes.get(c.sourceId()).getOutgoingFlowStack());
        }
        return stacks.isEmpty() ? baseStack() : FlowObjectStack.merge(stacks);
    }

    /** Re-configures a node and everything downstream that has not executed. */
    void configureDownstream(String id) {
        Set<String> affected = descendants(id);
        affected.add(id);
        for (String node : topologicalOrder()) {
            NodeContainer container = nodes.get(node);
            NodeState state = container.getState();
            if (affected.contains(node) && state != NodeState.EXECUTED && state != NodeState.EXECUTING
                    && state != NodeState.QUEUED) {
                configureNode(container);
            }
        }
    }

    // ---- execute, cancel, reset ----

    /** Executes every node that has not executed yet. Blocks until done. */
    public ExecutionResult executeAll(ExecutionOptions options) {
        return executor.execute(new LinkedHashSet<>(nodes.keySet()), options);
    }

    /** Executes a node and what it needs upstream (whole loops included). Blocks until done. */
    public ExecutionResult executeUpTo(String id, ExecutionOptions options) {
        getNode(id);
        Set<String> wanted = new LinkedHashSet<>(ancestors(id));
        wanted.add(id);
        boolean grown = true;
        while (grown) {
            grown = false;
            for (NodeContainer container : List.copyOf(nodes.values())) {
                Node partner = container.getNode().getLoopPartner();
                if (wanted.contains(container.getId()) && container.getNode().isLoopStart() && partner != null) {
                    Set<String> loop = loopBody(container.getId(), partner.getId());
                    loop.add(partner.getId());
                    loop.addAll(ancestors(partner.getId()));
                    grown |= wanted.addAll(loop);
                }
            }
        }
        return executor.execute(wanted, options);
    }

    /** Asks running nodes to stop (cooperatively) and stops scheduling new ones. */
    public void cancel() {
        cancelRequested.set(true);
    }

    /** Resets a node, everything downstream, and any loop it is part of. */
    public void resetNode(String id) {
        checkNotExecuting();
        Set<String> toReset = resetClosure(id);
        for (String node : topologicalOrder()) {
            if (toReset.contains(node)) {
                resetContainer(nodes.get(node));
            }
        }
        for (String node : topologicalOrder()) {
            if (toReset.contains(node)) {
                configureNode(nodes.get(node));
            }
        }
    }

    /** Resets every node. */
    public void resetAll() {
        checkNotExecuting();
        for (String node : topologicalOrder()) {
            resetContainer(nodes.get(node));
        }
        for (String node : topologicalOrder()) {
            configureNode(nodes.get(node));
        }
    }

    Set<String> resetClosure(String id) {
        Set<String> result = new LinkedHashSet<>(descendants(id));
        result.add(id);
        boolean grown = true;
        while (grown) {
            grown = false;
            for (NodeContainer container : nodes.values()) {
                Node partner = container.getNode().getLoopPartner();
                if (!container.getNode().isLoopStart() || partner == null || result.contains(container.getId())
                        || !nodes.containsKey(partner.getId())) {
                    continue;
                }
                Set<String> body = loopBody(container.getId(), partner.getId());
                body.add(partner.getId());
                if (body.stream().anyMatch(result::contains)) {
                    result.add(container.getId());
                    result.addAll(descendants(container.getId()));
                    grown = true;
                }
            }
        }
        return result;
    }

    void resetContainer(NodeContainer container) {
        container.getNode().reset();
        container.clearOutputs();
        container.setErrorMessage(null);
        container.setWarningMessage(null);
        container.setInfoMessage(null);
        container.setProgress(0, "");
        container.resetExecutionCount();
        changeState(container, NodeState.IDLE);
    }

    void changeState(NodeContainer container, NodeState state) {
        if (container.getState() != state) {
            container.setState(state);
            for (WorkflowListener listener : listeners) {
                listener.stateChanged(container, state);
            }
        }
    }

    private void checkNotExecuting() {
        if (executing) {
            throw new IllegalStateException("The workflow is executing; cancel or wait before changing it");
        }
    }

    Map<String, NodeContainer> nodeMap() {
        return nodes;
    }

}
