package org.spikeflow.core.settings;

import java.util.List;

/**
 * The allowed values of a string setting whose set is owned by a library (e.g. a registry of integration schemes),
 * named by {@link Setting#choices()}: the JSON Schema lists them as an enum and other values are refused on load.
 * Implementations need a public no-argument constructor.
 */
@org.osgi.annotation.versioning.ConsumerType
public interface SettingChoices {

    /** @return the allowed values, in the order shown to users */
    List<String> values();

    /** The default of {@link Setting#choices()}: any value. */
    final class Any implements SettingChoices {
        @Override
        public List<String> values() {
            return List.of();
        }
    }
}
