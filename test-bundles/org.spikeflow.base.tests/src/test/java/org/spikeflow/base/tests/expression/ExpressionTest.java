package org.spikeflow.base.tests.expression;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.atomic.AtomicInteger;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.spikeflow.base.internal.expression.Expression;
import org.spikeflow.base.internal.expression.ExpressionException;

class ExpressionTest {

    private static Object eval(String text) {
        return Expression.parse(text).evaluate(Map.of());
    }

    private static Object eval(String text, Map<String, ?> variables) {
        return Expression.parse(text).evaluate(variables);
    }

    @ParameterizedTest(name = "{0} = {1}")
    @CsvSource(delimiter = '|', quoteCharacter = '`', value = {
            "1 + 2 * 3 | 7",
            "(1 + 2) * 3 | 9",
            "10 - 4 - 3 | 3",
            "2 ^ 3 ^ 2 | 512",
            "-2 ^ 2 | -4",
            "2 ^ -1 | 0.5",
            "(-2) ^ 2 | 4",
            "7 % 4 | 3",
            "-7 % 4 | -3",
            "8 / 4 / 2 | 1",
            "1e-3 * 1000 | 1",
            "2.5e2 | 250",
            ".5 + 1 | 1.5",
            "--3 | 3",
            "abs(-4.5) | 4.5",
            "min(3, 1, 2) | 1",
            "max(3, 10, 2, 7) | 10",
            "max(4) | 4",
            "sqrt(16) | 4",
            "exp(0) | 1",
            "log(e) | 1",
            "log10(1000) | 3",
            "pow(2, 10) | 1024",
            "floor(-1.5) | -2",
            "ceil(1.2) | 2",
            "round(2.5) | 3",
            "round(-2.5) | -3",
            "round(1.005, 2) | 1.01",
            "round(1234.5678, 1) | 1234.6",
            "sin(0) + cos(0) + tan(0) | 1",
            "if(1 < 2, 10, 20) | 10",
            "true ? 1 : 2 | 1",
            "false ? 1 : true ? 2 : 3 | 2",
            "1 > 2 ? 1 : 0 > 1 ? 5 : 6 | 6",
    })
    void computesNumbers(String text, double expected) {
        assertEquals(expected, (Double) eval(text), 1e-12, text);
    }

    @Test
    void piAndETheConstants() {
        assertEquals(Math.PI, eval("pi"));
        assertEquals(Math.E, eval("e"));
        assertEquals(2 * Math.E, eval("2*e"));
    }

    @ParameterizedTest(name = "{0} = {1}")
    @CsvSource(delimiter = ';', quoteCharacter = '`', value = {
            "1 < 2 ; true",
            "2 <= 2 ; true",
            "3 > 4 ; false",
            "3 >= 4 ; false",
            "1 + 1 == 2 ; true",
            "1 != 1 ; false",
            "!true ; false",
            "!(1 > 2) && 2 > 1 ; true",
            "true || false && false ; true",
            "(true || false) && false ; false",
            "'abc' < 'abd' ; true",
            "\"a\" == \"a\" ; true",
            "0/0 == 0/0 ; false",
            "0/0 != 0/0 ; true",
            "0/0 < 1 ; false",
            "0/0 >= 1 ; false",
    })
    void computesBooleans(String text, boolean expected) {
        assertEquals(expected, eval(text), text);
    }

    @Test
    void shortCircuitsAndLazyConditionalsSkipTheOtherSide() {
        // The right sides would fail (unknown variable) if they were evaluated.
        assertEquals(false, eval("false && $missing"));
        assertEquals(true, eval("true || $missing"));
        assertEquals(1.0, eval("true ? 1 : $missing"));
        assertEquals(2.0, eval("if(false, $missing, 2)"));
    }

    @Test
    void concatenatesStringsWithWholeNumbersWithoutDecimals() {
        assertEquals("run_3", eval("'run_' + $i", Map.of("i", 3)));
        assertEquals("x=2.5", eval("\"x=\" + 2.5"));
        assertEquals("a\"b", eval("\"a\\\"b\""));
        assertEquals("flag true", eval("'flag ' + true"));
    }

    @Test
    void readsVariablesOfAllTypes() {
        Map<String, Object> variables = new LinkedHashMap<>();
        variables.put("amplitude", 10);
        variables.put("scale", 0.5);
        variables.put("name with spaces", 4L);
        variables.put("enabled", true);
        variables.put("label", "RS");
        assertEquals(9.0, eval("$amplitude * $scale + ${name with spaces}", variables));
        assertEquals("RS!", eval("$enabled ? $label + '!' : 'off'", variables));
    }

    @Test
    void listsTheVariablesUsedInOrder() {
        Expression expression = Expression.parse("$b + ${a b} * $b - max($c, 1)");
        assertEquals(List.of("b", "a b", "c"), List.copyOf(expression.variables()));
        assertEquals(Set.of(), Expression.parse("1 + 2").variables());
    }

    @Test
    void parsesOnceEvaluatesMany() {
        Expression expression = Expression.parse("$x * $x");
        AtomicInteger lookups = new AtomicInteger();
        for (int i = 0; i < 5; i++) {
            int value = i;
            assertEquals((double) value * value, expression.evaluate(name -> {
                lookups.incrementAndGet();
                return value;
            }));
        }
        assertEquals(10, lookups.get());
    }

    @Test
    void reportsUnexpectedTokenWithPosition() {
        ExpressionException e = assertThrows(ExpressionException.class, () -> Expression.parse("1 + (2 * )"));
        assertEquals("Unexpected ')'; expected a number, string, variable, function call or '(' at position 10 in"
                + " \"1 + (2 * )\"", e.getMessage());
        assertEquals(10, e.getPosition());
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', quoteCharacter = '`', value = {
            "(1 + 2 | 7 | expected ')' to close the '(' at position 1",
            "1 + 2) | 6 | Unexpected ')' (no matching '(')",
            "1 2 | 3 | expected an operator or the end",
            "'abc | 1 | Unterminated string",
            "${abc | 1 | missing '}'",
            "$ + 1 | 1 | Expected a variable name after '$'",
            "1 = 2 | 3 | did you mean '==' to compare?",
            "sqrt(1, 2) | 1 | Function sqrt() expects 1 argument but got 2",
            "foo(1) | 1 | Unknown function 'foo'",
            "x + 1 | 1 | Unknown name 'x'; variables are written $x",
            "true ? 1 | 9 | expected ':'",
            "1 + # 2 | 5 | Unexpected character '#'",
            "2x | 2 | Unexpected 'x' after number 2",
            "if(true, 1) | 1 | Function if() expects 3 arguments",
    })
    void reportsSyntaxErrorsWithPositions(String text, int position, String fragment) {
        ExpressionException e = assertThrows(ExpressionException.class, () -> Expression.parse(text));
        assertEquals(position, e.getPosition(), e.getMessage());
        assertTrue(e.getMessage().contains(fragment), e.getMessage());
        assertTrue(e.getMessage().contains("at position " + position + " in \"" + text + "\""), e.getMessage());
    }

    @Test
    void rejectsEmptyExpressions() {
        assertThrows(ExpressionException.class, () -> Expression.parse("   "));
        assertThrows(ExpressionException.class, () -> Expression.parse(null));
    }

    @Test
    void unknownVariableListsTheAvailableOnes() {
        Map<String, Object> variables = new LinkedHashMap<>();
        variables.put("alpha", 1);
        variables.put("beta", 2);
        ExpressionException e = assertThrows(ExpressionException.class, () -> eval("$alpha + $gamma", variables));
        assertEquals("Unknown variable 'gamma'; available variables: alpha, beta at position 10 in"
                + " \"$alpha + $gamma\"", e.getMessage());
    }

    @Test
    void reportsTypeErrorsAtTheOperator() {
        ExpressionException e = assertThrows(ExpressionException.class, () -> eval("1 + 'a' * 2"));
        assertTrue(e.getMessage().startsWith("'*' needs a number but got string \"a\" at position 9"), e.getMessage());
        e = assertThrows(ExpressionException.class, () -> eval("1 == 'a'"));
        assertTrue(e.getMessage().contains("Cannot compare number 1 with string \"a\" at position 3"), e.getMessage());
        e = assertThrows(ExpressionException.class, () -> eval("1 ? 2 : 3"));
        assertTrue(e.getMessage().contains("the condition needs a boolean but got number 1"), e.getMessage());
        e = assertThrows(ExpressionException.class, () -> eval("sqrt('x')"));
        assertTrue(e.getMessage().contains("argument 1 of sqrt() needs a number"), e.getMessage());
    }

    @Test
    void typedEvaluationHelpers() {
        assertEquals(3.0, Expression.parse("1 + $x").evaluateNumber(name -> 2));
        assertTrue(Expression.parse("$x > 1").evaluateBoolean(name -> 2.0));
        assertThrows(ExpressionException.class, () -> Expression.parse("'a'").evaluateNumber(name -> null));
        assertEquals("3", Expression.toText(3.0));
        assertEquals("0.1", Expression.toText(0.1));
    }

    /** Issue 11: deep nesting fails with a clear message instead of overflowing the stack; the text is shortened. */
    @Test
    void nestingDeeperThanTheLimitIsAClearError() {
        String sum = "1" + "+1".repeat(2999);
        ExpressionException e = assertThrows(ExpressionException.class, () -> Expression.parse(sum));
        assertTrue(e.getMessage().startsWith("The expression nests more than 200 levels deep"), e.getMessage());
        assertTrue(e.getMessage().contains("(5999 characters)") && e.getMessage().length() < 500, e.getMessage());
        String parentheses = "(".repeat(1000) + "1" + ")".repeat(1000);
        e = assertThrows(ExpressionException.class, () -> Expression.parse(parentheses));
        assertTrue(e.getMessage().startsWith("The expression nests more than 200 levels deep"), e.getMessage());
        assertThrows(ExpressionException.class, () -> Expression.parse("-".repeat(1000) + "1"));
        assertThrows(ExpressionException.class, () -> Expression.parse("2" + "^2".repeat(1000)));
        assertThrows(ExpressionException.class, () -> Expression.parse("max(".repeat(500) + "1" + ")".repeat(500)));
        // within the limit everything still works: 150 terms, 150 parentheses
        assertEquals(150.0, eval("1" + "+1".repeat(149)));
        assertEquals(1.0, eval("(".repeat(150) + "1" + ")".repeat(150)));
    }
}
