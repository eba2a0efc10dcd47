package org.spikeflow.core.settings;

/**
 * Base class of a node's settings: public fields annotated with {@link Setting}, initialised to their defaults.
 * The framework serialises them to JSON (in field order), derives a JSON Schema from them, checks the annotation
 * bounds, and applies flow-variable overrides. Override {@link #validate()} for checks across fields.
 */
public abstract class NodeSettings {

    /** Checks that involve several fields. Bounds declared with {@link Setting} are checked before this is called. */
    public void validate() throws InvalidSettingsException {
    }
}
