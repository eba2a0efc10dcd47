package org.spikeflow.core.node;

import org.osgi.annotation.versioning.ConsumerType;

/** Implemented by the {@link NodeModel} of a loop start: it opens a loop body on the flow stack. */
@ConsumerType
public interface LoopStartNode {
}
