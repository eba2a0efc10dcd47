package org.spikeflow.engine.tests.nodes;

import java.util.List;

import org.spikeflow.core.settings.NodeSettings;
import org.spikeflow.core.settings.Setting;
import org.spikeflow.core.settings.SettingsMigration;

import com.fasterxml.jackson.databind.node.DoubleNode;

/**
 * Settings with a history, version 3. Version 1 had "n" (repetitions) and "percent" (0-100); version 2 renamed "n" to
 * "count"; version 3 replaced "percent" by "fraction" (0-1). The Java field behind "count" is named differently again,
 * which files never see.
 */
public class VersionedNodeSettings extends NodeSettings {
    @Setting(key = "count", title = "Repetitions", min = 1)
    public int repetitions = 1;

    @Setting(title = "Fraction", min = 0, max = 1)
    public double fraction = 0.1;

    @Setting(title = "Label")
    public String label = "";

    @Override
    public List<SettingsMigration> migrations() {
        return List.of(SettingsMigration.renameKey(1, "n", "count"),
                SettingsMigration.renameAndConvert(2, "percent", "fraction", "percent (0-100) became fraction (0-1)",
                        percent -> percent.isNumber() ? DoubleNode.valueOf(percent.doubleValue() / 100) : percent));
    }
}
