package org.spikeflow.base.internal;

import org.spikeflow.core.data.ColumnBuilder;
import org.spikeflow.core.data.DataType;
import org.spikeflow.core.data.DoubleColumn;
import org.spikeflow.core.data.IntColumn;
import org.spikeflow.core.data.LongColumn;
import org.spikeflow.core.data.BooleanColumn;
import org.spikeflow.core.data.StringColumn;
import org.spikeflow.core.util.DecimalParser;

/**
 * Parsing of cell text (from files and settings) into typed values, shared by the readers and creators so that all of
 * them accept the same spellings.
 */
public final class CellValues {
    private CellValues() {
    }

    /** Parses a decimal int (surrounding spaces allowed). @throws NumberFormatException if it is none */
    public static int parseInt(String text) {
        return Integer.parseInt(text.trim());
    }

    /** Parses a decimal long (surrounding spaces allowed). @throws NumberFormatException if it is none */
    public static long parseLong(String text) {
        return Long.parseLong(text.trim());
    }

    /**
     * Parses a double as Java writes it ({@code 1.5}, {@code -1e-3}, {@code NaN}, {@code Infinity}) or as Python and R
     * do ({@code nan}, {@code inf}, {@code -inf}, {@code Inf}), case-insensitively. Java's type suffixes ({@code 1d},
     * {@code 2f}) and hexadecimal floats are rejected: they are not numbers in a data file.
     *
     * @throws NumberFormatException
     *             if the text is not a number
     */
    public static double parseDouble(String text) {
        double plain = DecimalParser.parse(text); // the common case, fast; NaN for anything else
        if (!Double.isNaN(plain)) {
            return plain;
        }
        String t = text.trim();
        if (t.isEmpty()) {
            throw new NumberFormatException("empty");
        }
        char last = t.charAt(t.length() - 1);
        if (Character.isLetter(last)) {
            String lower = t.toLowerCase(java.util.Locale.ROOT);
            String unsigned = lower.startsWith("-") || lower.startsWith("+") ? lower.substring(1) : lower;
            boolean negative = lower.startsWith("-");
            switch (unsigned) {
                case "nan" :
                    return Double.NaN;
                case "inf" :
                case "infinity" :
                    return negative ? Double.NEGATIVE_INFINITY : Double.POSITIVE_INFINITY;
                default :
                    throw new NumberFormatException("'" + text + "' is not a number");
            }
        }
        if (t.indexOf('x') >= 0 || t.indexOf('X') >= 0) {
            throw new NumberFormatException("'" + text + "' is not a number");
        }
        return Double.parseDouble(t);
    }

    public static boolean isBoolean(String text) {
        String t = text.trim();
        return t.equalsIgnoreCase("true") || t.equalsIgnoreCase("false");
    }

    /**
     * @throws IllegalArgumentException
     *             if the text is not true or false (case-insensitive)
     */
    public static boolean parseBoolean(String text) {
        String t = text.trim();
        if (t.equalsIgnoreCase("true")) {
            return true;
        }
        if (t.equalsIgnoreCase("false")) {
            return false;
        }
        throw new IllegalArgumentException("'" + text + "' is not true or false");
    }

    /**
     * Appends {@code text} parsed as the builder's type, without boxing. Empty text (or, for strings, null) is a
     * missing value; for string columns the empty string is kept only when {@code emptyStringIsMissing} is false.
     *
     * @throws IllegalArgumentException
     *             with a message saying which type the text does not fit
     */
    public static void append(ColumnBuilder builder, String text, boolean emptyStringIsMissing) {
        if (text == null || (text.isEmpty() && (emptyStringIsMissing || builder.type() != DataType.STRING))) {
            builder.appendMissing();
            return;
        }
        try {
            switch (builder.type()) {
                case DOUBLE -> ((DoubleColumn.Builder) builder).append(parseDouble(text));
                case INT -> ((IntColumn.Builder) builder).append(parseInt(text));
                case LONG -> ((LongColumn.Builder) builder).append(parseLong(text));
                case BOOLEAN -> ((BooleanColumn.Builder) builder).append(parseBoolean(text));
                case STRING -> ((StringColumn.Builder) builder).append(text);
            }
        } catch (IllegalArgumentException e) { // NumberFormatException too
            throw new IllegalArgumentException("'" + text + "' is not " + article(builder.type()), e);
        }
    }

    /** "an int", "a double", ... for messages. */
    public static String article(DataType type) {
        return (type == DataType.INT ? "an " : "a ") + type.label();
    }
}
