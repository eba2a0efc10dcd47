package org.spikeflow.base.internal.loop.genericstart;

import org.spikeflow.core.settings.NodeSettings;

/** The Generic Loop Start has no settings: its loop end decides when to stop. */
public class GenericLoopStartNodeSettings extends NodeSettings {
}
