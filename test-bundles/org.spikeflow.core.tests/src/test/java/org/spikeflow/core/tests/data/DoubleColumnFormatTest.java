package org.spikeflow.core.tests.data;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.spikeflow.core.data.DoubleColumn;

/** {@link DoubleColumn#formatDouble(double)}: text that reads back to the very same double. */
class DoubleColumnFormatTest {

    @ParameterizedTest
    @ValueSource(doubles = {0.1, 1e-300, -65.0, Double.MIN_VALUE, 1 / 3.0, 123456789.123, -0.0, 0.0, 2 / 3.0,
            Double.MAX_VALUE, -Double.MIN_NORMAL, 6.02214076e23, 1e7, 1e-7, 0.1 + 0.2, 9007199254740993.0,
            Double.POSITIVE_INFINITY, Double.NEGATIVE_INFINITY})
    void formattedTextParsesBackToTheSameBits(double value) {
        String text = DoubleColumn.formatDouble(value);
        assertEquals(Double.doubleToRawLongBits(value), Double.doubleToRawLongBits(Double.parseDouble(text)),
                value + " formatted as " + text);
    }

    @Test
    void readableForms() {
        assertEquals("-65.0", DoubleColumn.formatDouble(-65.0));
        assertEquals("0.1", DoubleColumn.formatDouble(0.1));
        assertEquals("-0.0", DoubleColumn.formatDouble(-0.0));
        assertEquals("Infinity", DoubleColumn.formatDouble(Double.POSITIVE_INFINITY));
        assertEquals("-Infinity", DoubleColumn.formatDouble(Double.NEGATIVE_INFINITY));
        assertEquals("0.30000000000000004", DoubleColumn.formatDouble(0.1 + 0.2));
    }

    @Test
    void columnFormatUsesTheSameTextAndAnEmptyStringForMissing() {
        DoubleColumn column = DoubleColumn.of(-65.0, Double.NaN, 1 / 3.0);
        assertEquals("-65.0", column.format(0));
        assertEquals("", column.format(1));
        assertEquals(1 / 3.0, Double.parseDouble(column.format(2)));
    }
}
