package org.spikeflow.core.tests.util;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Locale;
import java.util.SplittableRandom;

import org.junit.jupiter.api.Test;
import org.spikeflow.core.util.DecimalParser;

/** The fast number parser gives exactly what {@link Double#parseDouble} (the independent reference) gives. */
class DecimalParserTest {

    private static void assertParsesLikeJava(String text) {
        double expected = Double.parseDouble(text.trim());
        double actual = DecimalParser.parse(text, 0, text.length());
        assertEquals(Double.doubleToRawLongBits(expected), Double.doubleToRawLongBits(actual),
                text + ": expected " + expected + ", got " + actual);
    }

    @Test
    void numbersParseBitExactly() {
        for (String text : List.of("0", "-0", "+0.0", "1", "-65", "0.02", ".5", "5.", "1e3", "1E-3", "-1.5e+2",
                " 10 ", "\t0.25", "0.1", "0.3", "123456789012345678", "1234567890123456789012",
                "0.000000000000000000000000001", "9007199254740993", "9007199254740992", "4.9e-324", "2.2e-308",
                "1.7976931348623157e308", "1e-400", "0.06754841186120954", "-60.87456022446321", "1e22", "1e23",
                "3.0000000000000004", "0.1000000000000000055511151231257827")) {
            assertParsesLikeJava(text);
        }
        SplittableRandom rnd = new SplittableRandom(1);
        for (int k = 0; k < 10_000; k++) {
            double x = switch (k % 4) {
                case 0 -> rnd.nextDouble();
                case 1 -> (rnd.nextDouble() - 0.5) * 200;
                case 2 -> Double.longBitsToDouble(rnd.nextLong());
                default -> rnd.nextInt(100_000) / 1000.0;
            };
            if (!Double.isFinite(x)) {
                continue;
            }
            assertParsesLikeJava(Double.toString(x));
            assertParsesLikeJava(String.format(Locale.ROOT, "%.6f", x));
            assertParsesLikeJava(String.format(Locale.ROOT, "%.17g", x));
            assertParsesLikeJava(String.format(Locale.ROOT, "%.3e", x));
        }
    }

    @Test
    void textThatIsNotAPlainDecimalNumberIsRejected() {
        for (String text : List.of("", " ", "abc", "1.2.3", "e5", "1e", "1e+", "--1", "+-1", "0x10", "1f", "1d",
                "NaN", "Infinity", "-Infinity", "1,5", ".", "-", "1 2", "١")) {
            assertTrue(Double.isNaN(DecimalParser.parse(text, 0, text.length())), "'" + text + "'");
        }
        assertTrue(Double.isInfinite(DecimalParser.parse("1e999", 0, 5)));
    }
}
