package org.spikeflow.core.tests.settings;

import java.util.List;

import org.spikeflow.core.settings.NodeSettings;
import org.spikeflow.core.settings.Setting;
import org.spikeflow.core.settings.SettingsMigration;

import com.fasterxml.jackson.databind.node.DoubleNode;

/**
 * Settings with a history (version 3): version 1 had "n" and "percent"; step 1 renamed "n" to "count"; step 2 turned
 * "percent" (0-100) into "fraction" (0-1). The field behind "count" has yet another name, which files never see.
 */
public class VersionedSettings extends NodeSettings {
    static final SettingsMigration RENAME_N = SettingsMigration.renameKey(1, "n", "count");
    static final SettingsMigration PERCENT_TO_FRACTION = SettingsMigration.renameAndConvert(2, "percent", "fraction",
            "percent (0-100) became fraction (0-1)",
            percent -> percent.isNumber() ? DoubleNode.valueOf(percent.doubleValue() / 100) : percent);

    @Setting(key = "count", title = "Repetitions", min = 1, required = true)
    public int repetitions = 1;

    @Setting(title = "Fraction", min = 0, max = 1)
    public double fraction = 0.1;

    @Setting(key = "secretToken", title = "Token", secret = true)
    public String token = "";

    @Override
    public List<SettingsMigration> migrations() {
        return List.of(RENAME_N, PERCENT_TO_FRACTION);
    }

    /** Steps listed out of order: a programming error found when the handler is created. */
    public static class Misnumbered extends NodeSettings {
        @Setting(title = "Count")
        public int count = 1;

        @Override
        public List<SettingsMigration> migrations() {
            return List.of(PERCENT_TO_FRACTION, RENAME_N);
        }
    }

    /** Two settings persisted under one key. */
    public static class DuplicateKeys extends NodeSettings {
        @Setting(title = "First", key = "value")
        public int first;

        @Setting(title = "Second", key = "value")
        public int second;
    }
}
