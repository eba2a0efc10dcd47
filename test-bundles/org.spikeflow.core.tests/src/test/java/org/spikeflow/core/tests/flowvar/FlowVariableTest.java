package org.spikeflow.core.tests.flowvar;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.spikeflow.core.flowvar.FlowVariable;
import org.spikeflow.core.flowvar.FlowVariableType;

/** {@link FlowVariable}: typed construction, parsing, type inference and typed access. */
class FlowVariableTest {

    @Test
    void parseEachType() {
        FlowVariable count = FlowVariable.parse("loops", FlowVariableType.INT, " 42 ");
        assertEquals(FlowVariableType.INT, count.getType());
        assertEquals(42, count.getIntValue());
        assertEquals("loops", count.getName());

        FlowVariable rate = FlowVariable.parse("rate", FlowVariableType.DOUBLE, "2.5e-3");
        assertEquals(FlowVariableType.DOUBLE, rate.getType());
        assertEquals(0.0025, rate.getDoubleValue());

        FlowVariable label = FlowVariable.parse("label", FlowVariableType.STRING, "  spaced out ");
        assertEquals("  spaced out ", label.getValue(), "strings are kept exactly");

        assertTrue(FlowVariable.parse("on", FlowVariableType.BOOLEAN, "TRUE").getBooleanValue());
        assertFalse(FlowVariable.parse("on", FlowVariableType.BOOLEAN, " false ").getBooleanValue());
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
            "loops | INT     | 3.5         | int",
            "loops | INT     | 99999999999 | int",
            "loops | INT     | ''          | int",
            "rate  | DOUBLE  | fast        | double",
            "on    | BOOLEAN | yes         | boolean",
            "on    | BOOLEAN | 1           | boolean"})
    void parseErrorsNameTheVariableAndType(String name, FlowVariableType type, String text, String label) {
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
                () -> FlowVariable.parse(name, type, text));
        assertEquals("Value '" + text + "' of flow variable '" + name + "' is not a valid " + label, e.getMessage());
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
            "42          | INT     | 42",
            "-7          | INT     | -7",
            "+5          | INT     | 5",
            "' 12 '      | INT     | 12",
            "123456789   | INT     | 123456789",
            "3.14        | DOUBLE  | 3.14",
            "1e-3        | DOUBLE  | 0.001",
            "-2.5        | DOUBLE  | -2.5",
            "1E6         | DOUBLE  | 1000000.0",
            "true        | BOOLEAN | true",
            "False       | BOOLEAN | false",
            "hello       | STRING  | hello",
            "1-2         | STRING  | 1-2",
            "e           | STRING  | e",
            "2024-01-31  | STRING  | 2024-01-31",
            "''          | STRING  | ''"})
    void inferPicksTheNarrowestType(String text, FlowVariableType type, String expected) {
        FlowVariable variable = FlowVariable.infer("v", text);
        assertEquals(type, variable.getType(), text);
        Object expectedValue = switch (type) {
            case INT -> Integer.parseInt(expected);
            case DOUBLE -> Double.parseDouble(expected);
            case BOOLEAN -> Boolean.parseBoolean(expected);
            case STRING -> expected;
        };
        assertEquals(expectedValue, variable.getValue());
    }

    @Test
    void inferTurnsIntegersTooLongForAnIntIntoDoubles() {
        // Only up to nine digits are certain to fit an int; longer integers are kept as (exact) doubles.
        FlowVariable big = FlowVariable.infer("n", "12345678901");
        assertEquals(FlowVariableType.DOUBLE, big.getType());
        assertEquals(12345678901.0, big.getDoubleValue());
        FlowVariable overflow = FlowVariable.infer("n", "-3000000000");
        assertEquals(FlowVariableType.DOUBLE, overflow.getType());
        assertEquals(-3.0e9, overflow.getDoubleValue());
    }

    @Test
    void getDoubleValueWidensInts() {
        assertEquals(5.0, FlowVariable.ofInt("n", 5).getDoubleValue());
        assertEquals(-2147483648.0, FlowVariable.ofInt("n", Integer.MIN_VALUE).getDoubleValue());
    }

    @Test
    void typedGettersRejectOtherTypes() {
        IllegalStateException notInt = assertThrows(IllegalStateException.class,
                () -> FlowVariable.ofDouble("rate", 0.5).getIntValue());
        assertEquals("Flow variable 'rate' is double, not int", notInt.getMessage());
        IllegalStateException notDouble = assertThrows(IllegalStateException.class,
                () -> FlowVariable.ofString("label", "x").getDoubleValue());
        assertEquals("Flow variable 'label' is string, not double", notDouble.getMessage());
        IllegalStateException notBoolean = assertThrows(IllegalStateException.class,
                () -> FlowVariable.ofInt("n", 1).getBooleanValue());
        assertEquals("Flow variable 'n' is int, not boolean", notBoolean.getMessage());
    }

    @Test
    void stringValueOfEveryType() {
        assertEquals("42", FlowVariable.ofInt("n", 42).getStringValue());
        assertEquals("0.1", FlowVariable.ofDouble("x", 0.1).getStringValue());
        assertEquals("-65.0", FlowVariable.ofDouble("x", -65).getStringValue());
        assertEquals("true", FlowVariable.ofBoolean("b", true).getStringValue());
        assertEquals("µV", FlowVariable.ofString("s", "µV").getStringValue());
        assertEquals("rate (double) = 0.5", FlowVariable.ofDouble("rate", 0.5).toString());
        assertInstanceOf(Integer.class, FlowVariable.ofInt("n", 1).getValue());
    }

    @Test
    void namesMustNotBeBlankAndValuesNotNull() {
        IllegalArgumentException blank = assertThrows(IllegalArgumentException.class,
                () -> FlowVariable.ofInt("  ", 1));
        assertEquals("Flow variable names must not be blank", blank.getMessage());
        assertThrows(IllegalArgumentException.class, () -> FlowVariable.ofInt(null, 1));
        assertThrows(NullPointerException.class, () -> FlowVariable.ofString("s", null));
    }

    @Test
    void typeLabels() {
        assertEquals(FlowVariableType.DOUBLE, FlowVariableType.fromLabel(" Double"));
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
                () -> FlowVariableType.fromLabel("long"));
        assertEquals("Unknown flow variable type 'long'; expected int, double, string or boolean", e.getMessage());
    }
}
