package org.spikeflow.base.internal.loop.countingstart;

import org.spikeflow.core.settings.NodeSettings;
import org.spikeflow.core.settings.Setting;

/** Settings of the Counting Loop Start. */
public class CountingLoopStartNodeSettings extends NodeSettings {
    @Setting(title = "Number of loops", description = "How many times the loop body runs.", min = 1)
    public int loopCount = 10;
}
