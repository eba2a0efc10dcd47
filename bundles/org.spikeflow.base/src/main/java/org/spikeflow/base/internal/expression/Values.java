package org.spikeflow.base.internal.expression;

/** The value rules of the language: numbers are doubles, plus booleans and strings; no implicit conversions. */
final class Values {
    private Values() {
    }

    /** Maps a variable's Java value to Double, Boolean or String. */
    static Object normalise(Object value, String name, int position, String text) {
        if (value instanceof Double || value instanceof Boolean || value instanceof String) {
            return value;
        }
        if (value instanceof Number number) {
            return number.doubleValue();
        }
        if (value instanceof Character c) {
            return c.toString();
        }
        throw Parser.error("Variable '" + name + "' holds a " + value.getClass().getSimpleName()
                + ", which expressions cannot use", position, text);
    }

    static String typeName(Object value) {
        if (value instanceof Double) {
            return "number";
        }
        return value instanceof Boolean ? "boolean" : "string";
    }

    static double number(Object value, String what, int position, String text) {
        if (value instanceof Double d) {
            return d;
        }
        throw Parser.error(what + " needs a number but got " + typeName(value) + " " + quote(value), position, text);
    }

    static boolean bool(Object value, String what, int position, String text) {
        if (value instanceof Boolean b) {
            return b;
        }
        throw Parser.error(what + " needs a boolean but got " + typeName(value) + " " + quote(value), position, text);
    }

    static boolean equal(Object a, Object b, int position, String text) {
        if (a instanceof Double x && b instanceof Double y) {
            return x.doubleValue() == y.doubleValue(); // NaN equals nothing, 0.0 == -0.0
        }
        if (a.getClass() != b.getClass()) {
            throw Parser.error("Cannot compare " + typeName(a) + " " + quote(a) + " with " + typeName(b) + " "
                    + quote(b), position, text);
        }
        return a.equals(b);
    }

    static int compare(Object a, Object b, String operator, int position, String text) {
        if (a instanceof Double x && b instanceof Double y) {
            // Any comparison with NaN is false, as in Java: encode that as "incomparable" for every operator.
            if (Double.isNaN(x) || Double.isNaN(y)) {
                return operator.startsWith("<") ? 1 : -1;
            }
            return Double.compare(x == 0.0 ? 0.0 : x, y == 0.0 ? 0.0 : y);
        }
        if (a instanceof String x && b instanceof String y) {
            return x.compareTo(y);
        }
        throw Parser.error("Cannot apply '" + operator + "' to " + typeName(a) + " " + quote(a) + " and "
                + typeName(b) + " " + quote(b), position, text);
    }

    /** Text for concatenation and string results: whole numbers print without ".0" (3, not 3.0). */
    static String toText(Object value) {
        if (value instanceof Double d) {
            return formatNumber(d);
        }
        return String.valueOf(value);
    }

    static String formatNumber(double d) {
        if (d == Math.rint(d) && !Double.isInfinite(d) && Math.abs(d) < 1e15) {
            return Long.toString((long) d);
        }
        return Double.toString(d);
    }

    private static String quote(Object value) {
        return value instanceof String s ? "\"" + s + "\"" : toText(value);
    }
}
