package org.spikeflow.engine;

import java.nio.file.Path;
import java.util.List;

/**
 * What an execution did.
 *
 * @param executions node executions, counting every loop iteration
 * @param failures nodes that failed, with their messages
 * @param notExecuted nodes that did not run (upstream failure, configure error, cancel), with the reason
 * @param warnings nodes that finished with a warning
 */
public record ExecutionResult(boolean success, boolean canceled, int executions, long nanos, List<NodeMessage> failures,
        List<NodeMessage> notExecuted, List<NodeMessage> warnings, List<Path> writtenFiles) {

    /** A message about one node. */
    public record NodeMessage(String nodeId, String nodeName, String message) {
        @Override
        public String toString() {
            return "node '" + nodeId + "' (" + nodeName + "): " + message;
        }
    }
}
