package org.spikeflow.base.internal.loop.recursivestart;

import org.spikeflow.core.settings.NodeSettings;

/** The Recursive Loop Start has no settings: its Recursive Loop End decides when to stop. */
public class RecursiveLoopStartNodeSettings extends NodeSettings {
}
