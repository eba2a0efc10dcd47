package org.spikeflow.forecast.timegpt.tests;

import static org.junit.jupiter.api.Assertions.assertDoesNotThrow;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import org.junit.jupiter.api.Test;
import org.spikeflow.forecast.timegpt.TimeGptRequest;
import org.spikeflow.forecast.timegpt.TimeGptSettings;

/** The whole-number settings of the client and the request: their lower bounds and one wording for a value below. */
class BuilderRangeTest {

    @Test
    void valuesAtTheLowerBoundAreAccepted() {
        assertDoesNotThrow(() -> TimeGptSettings.builder().maxAttempts(1).maxValuesPerRequest(1));
        assertDoesNotThrow(() -> TimeGptRequest.builder(3).finetuneSteps(0).modelInputSize(0));
    }

    @Test
    void valuesBelowTheLowerBoundAreRefusedNamingTheValue() {
        assertEquals("maxAttempts must be >= 1, got 0", assertThrows(IllegalArgumentException.class,
                () -> TimeGptSettings.builder().maxAttempts(0)).getMessage());
        assertEquals("maxValuesPerRequest must be >= 1, got -3", assertThrows(IllegalArgumentException.class,
                () -> TimeGptSettings.builder().maxValuesPerRequest(-3)).getMessage());
        assertEquals("finetune_steps must be >= 0, got -1", assertThrows(IllegalArgumentException.class,
                () -> TimeGptRequest.builder(3).finetuneSteps(-1)).getMessage());
        assertEquals("modelInputSize must be >= 0, got -2", assertThrows(IllegalArgumentException.class,
                () -> TimeGptRequest.builder(3).modelInputSize(-2)).getMessage());
    }
}
