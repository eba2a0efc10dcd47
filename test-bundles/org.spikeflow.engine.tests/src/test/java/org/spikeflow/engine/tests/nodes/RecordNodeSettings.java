package org.spikeflow.engine.tests.nodes;

import org.spikeflow.core.settings.NodeSettings;
import org.spikeflow.core.settings.Setting;

public class RecordNodeSettings extends NodeSettings {
    @Setting(title = "Label", description = "Written to the test log when the node executes.")
    public String label = "";

    @Setting(title = "Rendezvous", description = "If set, the node counts down the shared latch of this name and"
            + " waits up to 5 s for it to reach zero (proves that two nodes run at the same time).")
    public String rendezvous = "";

    @Setting(title = "Value", description = "Added to every double cell.", min = -1000, max = 1000)
    public double add = 0;
}
