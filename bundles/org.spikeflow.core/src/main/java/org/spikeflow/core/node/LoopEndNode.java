package org.spikeflow.core.node;

import org.osgi.annotation.versioning.ConsumerType;

/**
 * Implemented by the {@link NodeModel} of a loop end. Its execute runs once per iteration; to run another iteration it
 * calls {@link NodeModel#continueLoop()} (its outputs are then ignored), otherwise its outputs are the loop's.
 */
@ConsumerType
public interface LoopEndNode {
}
