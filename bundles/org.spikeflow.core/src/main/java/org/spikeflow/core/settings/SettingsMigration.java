package org.spikeflow.core.settings;

import java.util.Objects;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;

import org.osgi.annotation.versioning.ConsumerType;

/**
 * One step of a node's settings history: rewrites the settings JSON of version {@code fromVersion} (as a workflow file
 * holds it) into version {@code fromVersion + 1}, as KNIME's config migrations do. A settings class lists its steps in
 * {@link NodeSettings#migrations()}; loading an older file runs them in order, so a file shared years ago keeps loading
 * after keys are renamed or values change representation.
 */
public final class SettingsMigration {

    /** Rewrites a settings object in place. */
    @FunctionalInterface
    @org.osgi.annotation.versioning.ConsumerType
    public interface Step {
        void apply(ObjectNode settings) throws InvalidSettingsException;
    }

    /** Converts one value to its new representation. */
    @FunctionalInterface
    @org.osgi.annotation.versioning.ConsumerType
    public interface ValueConversion {
        JsonNode convert(JsonNode oldValue) throws InvalidSettingsException;
    }

    /** Maps a setting path bound to a flow variable ({@code variableSettings}) to its new path. */
    @FunctionalInterface
    @org.osgi.annotation.versioning.ConsumerType
    public interface BindingMigration {
        String migrate(String settingPath) throws InvalidSettingsException;
    }

    private final int fromVersion;
    private final String description;
    private final Step step;
    private final BindingMigration bindings;

    private SettingsMigration(int fromVersion, String description, Step step, BindingMigration bindings) {
        if (fromVersion < 1) {
            throw new IllegalArgumentException("Settings versions start at 1, not " + fromVersion);
        }
        this.fromVersion = fromVersion;
        this.description = Objects.requireNonNull(description);
        this.step = Objects.requireNonNull(step);
        this.bindings = Objects.requireNonNull(bindings);
    }

    /**
     * A step of one's own. Flow-variable bindings keep their paths; use
     * {@link #of(int, String, Step, BindingMigration)} if the step moves a setting.
     */
    public static SettingsMigration of(int fromVersion, String description, Step step) {
        return new SettingsMigration(fromVersion, description, step, path -> path);
    }

    /** A step of one's own that also moves flow-variable bindings. */
    public static SettingsMigration of(int fromVersion, String description, Step step, BindingMigration bindings) {
        return new SettingsMigration(fromVersion, description, step, bindings);
    }

    /**
     * Renames a key within its object ({@code "loopCont"} → {@code "loopCount"}, or {@code "recording.u"} →
     * {@code "recordU"} for a nested one); the value and any flow-variable binding move along.
     */
    public static SettingsMigration renameKey(int fromVersion, String oldPath, String newKey) {
        return move(fromVersion, oldPath, newKey, "Setting '" + oldPath + "' is now '" + newPath(oldPath, newKey)
                + "'", value -> value, false);
    }

    /**
     * Converts the value of a setting to a new representation (e.g. milliseconds to seconds). A flow-variable binding
     * to it cannot be converted (the variable's value is only known at run time): loading such a file fails with this
     * step's description, so the author rebinds it.
     */
    public static SettingsMigration convertValue(int fromVersion, String path, String description,
            ValueConversion conversion) {
        return renameAndConvert(fromVersion, path, lastPart(path), description, conversion);
    }

    /** Renames a key (within its object) and converts its value; see {@link #convertValue}. */
    public static SettingsMigration renameAndConvert(int fromVersion, String oldPath, String newKey,
            String description, ValueConversion conversion) {
        return move(fromVersion, oldPath, newKey, description, conversion, true);
    }

    private static SettingsMigration move(int fromVersion, String oldPath, String newKey, String description,
            ValueConversion conversion, boolean converts) {
        if (newKey.isEmpty() || newKey.contains(".")) {
            throw new IllegalArgumentException("The new key '" + newKey + "' must be one key, not a path");
        }
        String newPath = newPath(oldPath, newKey);
        Step step = settings -> {
            if (parentOf(settings, oldPath) instanceof ObjectNode object && object.has(lastPart(oldPath))) {
                JsonNode value = conversion.convert(object.get(lastPart(oldPath)));
                object.remove(lastPart(oldPath));
                object.set(newKey, value);
            }
        };
        BindingMigration bindings = path -> {
            if (!path.equals(oldPath) && !path.startsWith(oldPath + ".")) {
                return path;
            }
            if (converts) {
                throw new InvalidSettingsException("Setting '" + path + "' is bound to a flow variable but changed"
                        + " its representation (" + description + "); bind '" + newPath + "' to a variable with a"
                        + " value in the new representation");
            }
            return newPath + path.substring(oldPath.length());
        };
        return new SettingsMigration(fromVersion, description, step, bindings);
    }

    /**
     * A setting added in version {@code fromVersion + 1}: files of older versions get {@code valueForOldFiles}, the
     * value that keeps their behaviour (which may differ from the default of new nodes). Adding a setting changes what
     * saved files hold, so it is a new version like any other change.
     */
    public static SettingsMigration addSetting(int fromVersion, String path, JsonNode valueForOldFiles) {
        String description = "Setting '" + path + "' added (older files: " + valueForOldFiles + ")";
        return new SettingsMigration(fromVersion, description, settings -> {
            if (parentOf(settings, path) instanceof ObjectNode object && !object.has(lastPart(path))) {
                object.set(lastPart(path), valueForOldFiles.deepCopy());
            }
        }, binding -> binding);
    }

    /**
     * A setting removed in version {@code fromVersion + 1}: older files lose it, with the reason for people reading the
     * history; a flow-variable binding to it fails to load with that reason.
     */
    public static SettingsMigration removeSetting(int fromVersion, String path, String reason) {
        String description = "Setting '" + path + "' removed: " + reason;
        return new SettingsMigration(fromVersion, description, settings -> {
            if (parentOf(settings, path) instanceof ObjectNode object) {
                object.remove(lastPart(path));
            }
        }, binding -> {
            if (binding.equals(path) || binding.startsWith(path + ".")) {
                throw new InvalidSettingsException(description + "; remove its flow-variable binding");
            }
            return binding;
        });
    }

    private static JsonNode parentOf(ObjectNode settings, String path) {
        String parentPath = parentPath(path);
        return parentPath.isEmpty() ? settings : SettingsHandler.get(settings, parentPath);
    }

    private static String parentPath(String path) {
        int dot = path.lastIndexOf('.');
        return dot < 0 ? "" : path.substring(0, dot);
    }

    private static String lastPart(String path) {
        return path.substring(path.lastIndexOf('.') + 1);
    }

    private static String newPath(String oldPath, String newKey) {
        String parent = parentPath(oldPath);
        return parent.isEmpty() ? newKey : parent + "." + newKey;
    }

    /** The version this step reads. */
    public int fromVersion() {
        return fromVersion;
    }

    /** The version this step writes. */
    public int toVersion() {
        return fromVersion + 1;
    }

    /** What changed, for people reading the node's history. */
    public String description() {
        return description;
    }

    /** Rewrites {@code settings} (version {@link #fromVersion()}) in place to version {@link #toVersion()}. */
    public void apply(ObjectNode settings) throws InvalidSettingsException {
        step.apply(settings);
    }

    /** The path a flow-variable binding of version {@link #fromVersion()} has in version {@link #toVersion()}. */
    public String migrateBinding(String settingPath) throws InvalidSettingsException {
        return bindings.migrate(settingPath);
    }

    @Override
    public String toString() {
        return "settings " + fromVersion + " → " + toVersion() + ": " + description;
    }
}
