package org.spikeflow.core.flowvar;

/** An element of a {@link FlowObjectStack}: a variable or a loop context. Compared by identity when stacks merge. */
@org.osgi.annotation.versioning.ProviderType
public sealed interface FlowObject permits FlowVariable, FlowLoopContext {
}
