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

    // equals and hashCode are written out: the record's generated ones are linked on first use, which cost the first
    // workflow load about 20 ms (its duplicate-connection check is the first use)
    @Override
    public boolean equals(Object other) {
        return other instanceof Connection c && sourcePort == c.sourcePort && destPort == c.destPort
                && java.util.Objects.equals(sourceId, c.sourceId) && java.util.Objects.equals(destId, c.destId);
    }

    @Override
    public int hashCode() {
        return java.util.Objects.hash(sourceId, sourcePort, destId, destPort);
    }

    @Override
    public String toString() {
        return sourceText() + " -> " + destText();
    }
}
