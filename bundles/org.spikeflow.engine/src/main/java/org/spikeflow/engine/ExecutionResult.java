package org.spikeflow.engine;

import java.nio.file.Path;
import java.util.List;

/**
 * What an execution did.
 *
 * @param executions
 *            node executions, counting every loop iteration
 * @param failures
 *            nodes that failed, with their messages
 * @param notExecuted
 *            nodes that did not run (upstream failure, configure error, cancel), with the reason
 * @param warnings
 *            nodes that finished with a warning
 * @param infos
 *            nodes that finished with information needing no action (e.g. a fallback the workflow asked for)
 */
public record ExecutionResult(boolean success, boolean canceled, int executions, long nanos, List<NodeMessage> failures,
        List<NodeMessage> notExecuted, List<NodeMessage> warnings, List<Path> writtenFiles, List<NodeMessage> infos) {

    /** A result without information messages. */
    public ExecutionResult(boolean success, boolean canceled, int executions, long nanos, List<NodeMessage> failures,
            List<NodeMessage> notExecuted, List<NodeMessage> warnings, List<Path> writtenFiles) {
        this(success, canceled, executions, nanos, failures, notExecuted, warnings, writtenFiles, List.of());
    }

    /** A message about one node. */
    public record NodeMessage(String nodeId, String nodeName, String message) {
        @Override
        public String toString() {
            return "node '" + nodeId + "' (" + nodeName + "): " + message;
        }
    }
}
