package org.spikeflow.forecast.timegpt.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import org.junit.jupiter.api.Test;
import org.spikeflow.forecast.timegpt.Frequencies;

class FrequenciesTest {

    @Test
    void derivesPandasAliasesFromTheSamplingInterval() {
        assertEquals("250us", Frequencies.fromIntervalMs(0.25));
        assertEquals("100us", Frequencies.fromIntervalMs(0.1));
        assertEquals("25ms", Frequencies.fromIntervalMs(25));
        assertEquals("ms", Frequencies.fromIntervalMs(1));
        assertEquals("500ms", Frequencies.fromIntervalMs(500));
        assertEquals("s", Frequencies.fromIntervalMs(1000));
        assertEquals("90s", Frequencies.fromIntervalMs(90_000));
        assertEquals("min", Frequencies.fromIntervalMs(60_000));
        assertEquals("h", Frequencies.fromIntervalMs(3_600_000));
        assertEquals("D", Frequencies.fromIntervalMs(86_400_000));
        assertEquals("50ns", Frequencies.fromIntervalMs(0.00005));
    }

    @Test
    void rejectsNonPositiveIntervals() {
        assertThrows(IllegalArgumentException.class, () -> Frequencies.fromIntervalMs(0));
        assertThrows(IllegalArgumentException.class, () -> Frequencies.fromIntervalMs(-1));
        assertThrows(IllegalArgumentException.class, () -> Frequencies.fromIntervalMs(Double.NaN));
    }
}
