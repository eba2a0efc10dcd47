package org.spikeflow.engine;

import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.ThreadFactory;
import java.util.concurrent.atomic.AtomicInteger;

import org.spikeflow.core.data.DataTable;
import org.spikeflow.core.flowvar.FlowObjectStack;
import org.spikeflow.core.io.PathPolicy;
import org.spikeflow.core.node.CanceledExecutionException;
import org.spikeflow.core.node.ExecutionContext;
import org.spikeflow.core.runtime.Node;
import org.spikeflow.core.port.FlowVariablePortObject;
import org.spikeflow.core.port.PortObject;
import org.spikeflow.core.util.FailureMessages;
import org.spikeflow.engine.ExecutionResult.NodeMessage;

/**
 * Runs a workflow: a coordinator (the calling thread) starts every node whose inputs are ready on a bounded pool,
 * records results, re-runs loop bodies when a loop end asks for another iteration, and configures downstream nodes
 * whose input specs became known. All state changes happen on the coordinator.
 */
final class WorkflowExecutor implements AutoCloseable {
    private final WorkflowManager workflow;
    private TableSpiller spiller;

    /** The outcome of one node execution, handed from a worker to the coordinator. */
    private record Completion(String nodeId, PortObject[] outputs, Throwable error, long nanos) {
    }

    WorkflowExecutor(WorkflowManager workflow) {
        this.workflow = workflow;
    }

    ExecutionResult execute(Set<String> wanted, ExecutionOptions options) {
        if (workflow.isExecuting()) {
            throw new IllegalStateException("The workflow is already executing");
        }
        workflow.cancelRequested.set(false);
        workflow.configureAll(options);
        workflow.setExecuting(true);
        long started = System.nanoTime();
        List<Path> writtenFiles = Collections.synchronizedList(new ArrayList<>());
        Set<String> running = new LinkedHashSet<>();
        BlockingQueue<Completion> completions = new LinkedBlockingQueue<>();
        ExecutorService pool = Executors.newFixedThreadPool(options.threads(), new NodeThreadFactory());
        PathPolicy paths = workflow.pathPolicy();
        int executions = 0;
        try {
            while (true) {
                if (!workflow.cancelRequested.get()) {
                    for (String id : workflow.topologicalOrder()) {
                        NodeContainer container = workflow.nodeMap().get(id);
                        if (wanted.contains(id) && !running.contains(id) && isReady(container)) {
                            running.add(id);
                            workflow.changeState(container, NodeState.QUEUED);
                            pool.execute(() -> completions.add(run(container, options, paths, writtenFiles)));
                        }
                    }
                }
                if (running.isEmpty()) {
                    break;
                }
                Completion completion;
                try {
                    completion = completions.take();
                } catch (InterruptedException e) {
                    Thread.currentThread().interrupt();
                    workflow.cancel();
                    continue;
                }
                running.remove(completion.nodeId());
                executions++;
                handle(completion, options);
            }
        } finally {
            pool.shutdownNow();
            workflow.setExecuting(false);
        }
        boolean canceled = workflow.cancelRequested.get();
        if (canceled) {
            resetUnfinishedLoops();
        }
        return result(wanted, canceled, executions, System.nanoTime() - started, writtenFiles);
    }

    private boolean isReady(NodeContainer container) {
        if (container.getState() != NodeState.CONFIGURED) {
            return false;
        }
        for (Connection c : workflow.getIncoming(container.getId())) {
            if (workflow.nodeMap().get(c.sourceId()).getState() != NodeState.EXECUTED) {
                return false;
            }
        }
        Node node = container.getNode();
        if (node.isLoopEnd()) {
            Node start = node.getLoopPartner();
            if (start == null) {
                return false;
            }
            // The end runs once every node of the body (dangling branches too) has run in this iteration.
            for (String member : workflow.loopBody(start.getId(), container.getId())) {
                if (workflow.nodeMap().get(member).getState() != NodeState.EXECUTED) {
                    return false;
                }
            }
        }
        return true;
    }

    private Completion run(NodeContainer container, ExecutionOptions options, PathPolicy paths, List<Path> files) {
        long started = System.nanoTime();
        try {
            workflow.changeState(container, NodeState.EXECUTING);
            Node node = container.getNode();
            PortObject[] inputs = new PortObject[node.getInPortTypes().length];
            for (Connection c : workflow.getIncoming(container.getId())) {
                if (c.destPort() != Connection.FLOW_PORT) {
                    inputs[c.destPort()] = c.sourcePort() == Connection.FLOW_PORT
                            ? FlowVariablePortObject.INSTANCE
                            : workflow.nodeMap().get(c.sourceId()).getOutput(c.sourcePort());
                }
            }
            FlowObjectStack stack = workflow.incomingStack(container.getId());
            workflow.pairLoopEnd(container, stack);
            ExecutionContext exec = new ExecutionContext((progress, message) -> {
                container.setProgress(progress, message);
                for (WorkflowListener listener : workflow.listeners()) {
                    listener.progress(container, progress, message);
                }
            }, workflow.cancelRequested, node.getLogger(), paths, options.threads(),
                    file -> {
                        files.add(file);
                        for (WorkflowListener listener : workflow.listeners()) {
                            listener.fileWritten(container, file);
                        }
                    });
            PortObject[] outputs = node.execute(inputs, stack, exec);
            return new Completion(container.getId(), outputs, null, System.nanoTime() - started);
        } catch (Throwable e) {
            return new Completion(container.getId(), null, e, System.nanoTime() - started);
        }
    }

    private void handle(Completion completion, ExecutionOptions options) {
        NodeContainer container = workflow.nodeMap().get(completion.nodeId());
        Node node = container.getNode();
        container.incrementExecutionCount();
        for (WorkflowListener listener : workflow.listeners()) {
            listener.executed(container, completion.nanos());
        }
        if (completion.error() != null) {
            Throwable error = completion.error();
            if (isCancel(error)) {
                container.setErrorMessage(null);
                container.clearOutputs();
                workflow.changeState(container, NodeState.CONFIGURED);
                container.setProgress(0, "cancelled");
            } else {
                container.setErrorMessage(describe(error));
                container.clearOutputs();
                node.getLogger().error("Execute failed: " + describe(error), error);
                workflow.changeState(container, NodeState.FAILED);
            }
            return;
        }
        container.setWarningMessage(node.getWarningMessage());
        container.setInfoMessage(node.getInfoMessage());
        if (container.getWarningMessage() != null) {
            node.getLogger().warn(container.getWarningMessage());
        }
        if (container.getInfoMessage() != null) {
            node.getLogger().info(container.getInfoMessage());
        }
        if (node.isLoopEnd() && node.isContinueLoopRequested()) {
            startNextIteration(container);
            return;
        }
        PortObject[] outputs = completion.outputs().clone();
        for (int i = 0; i < outputs.length; i++) {
            if (outputs[i] instanceof DataTable table && options.spillThresholdBytes() >= 0
                    && table.estimatedSizeInBytes() > options.spillThresholdBytes()) {
                outputs[i] = spill(container, table);
            }
        }
        container.setOutputs(outputs);
        container.setErrorMessage(null);
        container.setProgress(1, null);
        workflow.changeState(container, NodeState.EXECUTED);
        for (String successor : workflow.successors(container.getId())) {
            NodeContainer next = workflow.nodeMap().get(successor);
            if (next.getState() == NodeState.IDLE || next.getState() == NodeState.CONFIGURED) {
                workflow.configureDownstream(successor);
            }
        }
    }

    /** Resets the body (but not the start and end models, which carry the loop's state) and re-queues the start. */
    private void startNextIteration(NodeContainer end) {
        NodeContainer start = workflow.getNode(end.getNode().getLoopPartner().getId());
        for (String member : workflow.loopBody(start.getId(), end.getId())) {
            NodeContainer body = workflow.nodeMap().get(member);
            body.getNode().reset();
            body.clearOutputs();
            body.setErrorMessage(null);
            workflow.changeState(body, NodeState.IDLE);
        }
        end.clearOutputs();
        workflow.changeState(end, NodeState.IDLE);
        start.clearOutputs();
        workflow.changeState(start, NodeState.CONFIGURED);
    }

    private DataTable spill(NodeContainer container, DataTable table) {
        try {
            if (spiller == null) {
                spiller = new TableSpiller();
            }
            return spiller.spill(table);
        } catch (IOException e) {
            container.getNode().getLogger().warn("Could not move a table of " + table.getRowCount()
                    + " rows to disk, keeping it in memory: " + e.getMessage());
            return table;
        }
    }

    private static boolean isCancel(Throwable error) {
        for (Throwable t = error; t != null; t = t.getCause()) {
            if (t instanceof CanceledExecutionException || t instanceof InterruptedException) {
                return true;
            }
        }
        return false;
    }

    /** A message for users: the exception's own message, with its root cause when that adds something. */
    static String describe(Throwable error) {
        if (error instanceof Error || error instanceof IOException
                || (error.getMessage() == null && error.getCause() instanceof IOException)) {
            return FailureMessages.describe(error); // out of memory, stack overflow, I/O: in the user's words
        }
        String message = error.getMessage() == null || error.getMessage().isBlank()
                ? error.getClass().getSimpleName()
                : error.getMessage();
        Throwable root = error;
        while (root.getCause() != null && root.getCause() != root) {
            root = root.getCause();
        }
        if (root != error && root.getMessage() != null && !message.contains(root.getMessage())) {
            message += ": " + (root instanceof IOException io ? FailureMessages.describeIo(io) : root.getMessage());
        }
        if (error instanceof RuntimeException && !(error instanceof IllegalArgumentException)
                && !(error instanceof IllegalStateException) && !(error instanceof UnsupportedOperationException)) {
            message = error.getClass().getSimpleName() + ": " + message;
        }
        return message;
    }

    private void resetUnfinishedLoops() {
        for (NodeContainer container : List.copyOf(workflow.nodeMap().values())) {
            Node partner = container.getNode().getLoopPartner();
            if (container.getNode().isLoopStart() && partner != null
                    && container.getState() == NodeState.EXECUTED
                    && workflow.nodeMap().get(partner.getId()).getState() != NodeState.EXECUTED) {
                workflow.resetNode(container.getId());
            }
        }
    }

    private ExecutionResult result(Set<String> wanted, boolean canceled, int executions, long nanos, List<Path> files) {
        List<NodeMessage> failures = new ArrayList<>();
        List<NodeMessage> notExecuted = new ArrayList<>();
        List<NodeMessage> warnings = new ArrayList<>();
        List<NodeMessage> infos = new ArrayList<>();
        for (String id : workflow.topologicalOrder()) {
            if (!wanted.contains(id)) {
                continue;
            }
            NodeContainer container = workflow.nodeMap().get(id);
            if (container.getState() == NodeState.FAILED) {
                failures.add(new NodeMessage(id, container.getName(), container.getErrorMessage()));
            } else if (container.getState() != NodeState.EXECUTED) {
                notExecuted.add(new NodeMessage(id, container.getName(), whyNotExecuted(container, canceled)));
            }
            if (container.getWarningMessage() != null) {
                warnings.add(new NodeMessage(id, container.getName(), container.getWarningMessage()));
            }
            if (container.getInfoMessage() != null) {
                infos.add(new NodeMessage(id, container.getName(), container.getInfoMessage()));
            }
        }
        boolean success = failures.isEmpty() && notExecuted.isEmpty() && !canceled;
        return new ExecutionResult(success, canceled, executions, nanos, failures, notExecuted, warnings,
                List.copyOf(files),
                infos);
    }

    private String whyNotExecuted(NodeContainer container, boolean canceled) {
        for (String ancestor : workflow.ancestors(container.getId())) {
            NodeContainer upstream = workflow.nodeMap().get(ancestor);
            if (upstream.getState() == NodeState.FAILED) {
                return "not executed because upstream " + upstream + " failed";
            }
        }
        if (container.getErrorMessage() != null) {
            return container.getErrorMessage();
        }
        if (canceled) {
            return "cancelled";
        }
        for (String ancestor : workflow.ancestors(container.getId())) {
            NodeContainer upstream = workflow.nodeMap().get(ancestor);
            if (upstream.getErrorMessage() != null) {
                return "not executed because upstream " + upstream + " is not configured: "
                        + upstream.getErrorMessage();
            }
        }
        return "not executed";
    }

    @Override
    public void close() {
        if (spiller != null) {
            spiller.close();
            spiller = null;
        }
    }

    /** Daemon worker threads with readable names. */
    private static final class NodeThreadFactory implements ThreadFactory {
        private static final AtomicInteger COUNT = new AtomicInteger();

        @Override
        public Thread newThread(Runnable task) {
            Thread thread = new Thread(task, "spikeflow-node-" + COUNT.incrementAndGet());
            thread.setDaemon(true);
            return thread;
        }
    }
}
