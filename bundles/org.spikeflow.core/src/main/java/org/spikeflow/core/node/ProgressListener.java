package org.spikeflow.core.node;

import org.osgi.annotation.versioning.ProviderType;

/** Receives a node's progress (0..1, or NaN when unknown) and message. Called from the executing thread. */
@FunctionalInterface
@ProviderType
public interface ProgressListener {
    void progressChanged(double progress, String message);
}
