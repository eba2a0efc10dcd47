package org.spikeflow.core.tests.settings;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;

import org.junit.jupiter.api.Test;
import org.spikeflow.core.settings.InvalidSettingsException;
import org.spikeflow.core.settings.SettingsHandler;
import org.spikeflow.core.settings.SettingsMigration;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.BooleanNode;
import com.fasterxml.jackson.databind.node.ObjectNode;

/** Persisted keys apart from field names, settings versions and migration steps ({@link VersionedSettings}). */
class SettingsMigrationTest {
    private static final ObjectMapper JSON = new ObjectMapper();
    private static final SettingsHandler<VersionedSettings> HANDLER = SettingsHandler.forClass(VersionedSettings.class);

    private static ObjectNode json(String text) {
        try {
            return (ObjectNode) JSON.readTree(text.replace('\'', '"'));
        } catch (Exception e) {
            throw new IllegalArgumentException(e);
        }
    }

    // ---- keys ----

    @Test
    void settingsArePersistedUnderTheirKeyNotTheFieldName() throws Exception {
        VersionedSettings settings = HANDLER.defaults();
        settings.repetitions = 7;
        settings.token = "t0ken";
        assertEquals(json("{'count': 7, 'fraction': 0.1, 'secretToken': 't0ken'}"), HANDLER.write(settings, true));
        assertEquals(json("{'count': 7, 'fraction': 0.1}"), HANDLER.write(settings, false), "secrets by key");
        assertEquals(List.of("secretToken"), HANDLER.secretSettings());
        assertEquals(5, HANDLER.read(json("{'count': 5}")).repetitions);
    }

    @Test
    void theFieldNameIsNotAKey() {
        InvalidSettingsException e = assertThrows(InvalidSettingsException.class,
                () -> HANDLER.read(json("{'repetitions': 5}")));
        assertEquals("Unknown setting 'repetitions'; known settings: count, fraction, secretToken", e.getMessage());
    }

    @Test
    void messagesAndTheSchemaUseTheKey() {
        InvalidSettingsException bound = assertThrows(InvalidSettingsException.class,
                () -> HANDLER.read(json("{'count': 0}")));
        assertEquals("Setting 'count' (Repetitions) is 0 but must be at least 1", bound.getMessage());
        InvalidSettingsException typed = assertThrows(InvalidSettingsException.class,
                () -> HANDLER.read(json("{'count': 'many'}")));
        assertTrue(typed.getMessage().startsWith("Setting 'count' "), typed.getMessage());
        ObjectNode schema = HANDLER.schema();
        assertEquals(List.of("count", "fraction", "secretToken"), fieldNames(schema.get("properties")));
        assertEquals("[\"count\"]", schema.get("required").toString());
        assertEquals(3, schema.get("x-settings-version").asInt());
    }

    @Test
    void settingsWithoutHistoryAreVersionOneAndSayNothingAboutIt() {
        SettingsHandler<TestSettings> plain = SettingsHandler.forClass(TestSettings.class);
        assertEquals(1, plain.currentVersion());
        assertFalse(plain.schema().has("x-settings-version"));
    }

    private static List<String> fieldNames(JsonNode object) {
        List<String> names = new java.util.ArrayList<>();
        object.fieldNames().forEachRemaining(names::add);
        return names;
    }

    // ---- each step on its own ----

    @Test
    void stepOneRenamesNToCount() throws Exception {
        assertEquals(1, VersionedSettings.RENAME_N.fromVersion());
        assertEquals(2, VersionedSettings.RENAME_N.toVersion());
        ObjectNode settings = json("{'n': 4, 'percent': 30}");
        VersionedSettings.RENAME_N.apply(settings);
        assertEquals(json("{'count': 4, 'percent': 30}"), settings);
        ObjectNode without = json("{'percent': 30}");
        VersionedSettings.RENAME_N.apply(without);
        assertEquals(json("{'percent': 30}"), without, "an absent key keeps its default");
        assertEquals("count", VersionedSettings.RENAME_N.migrateBinding("n"));
        assertEquals("percent", VersionedSettings.RENAME_N.migrateBinding("percent"));
        assertEquals("Setting 'n' is now 'count'", VersionedSettings.RENAME_N.description());
    }

    @Test
    void stepTwoTurnsPercentIntoAFraction() throws Exception {
        ObjectNode settings = json("{'count': 4, 'percent': 30}");
        VersionedSettings.PERCENT_TO_FRACTION.apply(settings);
        assertEquals(json("{'count': 4, 'fraction': 0.3}"), settings);
        InvalidSettingsException bound = assertThrows(InvalidSettingsException.class,
                () -> VersionedSettings.PERCENT_TO_FRACTION.migrateBinding("percent"));
        assertTrue(bound.getMessage().contains("percent (0-100) became fraction (0-1)"), bound.getMessage());
        assertEquals("count", VersionedSettings.PERCENT_TO_FRACTION.migrateBinding("count"));
    }

    @Test
    void aRenameWorksInsideNestedSettingsAndMovesBindingsBelowIt() throws Exception {
        SettingsMigration rename = SettingsMigration.renameKey(1, "probe.gian", "gain");
        ObjectNode settings = json("{'probe': {'gian': 2, 'label': 'E1'}}");
        rename.apply(settings);
        assertEquals(json("{'probe': {'label': 'E1', 'gain': 2}}"), settings);
        assertEquals("probe.gain", rename.migrateBinding("probe.gian"));
        SettingsMigration renameList = SettingsMigration.renameKey(1, "segments", "protocol");
        assertEquals("protocol.0.value", renameList.migrateBinding("segments.0.value"));
        assertEquals("segmentsExtra", renameList.migrateBinding("segmentsExtra"));
        assertThrows(IllegalArgumentException.class, () -> SettingsMigration.renameKey(1, "a", "b.c"));
    }

    @Test
    void aConvertedValueKeepsItsKey() throws Exception {
        SettingsMigration toUpper = SettingsMigration.convertValue(1, "mode", "mode names became upper case",
                mode -> JSON.getNodeFactory().textNode(mode.asText().toUpperCase()));
        ObjectNode old = json("{'mode': 'fast', 'count': 2}");
        toUpper.apply(old);
        assertEquals(json("{'mode': 'FAST', 'count': 2}"), old);
        assertThrows(InvalidSettingsException.class, () -> toUpper.migrateBinding("mode"));
        assertEquals("count", toUpper.migrateBinding("count"));
    }

    @Test
    void anAddedSettingGivesOlderFilesTheValueOfTheirOldBehaviour() throws Exception {
        SettingsMigration add = SettingsMigration.addSetting(1, "probe.smoothing", BooleanNode.FALSE);
        ObjectNode old = json("{'probe': {'gain': 2}}");
        add.apply(old);
        assertEquals(json("{'probe': {'gain': 2, 'smoothing': false}}"), old);
        ObjectNode noProbe = json("{}");
        add.apply(noProbe);
        assertEquals(json("{}"), noProbe, "a nested object that is absent keeps all its defaults");
        assertEquals("probe.gain", add.migrateBinding("probe.gain"));
        assertEquals("Setting 'probe.smoothing' added (older files: false)", add.description());
    }

    @Test
    void aRemovedSettingIsDroppedAndABindingToItExplained() throws Exception {
        SettingsMigration remove = SettingsMigration.removeSetting(1, "legacyMode", "the new scheme replaced it");
        ObjectNode old = json("{'legacyMode': true, 'count': 2}");
        remove.apply(old);
        assertEquals(json("{'count': 2}"), old);
        InvalidSettingsException bound = assertThrows(InvalidSettingsException.class,
                () -> remove.migrateBinding("legacyMode"));
        assertEquals("Setting 'legacyMode' removed: the new scheme replaced it; remove its flow-variable binding",
                bound.getMessage());
        assertEquals("count", remove.migrateBinding("count"));
    }

    // ---- the chain ----

    @Test
    void theCurrentVersionIsOnePlusTheSteps() {
        assertEquals(3, HANDLER.currentVersion());
        assertEquals(List.of(VersionedSettings.RENAME_N, VersionedSettings.PERCENT_TO_FRACTION), HANDLER.migrations());
    }

    @Test
    void everyOlderVersionMigratesToTheCurrentOne() throws Exception {
        ObjectNode version1 = json("{'n': 4, 'percent': 25}");
        assertEquals(json("{'count': 4, 'fraction': 0.25}"), HANDLER.migrate(version1, 1));
        assertEquals(json("{'n': 4, 'percent': 25}"), version1, "the argument is left alone");
        assertEquals(json("{'count': 4, 'fraction': 0.5}"), HANDLER.migrate(json("{'count': 4, 'percent': 50}"), 2));
        assertEquals(json("{'count': 4, 'fraction': 0.5}"), HANDLER.migrate(json("{'count': 4, 'fraction': 0.5}"), 3));
        assertEquals(4, HANDLER.read(HANDLER.migrate(version1, 1)).repetitions);
        assertEquals("count", HANDLER.migrateBinding("n", 1));
        assertEquals("n", HANDLER.migrateBinding("n", 2), "in version 2, 'n' was already gone");
    }

    @Test
    void aNewerVersionIsRefused() {
        InvalidSettingsException e = assertThrows(InvalidSettingsException.class,
                () -> HANDLER.migrate(json("{'count': 4}"), 4));
        assertEquals("Settings version 4 is newer than the installed node, which reads settings up to version 3",
                e.getMessage());
        assertThrows(InvalidSettingsException.class, () -> HANDLER.migrate(json("{}"), 0));
    }

    @Test
    void aValueOfTheWrongTypeIsLeftForTheReaderToReportUnderTheNewKey() throws Exception {
        ObjectNode migrated = HANDLER.migrate(json("{'percent': 'half'}"), 1);
        InvalidSettingsException e = assertThrows(InvalidSettingsException.class, () -> HANDLER.read(migrated));
        assertTrue(e.getMessage().startsWith("Setting 'fraction' "), e.getMessage());
    }

    @Test
    void aHistoryOutOfOrderOrTwoSettingsUnderOneKeyAreProgrammingErrors() {
        IllegalStateException order = assertThrows(IllegalStateException.class,
                () -> SettingsHandler.forClass(VersionedSettings.Misnumbered.class));
        assertTrue(order.getMessage().contains("step 0 must migrate version 1, not 2"), order.getMessage());
        IllegalStateException duplicate = assertThrows(IllegalStateException.class,
                () -> SettingsHandler.forClass(VersionedSettings.DuplicateKeys.class));
        assertTrue(duplicate.getMessage().contains("key 'value'"), duplicate.getMessage());
    }
}
