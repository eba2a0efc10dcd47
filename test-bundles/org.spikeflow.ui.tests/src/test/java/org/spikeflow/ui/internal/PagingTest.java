package org.spikeflow.ui.internal;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.api.Test;
import org.spikeflow.core.data.DataColumnSpec;
import org.spikeflow.core.data.DataTable;
import org.spikeflow.core.data.DataTableSpec;
import org.spikeflow.core.data.DataType;
import org.spikeflow.core.data.DoubleColumn;
import org.spikeflow.core.data.IntColumn;

import com.fasterxml.jackson.databind.JsonNode;

/** A ten-million-row table pages from its columns: any page, with exact values, at any offset. */
class PagingTest {
    private static final int ROWS = 10_000_000;

    @Test
    void pagesATenMillionRowTable() {
        double[] time = new double[ROWS];
        int[] index = new int[ROWS];
        for (int i = 0; i < ROWS; i++) {
            time[i] = i * 0.5;
            index[i] = i;
        }
        DataTable table = new DataTable(new DataTableSpec(new DataColumnSpec("t", DataType.DOUBLE),
                new DataColumnSpec("i", DataType.INT)), DoubleColumn.of(time), IntColumn.of(index));

        JsonNode last = OutputViews.page(table, ROWS - 3L, 100);
        assertEquals(ROWS, last.path("rowCount").asInt());
        assertEquals(ROWS - 3, last.path("offset").asInt());
        assertEquals(3, last.path("rows").size());
        assertEquals((ROWS - 1) * 0.5, last.path("rows").get(2).get(0).asDouble());
        assertEquals(ROWS - 1, last.path("rows").get(2).get(1).asInt());

        JsonNode middle = OutputViews.page(table, 5_000_000, 1000);
        assertEquals(1000, middle.path("rows").size());
        assertEquals(5_000_999, middle.path("rows").get(999).get(1).asInt());

        assertEquals(0, OutputViews.page(table, ROWS + 5L, 10).path("rows").size());
    }
}
