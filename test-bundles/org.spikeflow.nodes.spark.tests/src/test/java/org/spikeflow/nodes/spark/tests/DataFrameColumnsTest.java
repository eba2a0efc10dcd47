package org.spikeflow.nodes.spark.tests;

import static org.junit.jupiter.api.Assertions.assertDoesNotThrow;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.util.List;

import org.junit.jupiter.api.Test;
import org.spikeflow.core.settings.InvalidSettingsException;
import org.spikeflow.nodes.spark.SparkDataFrameSpec;
import org.spikeflow.nodes.spark.internal.common.DataFrameColumns;

class DataFrameColumnsTest {

    @Test
    void knownColumnsMustHoldEveryNeededOne() {
        SparkDataFrameSpec frame = new SparkDataFrameSpec(List.of("a", "b", "c", "d"));
        assertDoesNotThrow(() -> DataFrameColumns.require(frame, List.of("a", "d"), "why"));
        assertEquals("The input DataFrame has no column 'I' (a neuron per row needs a, b, c, d and I; its columns: a,"
                + " b, c, d)",
                assertThrows(InvalidSettingsException.class, () -> DataFrameColumns.require(frame,
                        List.of("a", "b", "c", "d", "I"), "a neuron per row needs a, b, c, d and I")).getMessage());
    }

    @Test
    void columnsOnlyTheClusterSeesPass() {
        assertDoesNotThrow(() -> DataFrameColumns.require(SparkDataFrameSpec.UNKNOWN, List.of("a"), "why"));
        assertDoesNotThrow(() -> DataFrameColumns.require(null, List.of("a"), "why"));
    }
}
