package org.spikeflow.base.internal.expression;

import java.util.Collections;
import java.util.LinkedHashSet;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;

import org.spikeflow.core.util.EchoedInput;

/**
 * A parsed expression of Spikeflow's small expression language; parse once, evaluate many times (thread-safe).
 *
 * <ul> <li>Numbers {@code 1}, {@code 2.5}, {@code 1e-3} (all numbers are doubles); strings {@code "a \"quoted\" word"}
 * or {@code 'single'}; {@code true}, {@code false}; constants {@code pi}, {@code e}.</li> <li>Variables {@code $name}
 * or {@code ${name with spaces}}.</li> <li>Operators, by increasing precedence: {@code c ? a : b}; {@code ||};
 * {@code &&}; {@code == !=}; {@code < <= > >=}; {@code + -} ({@code +} concatenates when either side is a string);
 * {@code * / %}; unary {@code - + !}; {@code ^} (power, right-associative, so {@code -2^2 = -4} and
 * {@code 2^3^2 = 512}).</li> <li>Functions: abs, min, max (any number of arguments), sqrt, exp, log (natural), log10,
 * pow, floor, ceil, round (half away from zero; {@code round(x, digits)}), sin, cos, tan, and
 * {@code if(condition, a, b)}.</li> </ul>
 *
 * Results are {@link Double}, {@link Boolean} or {@link String}. Errors are {@link ExpressionException}s naming the
 * 1-based position in the text.
 */
public final class Expression {
    private final String text;
    private final Ast.Node root;
    private final Set<String> variables;

    private Expression(String text, Ast.Node root, Set<String> variables) {
        this.text = text;
        this.root = root;
        this.variables = Collections.unmodifiableSet(variables);
    }

    /**
     * @throws ExpressionException
     *             saying where the text is malformed and what was expected there
     */
    public static Expression parse(String text) {
        if (text == null) {
            throw new ExpressionException("The expression is empty", -1);
        }
        Set<String> names = new LinkedHashSet<>();
        Ast.Node root = Parser.parse(text, names);
        return new Expression(text, root, names);
    }

    /** The names of the variables the expression uses, in order of first appearance. */
    public Set<String> variables() {
        return variables;
    }

    public String text() {
        return text;
    }

    /**
     * Evaluates the expression.
     *
     * @param variables
     *            the value of a variable by name (Number, Boolean, String), or null if there is no such variable
     * @return a Double, Boolean or String
     * @throws ExpressionException
     *             on unknown variables or type errors (e.g. a string where a number is needed)
     */
    public Object evaluate(Function<String, Object> variables) {
        return root.eval(new Ast.Scope(variables, text, null));
    }

    /** Evaluates with the variables of a map; errors about unknown variables list the map's names. */
    public Object evaluate(Map<String, ?> variables) {
        return root.eval(new Ast.Scope(variables::get, text, variables.keySet()));
    }

    /** Evaluates to a number. @throws ExpressionException if the result is not a number */
    public double evaluateNumber(Function<String, Object> variables) {
        return evaluateAs(Double.class, "a number", variables);
    }

    /** Evaluates to a boolean. @throws ExpressionException if the result is not a boolean */
    public boolean evaluateBoolean(Function<String, Object> variables) {
        return evaluateAs(Boolean.class, "a boolean", variables);
    }

    private <T> T evaluateAs(Class<T> type, String needed, Function<String, Object> variables) {
        Object value = evaluate(variables);
        if (type.isInstance(value)) {
            return type.cast(value);
        }
        throw new ExpressionException("Expression \"" + EchoedInput.shorten(text) + "\" gives "
                + Values.typeName(value) + " " + describe(value) + " where " + needed + " is needed", -1);
    }

    /** How a result is written as text: whole numbers without ".0" (e.g. {@code 3}), others as Java writes them. */
    public static String toText(Object value) {
        return Values.toText(value);
    }

    private static String describe(Object value) {
        return value instanceof String s
                ? "\"" + EchoedInput.shorten(s) + "\""
                : EchoedInput.shorten(Values.toText(value));
    }

    @Override
    public String toString() {
        return text;
    }
}
