package org.spikeflow.core.util;

import com.fasterxml.jackson.core.io.NumberInput;

/**
 * Parses plain decimal numbers ({@code [+-]digits[.digits][(e|E)[+-]digits]}) fast and exactly: the result is the
 * double {@link Double#parseDouble} gives. Numbers of up to 2^53 with a power of ten up to 22 take Clinger's fast path
 * (one correctly rounded operation), others (such as 17 significant digits) go through Jackson's copy of
 * FastDoubleParser, which gives the same double about five times as fast as {@code Double.parseDouble}. Made for
 * million-row data files.
 */
public final class DecimalParser {

    private DecimalParser() {
    }

    /**
     * @return {@code s} parsed, NaN if it is not a plain decimal number (see {@link #parse(CharSequence, int, int)})
     */
    public static double parse(CharSequence s) {
        return parse(s, 0, s.length());
    }

    private static final double[] POW10 = new double[23];

    static {
        double p = 1;
        for (int i = 0; i < POW10.length; i++) {
            POW10[i] = p;
            p *= 10;
        }
    }

    /**
     * Parses {@code [+-]digits[.digits][(e|E)[+-]digits]} (surrounding white space allowed) in {@code s[from, to)} to
     * the double that {@link Double#parseDouble} gives. Returns NaN if the text does not have that form (NaN, Infinity,
     * hexadecimal and type suffixes are rejected); ±Infinity if it overflows.
     */
    public static double parse(CharSequence s, int from, int to) {
        while (from < to && s.charAt(from) <= ' ') {
            from++;
        }
        while (to > from && s.charAt(to - 1) <= ' ') {
            to--;
        }
        int i = from;
        if (i == to) {
            return Double.NaN;
        }
        boolean negative = false;
        char ch = s.charAt(i);
        if (ch == '+' || ch == '-') {
            negative = ch == '-';
            i++;
        }
        long mantissa = 0;
        int significant = 0; // digits accumulated into mantissa (after leading zeros)
        int digits = 0; // all digits seen
        int scale = 0; // decimal exponent adjustment from the fraction
        boolean exact = true; // whether the mantissa holds all significant digits
        for (; i < to && (ch = s.charAt(i)) >= '0' && ch <= '9'; i++, digits++) {
            if (mantissa == 0 && ch == '0') {
                continue;
            }
            if (significant < 18) {
                mantissa = mantissa * 10 + (ch - '0');
                significant++;
            } else {
                exact = false;
                scale++;
            }
        }
        if (i < to && s.charAt(i) == '.') {
            i++;
            for (; i < to && (ch = s.charAt(i)) >= '0' && ch <= '9'; i++, digits++) {
                if (mantissa == 0 && ch == '0') {
                    scale--;
                    continue;
                }
                if (significant < 18) {
                    mantissa = mantissa * 10 + (ch - '0');
                    significant++;
                    scale--;
                } else {
                    exact = false;
                }
            }
        }
        if (digits == 0) {
            return Double.NaN;
        }
        if (i < to && ((ch = s.charAt(i)) == 'e' || ch == 'E')) {
            i++;
            boolean negativeExponent = false;
            if (i < to && ((ch = s.charAt(i)) == '+' || ch == '-')) {
                negativeExponent = ch == '-';
                i++;
            }
            int exponent = 0;
            int exponentDigits = 0;
            for (; i < to && (ch = s.charAt(i)) >= '0' && ch <= '9'; i++, exponentDigits++) {
                if (exponent < 100_000) {
                    exponent = exponent * 10 + (ch - '0');
                }
            }
            if (exponentDigits == 0) {
                return Double.NaN;
            }
            scale += negativeExponent ? -exponent : exponent;
        }
        if (i != to) {
            return Double.NaN;
        }
        if (mantissa == 0) {
            return negative ? -0.0 : 0.0;
        }
        if (exact && mantissa <= (1L << 53) && scale >= -22 && scale <= 22) {
            // Clinger's fast path: both operands are exact doubles, so the one rounding is the correct one
            double value = scale < 0 ? mantissa / POW10[-scale] : mantissa * POW10[scale];
            return negative ? -value : value;
        }
        // the Eisel-Lemire algorithm (FastDoubleParser, inside Jackson): the same double as Double.parseDouble, without
        // its big-integer arithmetic, which 17 significant digits (as %.17g writes them) need in the JDK
        return NumberInput.parseDouble(s.subSequence(from, to).toString(), true);
    }
}
