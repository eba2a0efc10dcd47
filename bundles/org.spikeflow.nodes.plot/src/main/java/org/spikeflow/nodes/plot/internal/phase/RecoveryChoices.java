package org.spikeflow.nodes.plot.internal.phase;

import java.util.Arrays;
import java.util.List;
import java.util.Locale;

import org.spikeflow.core.settings.SettingChoices;
import org.spikeflow.izhikevich.Recovery;

/** The recovery setting's values: the library's recovery forms in lower case, as the simulator writes them. */
public final class RecoveryChoices implements SettingChoices {
    @Override
    public List<String> values() {
        return Arrays.stream(Recovery.values()).map(r -> r.name().toLowerCase(Locale.ROOT)).toList();
    }
}
