package org.spikeflow.core.node;

/** Implemented by the {@link NodeModel} of a loop start: it opens a loop body on the flow stack. */
public interface LoopStartNode {
}
