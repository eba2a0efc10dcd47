package org.spikeflow.core.settings;

import java.util.List;

/**
 * Base class of a node's settings: public fields annotated with {@link Setting}, initialised to their defaults. The
 * framework serialises them to JSON (in field order, under their {@link Setting#key() keys}), derives a JSON Schema
 * from them, checks the annotation bounds, and applies flow-variable overrides. Override {@link #validate()} for checks
 * across fields.
 */
public abstract class NodeSettings {

    /** Checks that involve several fields. Bounds declared with {@link Setting} are checked before this is called. */
    public void validate() throws InvalidSettingsException {
    }

    /**
     * The history of these settings as it shows in workflow files: step {@code i} (from 0) migrates version
     * {@code i + 1} to {@code i + 2}, so the current settings version is {@code migrations().size() + 1}. Files hold
     * {@code "settingsVersion"} on the node (absent means 1); older ones are migrated on load, newer ones are refused.
     * Append a step whenever a persisted key or a value's representation changes; never edit or remove one.
     */
    public List<SettingsMigration> migrations() {
        return List.of();
    }
}
