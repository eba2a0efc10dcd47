package org.spikeflow.nodes.izhikevich.internal.simulator;

import java.util.List;

import org.spikeflow.core.settings.SettingChoices;
import org.spikeflow.izhikevich.Scheme;

/** The scheme setting's values: the names registered in the library ({@link Scheme#ids()}). */
public final class SchemeChoices implements SettingChoices {
    @Override
    public List<String> values() {
        return Scheme.ids();
    }
}
