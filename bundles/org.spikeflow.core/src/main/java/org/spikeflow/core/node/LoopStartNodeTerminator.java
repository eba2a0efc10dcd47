package org.spikeflow.core.node;

import org.osgi.annotation.versioning.ConsumerType;

/** A loop start that knows when the loop is done (e.g. after a fixed count); the loop end asks it. */
@ConsumerType
public interface LoopStartNodeTerminator extends LoopStartNode {
    /** Whether the iteration that just ran was the last one. */
    boolean terminateLoop();
}
