package org.spikeflow.engine;

/**
 * A connection from an output port to an input port. Port {@link #FLOW_PORT} is each node's implicit flow-variable port
 * (written {@code "n1:flow"} in files): connecting it passes variables and orders execution, like KNIME's hidden
 * variable ports.
 */
public record Connection(String sourceId, int sourcePort, String destId, int destPort) {
    public static final int FLOW_PORT = -1;

    public boolean isFlowVariableConnection() {
        return sourcePort == FLOW_PORT || destPort == FLOW_PORT;
    }

    static String portText(int port) {
        return port == FLOW_PORT ? "flow" : Integer.toString(port);
    }

    /** "n1:0" or "n1:flow". */
    public String sourceText() {
        return sourceId + ":" + portText(sourcePort);
    }

    public String destText() {
        return destId + ":" + portText(destPort);
    }

    @Override
    public String toString() {
        return sourceText() + " -> " + destText();
    }
}
