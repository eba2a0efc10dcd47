package org.spikeflow.core.flowvar;

/**
 * Marks the start of a loop body on the flow stack, like KNIME's loop context: the loop end finds its start by taking
 * the top-most context from its incoming stack, and drops everything above it.
 *
 * @param loopStartNodeId
 *            the id of the loop start node that pushed this context
 */
public record FlowLoopContext(String loopStartNodeId) implements FlowObject {
    // Identity matters (records compare by value), so equality is overridden to identity.
    @Override
    public boolean equals(Object o) {
        return this == o;
    }

    @Override
    public int hashCode() {
        return System.identityHashCode(this);
    }
}
