package org.spikeflow.forecast.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import org.junit.jupiter.api.Test;
import org.spikeflow.forecast.Forecaster;
import org.spikeflow.forecast.Forecasters;
import org.spikeflow.forecast.ForecastColumns;

/** One rule for an interval level, wherever a level enters: a percentage strictly between 0 and 100. */
class IntervalLevelTest {

    @Test
    void levelsStrictlyBetweenZeroAndHundredAreAccepted() {
        assertEquals("80", ForecastColumns.levelKey(80));
        assertEquals("0.5", ForecastColumns.levelKey(0.5));
        assertEquals("99.9", ForecastColumns.levelKey(99.9));
    }

    @Test
    void columnNamesAndForecastsRefuseTheSameLevelsWithTheSameMessage() {
        Forecaster.Fitted fitted = Forecasters.naive().fit(new double[] {1, 2, 3, 4}, 0.1);
        for (double level : new double[] {0, 100, -5, Double.NaN}) {
            String expected = "Interval level must be in (0, 100), got " + level;
            assertEquals(expected,
                    assertThrows(IllegalArgumentException.class, () -> ForecastColumns.levelKey(level)).getMessage());
            assertEquals(expected,
                    assertThrows(IllegalArgumentException.class, () -> fitted.forecast(3, level)).getMessage());
        }
    }
}
