package org.spikeflow.core.tests.settings;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.spikeflow.core.settings.InvalidSettingsException;
import org.spikeflow.core.settings.NodeSettings;
import org.spikeflow.core.settings.Setting;
import org.spikeflow.core.settings.SettingChoices;
import org.spikeflow.core.settings.SettingsHandler;
import org.spikeflow.core.tests.settings.TestSettings.Mode;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.NullNode;
import com.fasterxml.jackson.databind.node.ObjectNode;

/** {@link SettingsHandler}: JSON reading and writing, bound checks, messages, JSON Schema and dotted paths. */
class SettingsHandlerTest {

    private static final ObjectMapper JSON = new ObjectMapper();
    private static final SettingsHandler<TestSettings> HANDLER = SettingsHandler.forClass(TestSettings.class);
    private static final JsonNodeFactory F = JsonNodeFactory.instance;

    /** Parses JSON written with single quotes, for readable tests. */
    private static JsonNode json(String text) {
        try {
            return JSON.readTree(text.replace('\'', '"'));
        } catch (Exception e) {
            throw new IllegalArgumentException(text, e);
        }
    }

    private static String readError(String text) {
        return assertThrows(InvalidSettingsException.class, () -> HANDLER.read(json(text))).getMessage();
    }

    // ---- reading ----

    @Test
    void defaults() throws Exception {
        for (TestSettings settings : List.of(HANDLER.defaults(), HANDLER.read(null), HANDLER.read(NullNode.instance),
                HANDLER.read(json("{}")))) {
            assertEquals(10, settings.steps);
            assertEquals(0.5, settings.rate);
            assertEquals("run", settings.name);
            assertEquals(Mode.FAST, settings.mode);
            assertEquals(List.of(1.0, 2.0), settings.weights);
            assertEquals(1.5, settings.electrode.gain);
            assertEquals("E1", settings.electrode.label);
            assertEquals("dev-key", settings.apiKey);
            assertFalse(settings.verbose);
        }
        assertSame(HANDLER, SettingsHandler.forClass(TestSettings.class));
        assertEquals(TestSettings.class, HANDLER.getSettingsClass());
    }

    @Test
    void readingPartialJsonKeepsTheOtherDefaults() throws Exception {
        TestSettings settings = HANDLER
                .read(json("{'steps': 20, 'mode': 'high-precision', 'electrode': {'gain': 2.5}}"));
        assertEquals(20, settings.steps);
        assertEquals(Mode.HIGH_PRECISION, settings.mode);
        assertEquals(2.5, settings.electrode.gain);
        assertEquals("E1", settings.electrode.label, "absent nested keys keep their defaults too");
        assertEquals(0.5, settings.rate);
        assertEquals("run", settings.name);
        assertEquals(List.of(1.0, 2.0), settings.weights);
    }

    @Test
    void readingEveryKind() throws Exception {
        TestSettings settings = HANDLER.read(json("{'steps': 1, 'rate': 1e-3, 'name': 'abc', 'weights': [0.5, -1, 3],"
                + " 'electrode': {'gain': 0, 'label': 'µ-probe'}, 'apiKey': 'K-123', 'verbose': true}"));
        assertEquals(1, settings.steps);
        assertEquals(0.001, settings.rate);
        assertEquals(List.of(0.5, -1.0, 3.0), settings.weights);
        assertEquals(0.0, settings.electrode.gain);
        assertEquals("µ-probe", settings.electrode.label);
        assertEquals("K-123", settings.apiKey);
        assertTrue(settings.verbose);
    }

    @Test
    void settingsMustBeAnObject() {
        assertEquals("Settings must be a JSON object, not ARRAY", readError("[1, 2]"));
        assertEquals("Settings must be a JSON object, not NUMBER", readError("3"));
    }

    @Test
    void unknownKeyIsNamedWithTheClosestKnownOne() {
        assertEquals("Unknown setting 'stpes'; did you mean 'steps'?", readError("{'steps': 3, 'stpes': 4}"));
        assertEquals("Unknown setting 'Verbose'; did you mean 'verbose'?", readError("{'Verbose': true}"));
    }

    @Test
    void unknownKeyFarFromAnyListsTheKnownSettings() {
        assertEquals("Unknown setting 'temperature'; known settings: steps, rate, name, mode, weights, electrode,"
                + " apiKey, verbose", readError("{'temperature': 4}"));
    }

    @Test
    void unknownNestedKeySuggestsANestedSetting() {
        assertEquals("Unknown setting 'electrode.gian'; did you mean 'electrode.gain'?",
                readError("{'electrode': {'gian': 2}}"));
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
            "{'steps': 'many'}                | Setting 'steps' cannot be many: expected an integer",
            "{'steps': [3]}                   | Setting 'steps' has the wrong type: expected an integer",
            "{'steps': null}                  | Setting 'steps' has the wrong type: expected an integer",
            "{'rate': 'fast'}                 | Setting 'rate' cannot be fast: expected a number",
            "{'verbose': 'maybe'}             | Setting 'verbose' cannot be maybe: expected true or false",
            "{'weights': 'abc'}               | Setting 'weights' has the wrong type: expected a list",
            "{'weights': [1.0, 'x']}          | Setting 'weights.1' cannot be x: expected a number",
            "{'electrode': {'gain': 'high'}}  | Setting 'electrode.gain' cannot be high: expected a number",
            "{'mode': 'slow'}                 | Setting 'mode' cannot be slow: expected one of FAST, high-precision",
            "{'mode': 'HIGH_PRECISION'}       | Setting 'mode' cannot be HIGH_PRECISION: expected one of FAST, high-precision"})
    void wrongTypesAreNamed(String json, String message) {
        assertEquals(message, readError(json));
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
            "{'steps': 0}                     | Setting 'steps' (Number of steps) is 0 but must be between 1 and 100",
            "{'steps': 101}                   | Setting 'steps' (Number of steps) is 101 but must be between 1 and 100",
            "{'electrode': {'gain': 10.5}}    | Setting 'electrode.gain' (Gain) is 10.5 but must be between 0 and 10",
            "{'electrode': {'gain': -1}}      | Setting 'electrode.gain' (Gain) is -1 but must be between 0 and 10",
            "{'weights': []}                  | Setting 'weights' (Weights) has 0 entries but must have between 1 and 3",
            "{'weights': [1, 2, 3, 4]}        | Setting 'weights' (Weights) has 4 entries but must have between 1 and 3",
            "{'name': 'Run1'}                 | Setting 'name' (Run name) is 'Run1', which does not match [a-z]+",
            "{'name': ''}                     | Setting 'name' (Run name) must not be empty",
            "{'name': null}                   | Setting 'name' (Run name) is required"})
    void boundViolationsNameTheSettingAndTheRange(String json, String message) {
        assertEquals(message, readError(json));
    }

    @Test
    void boundsAreInclusive() throws Exception {
        assertEquals(100, HANDLER.read(json("{'steps': 100}")).steps);
        assertEquals(10.0, HANDLER.read(json("{'electrode': {'gain': 10}}")).electrode.gain);
        assertEquals(3, HANDLER.read(json("{'weights': [1, 2, 3]}")).weights.size());
    }

    @Test
    void aBadSecretIsNotRepeatedInTheMessage() {
        String message = readError("{'apiKey': 'sk live 12345'}");
        assertTrue(message.startsWith("Setting 'apiKey' (API key) is '***'"), message);
        assertFalse(message.contains("12345"), message);
    }

    @Test
    void validateHookRunsAfterTheBounds() throws Exception {
        assertEquals("High precision needs at least 5 steps, not 3",
                readError("{'mode': 'high-precision', 'steps': 3}"));
        assertEquals(5, HANDLER.read(json("{'mode': 'high-precision', 'steps': 5}")).steps);
        // A bound violation is reported before the cross-field check.
        assertTrue(readError("{'mode': 'high-precision', 'steps': 0}").contains("between 1 and 100"));

        TestSettings settings = HANDLER.defaults();
        settings.electrode.gain = 11;
        InvalidSettingsException e = assertThrows(InvalidSettingsException.class, () -> HANDLER.validate(settings));
        assertTrue(e.getMessage().startsWith("Setting 'electrode.gain' (Gain) is 11 "), e.getMessage());
    }

    /** The allowed values of a string setting, owned elsewhere (as a library's registry). */
    public static class Colours implements SettingChoices {
        @Override
        public List<String> values() {
            return List.of("red", "green", "blue");
        }
    }

    public static class ColourSettings extends NodeSettings {
        @Setting(title = "Colour", choices = Colours.class)
        public String colour = "green";
    }

    @Test
    void stringChoicesActLikeAnEnum() throws Exception {
        SettingsHandler<ColourSettings> handler = SettingsHandler.forClass(ColourSettings.class);
        assertEquals("blue", handler.read(json("{'colour': 'blue'}")).colour);
        InvalidSettingsException e = assertThrows(InvalidSettingsException.class,
                () -> handler.read(json("{'colour': 'Blue'}")));
        assertEquals("Setting 'colour' cannot be Blue: expected one of red, green, blue", e.getMessage());
        JsonNode colour = handler.schema().get("properties").get("colour");
        assertEquals("string", colour.get("type").asText());
        assertEquals(json("['red', 'green', 'blue']"), colour.get("enum"));
        assertEquals("green", colour.get("default").asText());
    }

    /** Settings holding a list of nested settings objects. */
    public static class ProbeSettings extends NodeSettings {
        @Setting(title = "Electrodes")
        public List<TestSettings.Electrode> electrodes = new ArrayList<>();
    }

    @Test
    void listsOfNestedSettingsAreCheckedElementByElement() throws Exception {
        SettingsHandler<ProbeSettings> handler = SettingsHandler.forClass(ProbeSettings.class);
        ProbeSettings ok = handler.read(json("{'electrodes': [{'gain': 2}, {'label': 'E2'}]}"));
        assertEquals(2.0, ok.electrodes.get(0).gain);
        assertEquals("E2", ok.electrodes.get(1).label);
        assertEquals(1.5, ok.electrodes.get(1).gain);

        InvalidSettingsException bound = assertThrows(InvalidSettingsException.class,
                () -> handler.read(json("{'electrodes': [{'gain': 2}, {'gain': 12}]}")));
        assertEquals("Setting 'electrodes.1.gain' (Gain) is 12 but must be between 0 and 10", bound.getMessage());
        InvalidSettingsException unknown = assertThrows(InvalidSettingsException.class,
                () -> handler.read(json("{'electrodes': [{'gain': 2}, {'gian': 3}]}")));
        assertEquals("Unknown setting 'electrodes.1.gian'; did you mean 'electrodes.1.gain'?", unknown.getMessage());

        JsonNode items = handler.schema().get("properties").get("electrodes").get("items");
        assertEquals("object", items.get("type").asText());
        assertEquals(json("['gain', 'label']"), JSON.valueToTree(fieldNames(items.get("properties"))));
    }

    // ---- writing ----

    @Test
    void writeUsesFieldOrderAndJsonNames() {
        TestSettings settings = HANDLER.defaults();
        settings.mode = Mode.HIGH_PRECISION;
        ObjectNode written = HANDLER.write(settings, true);
        assertEquals(List.of("steps", "rate", "name", "mode", "weights", "electrode", "apiKey", "verbose"),
                fieldNames(written));
        assertEquals("high-precision", written.get("mode").asText());
        assertEquals(json("{'gain': 1.5, 'label': 'E1'}"), written.get("electrode"));
        assertEquals(json("[1.0, 2.0]"), written.get("weights"));
        assertEquals("dev-key", written.get("apiKey").asText());
    }

    @Test
    void writeWithoutSecretsDropsThem() {
        ObjectNode written = HANDLER.write(HANDLER.defaults(), false);
        assertFalse(written.has("apiKey"));
        assertEquals(List.of("steps", "rate", "name", "mode", "weights", "electrode", "verbose"), fieldNames(written));
        assertEquals(List.of("apiKey"), HANDLER.secretSettings());
    }

    @Test
    void writeThenReadRoundTrips() throws Exception {
        TestSettings settings = HANDLER.read(json("{'steps': 7, 'rate': 0.1, 'name': 'xyz', 'mode': 'high-precision',"
                + " 'weights': [3], 'electrode': {'gain': 9.75, 'label': ''}, 'apiKey': 'abc', 'verbose': true}"));
        TestSettings again = HANDLER.read(HANDLER.write(settings, true));
        assertEquals(HANDLER.write(settings, true), HANDLER.write(again, true));
        assertEquals(0.1, again.rate);
    }

    private static List<String> fieldNames(JsonNode node) {
        List<String> names = new ArrayList<>();
        node.fieldNames().forEachRemaining(names::add);
        return names;
    }

    // ---- schema ----

    @Test
    void schemaDescribesTypesBoundsDefaultsAndRequiredSettings() {
        ObjectNode schema = HANDLER.schema();
        assertEquals("https://json-schema.org/draft/2020-12/schema", schema.get("$schema").asText());
        assertEquals("object", schema.get("type").asText());
        assertFalse(schema.get("additionalProperties").asBoolean(true));
        assertEquals(json("['name']"), schema.get("required"));

        JsonNode properties = schema.get("properties");
        assertEquals(List.of("steps", "rate", "name", "mode", "weights", "electrode", "apiKey", "verbose"),
                fieldNames(properties));

        JsonNode steps = properties.get("steps");
        assertEquals("integer", steps.get("type").asText());
        assertEquals("Number of steps", steps.get("title").asText());
        assertEquals("How many integration steps to run.", steps.get("description").asText());
        assertEquals(1, steps.get("minimum").asInt());
        assertTrue(steps.get("minimum").isIntegralNumber(), "whole bounds are written as integers");
        assertEquals(100, steps.get("maximum").asInt());
        assertEquals(10, steps.get("default").asInt());

        JsonNode rate = properties.get("rate");
        assertEquals("number", rate.get("type").asText());
        assertEquals("Hz", rate.get("x-unit").asText());
        assertEquals(0.5, rate.get("default").asDouble());
        assertFalse(rate.has("minimum"));
        assertFalse(rate.has("maximum"));
        assertFalse(rate.has("description"));

        JsonNode name = properties.get("name");
        assertEquals("string", name.get("type").asText());
        assertEquals("[a-z]+", name.get("pattern").asText());
        assertEquals(1, name.get("minLength").asInt());
        assertEquals("run", name.get("default").asText());

        JsonNode mode = properties.get("mode");
        assertEquals("string", mode.get("type").asText());
        assertEquals(json("['FAST', 'high-precision']"), mode.get("enum"));
        assertEquals("FAST", mode.get("default").asText());

        JsonNode weights = properties.get("weights");
        assertEquals("array", weights.get("type").asText());
        assertEquals("number", weights.get("items").get("type").asText());
        assertEquals(1, weights.get("minItems").asInt());
        assertEquals(3, weights.get("maxItems").asInt());
        assertEquals(json("[1.0, 2.0]"), weights.get("default"));
        assertTrue(weights.get("x-advanced").asBoolean());

        JsonNode electrode = properties.get("electrode");
        assertEquals("object", electrode.get("type").asText());
        assertFalse(electrode.get("additionalProperties").asBoolean(true));
        JsonNode gain = electrode.get("properties").get("gain");
        assertEquals("number", gain.get("type").asText());
        assertEquals("Amplifier gain", gain.get("description").asText());
        assertEquals(0, gain.get("minimum").asInt());
        assertEquals(10, gain.get("maximum").asInt());
        assertEquals(1.5, gain.get("default").asDouble());
        assertEquals("E1", electrode.get("properties").get("label").get("default").asText());
        assertEquals(json("{'gain': 1.5, 'label': 'E1'}"), electrode.get("default"));

        JsonNode apiKey = properties.get("apiKey");
        assertEquals("string", apiKey.get("type").asText());
        assertTrue(apiKey.get("writeOnly").asBoolean());
        assertTrue(apiKey.get("x-secret").asBoolean());
        assertFalse(apiKey.has("default"), "a secret's default is never shown");

        JsonNode verbose = properties.get("verbose");
        assertEquals("boolean", verbose.get("type").asText());
        assertFalse(verbose.get("default").asBoolean(true));
        assertFalse(verbose.has("x-advanced"));
    }

    public static class FinalFieldSettings extends NodeSettings {
        @Setting(title = "Fixed")
        public final int fixed = 1;
    }

    public static class NoDefaultConstructorSettings extends NodeSettings {
        @Setting(title = "x")
        public int x;

        public NoDefaultConstructorSettings(int x) {
            this.x = x;
        }
    }

    @Test
    void settingsClassesMustFollowTheRules() {
        IllegalStateException finalField = assertThrows(IllegalStateException.class,
                () -> SettingsHandler.forClass(FinalFieldSettings.class).schema());
        assertEquals("@Setting field " + FinalFieldSettings.class.getName() + ".fixed must be public, non-static and "
                + "non-final", finalField.getMessage());
        IllegalStateException constructor = assertThrows(IllegalStateException.class,
                () -> SettingsHandler.forClass(NoDefaultConstructorSettings.class).defaults());
        assertEquals(NoDefaultConstructorSettings.class.getName() + " needs a public no-argument constructor",
                constructor.getMessage());
    }

    public static class EmptySettings extends NodeSettings {
    }

    @Test
    void aSettingsClassWithoutSettings() throws Exception {
        SettingsHandler<EmptySettings> handler = SettingsHandler.forClass(EmptySettings.class);
        assertEquals(json("{}"), handler.write(handler.defaults(), true));
        assertTrue(handler.schema().get("properties").isEmpty());
        assertFalse(handler.schema().has("required"));
        assertTrue(handler.secretSettings().isEmpty());
        InvalidSettingsException e = assertThrows(InvalidSettingsException.class, () -> handler.read(json("{'x': 1}")));
        assertTrue(e.getMessage().startsWith("Unknown setting 'x'"), e.getMessage());
    }

    // ---- dotted paths ----

    @Test
    void getFollowsDottedPathsIntoObjectsAndLists() {
        ObjectNode written = HANDLER.write(HANDLER.defaults(), true);
        assertEquals(10, SettingsHandler.get(written, "steps").asInt());
        assertEquals(1.5, SettingsHandler.get(written, "electrode.gain").asDouble());
        assertEquals(2.0, SettingsHandler.get(written, "weights.1").asDouble());
        assertNull(SettingsHandler.get(written, "weights.2"));
        assertNull(SettingsHandler.get(written, "nothing"));
        assertNull(SettingsHandler.get(written, "nothing.deeper.still"));
        assertNull(SettingsHandler.get(written, "electrode.nothing"));
    }

    @Test
    void withReplacesAValueInACopy() throws Exception {
        ObjectNode written = HANDLER.write(HANDLER.defaults(), true);
        ObjectNode changed = SettingsHandler.with(written, "electrode.gain", F.numberNode(3.25));
        changed = SettingsHandler.with(changed, "weights.0", F.numberNode(-4.0));
        changed = SettingsHandler.with(changed, "steps", F.numberNode(42));
        assertEquals(3.25, changed.get("electrode").get("gain").asDouble());
        assertEquals(-4.0, changed.get("weights").get(0).asDouble());
        assertEquals(42, changed.get("steps").asInt());
        assertEquals(1.5, written.get("electrode").get("gain").asDouble(), "the original is unchanged");
        assertEquals(1.0, written.get("weights").get(0).asDouble());
        TestSettings settings = HANDLER.read(changed);
        assertEquals(3.25, settings.electrode.gain);
        assertEquals(List.of(-4.0, 2.0), settings.weights);
    }

    @Test
    void withRejectsPathsThatLeadNowhere() {
        ObjectNode written = HANDLER.write(HANDLER.defaults(), true);
        for (String path : List.of("weights.5", "weights.x", "steps.value", "nothing.deeper", "electrode.gain.x")) {
            InvalidSettingsException e = assertThrows(InvalidSettingsException.class,
                    () -> SettingsHandler.with(written, path, F.numberNode(1)), path);
            assertEquals("There is no setting '" + path + "'", e.getMessage());
        }
    }

    // ---- command-line values ----

    @Test
    void parseValueLikeFollowsTheExistingType() throws Exception {
        JsonNode integer = SettingsHandler.parseValueLike(F.numberNode(10), " 42 ");
        assertTrue(integer.isIntegralNumber());
        assertEquals(42, integer.asLong());
        JsonNode number = SettingsHandler.parseValueLike(F.numberNode(0.5), "1e-3");
        assertTrue(number.isDouble());
        assertEquals(0.001, number.asDouble());
        assertEquals(3.0, SettingsHandler.parseValueLike(F.numberNode(0.5), "3").asDouble());
        assertEquals(F.booleanNode(true), SettingsHandler.parseValueLike(F.booleanNode(false), "TRUE"));
        assertEquals(F.booleanNode(false), SettingsHandler.parseValueLike(F.booleanNode(true), " false"));
        assertEquals(F.textNode(" 42 "), SettingsHandler.parseValueLike(F.textNode("x"), " 42 "),
                "text stays text, exactly");
        assertEquals(F.textNode("true"), SettingsHandler.parseValueLike(NullNode.instance, "true"));
        assertEquals(F.textNode("7"), SettingsHandler.parseValueLike(null, "7"));
        ArrayNode list = (ArrayNode) SettingsHandler.parseValueLike(json("[1.0]"), "[1.5, 2.5]");
        assertEquals(json("[1.5, 2.5]"), list);
        assertEquals(json("{'gain': 2}"), SettingsHandler.parseValueLike(json("{'gain': 1}"), "{\"gain\": 2}"));
    }

    @Test
    void parseValueLikeRejectsTextOfTheWrongShape() {
        assertEquals("'many' is not a number", assertThrows(InvalidSettingsException.class,
                () -> SettingsHandler.parseValueLike(F.numberNode(10), "many")).getMessage());
        assertEquals("'fast' is not a number", assertThrows(InvalidSettingsException.class,
                () -> SettingsHandler.parseValueLike(F.numberNode(0.5), "fast")).getMessage());
        assertThrows(InvalidSettingsException.class, () -> SettingsHandler.parseValueLike(F.numberNode(10), "2.5"));
        assertEquals("'yes' is not true or false", assertThrows(InvalidSettingsException.class,
                () -> SettingsHandler.parseValueLike(F.booleanNode(true), "yes")).getMessage());
        InvalidSettingsException list = assertThrows(InvalidSettingsException.class,
                () -> SettingsHandler.parseValueLike(json("[1.0]"), "[1.5,"));
        assertTrue(list.getMessage().startsWith("'[1.5,' is not valid JSON for a list or object setting: "),
                list.getMessage());
    }
}
