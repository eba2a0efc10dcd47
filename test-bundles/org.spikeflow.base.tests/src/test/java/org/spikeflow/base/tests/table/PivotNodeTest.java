package org.spikeflow.base.tests.table;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.spikeflow.base.internal.table.pivot.PivotNodeFactory;
import org.spikeflow.base.tests.NodeHarness;
import org.spikeflow.core.data.DataTable;
import org.spikeflow.core.data.DataTableBuilder;
import org.spikeflow.core.data.DataTableSpec;
import org.spikeflow.core.data.DataType;
import org.spikeflow.core.data.DoubleColumn;
import org.spikeflow.core.data.IntColumn;
import org.spikeflow.core.runtime.Node;
import org.spikeflow.core.settings.InvalidSettingsException;

class PivotNodeTest {
    @TempDir
    Path folder;

    /** Scores per cycle and model, as the generative loop collects them; cycle 2 lacks the corrected model. */
    private static DataTable scores() {
        return new DataTableBuilder(DataTableSpec.of("Cycle", DataType.INT, "Model", DataType.STRING, "MAE",
                DataType.DOUBLE, "Gamma", DataType.DOUBLE))
                .appendRow(1, "base", 2.0, 0.5)
                .appendRow(1, "base-corrected", 1.5, 0.6)
                .appendRow(2, "base", 3.0, 0.4)
                .appendRow(3, "base-corrected", 0.5, 0.9)
                .appendRow(3, "base", 1.0, 0.8)
                .build();
    }

    @Test
    void oneRowPerGroupAndOneColumnPerValueAndCategory() throws Exception {
        Node node = NodeHarness.node(new PivotNodeFactory(), "{'groupColumns': ['Cycle'], 'pivotColumn': 'Model'}");
        assertNull(NodeHarness.configure(node, scores().getSpec())[0], "the columns depend on the data");
        DataTable wide = NodeHarness.table(NodeHarness.execute(node, folder, scores()), 0);
        assertEquals(List.of("Cycle", "MAE (base)", "MAE (base-corrected)", "Gamma (base)", "Gamma (base-corrected)"),
                wide.getSpec().columnNames());
        assertArrayEquals(new int[] {1, 2, 3}, ((IntColumn) wide.getColumn("Cycle")).toArray());
        assertArrayEquals(new double[] {2.0, 3.0, 1.0}, ((DoubleColumn) wide.getColumn("MAE (base)")).toArray());
        double[] corrected = ((DoubleColumn) wide.getColumn("MAE (base-corrected)")).toArray();
        assertEquals(1.5, corrected[0]);
        assertTrue(Double.isNaN(corrected[1]), "cycle 2 has no corrected row: missing");
        assertEquals(0.5, corrected[2]);
    }

    @Test
    void chosenValueColumnsOnly() throws Exception {
        Node node = NodeHarness.node(new PivotNodeFactory(),
                "{'groupColumns': ['Cycle'], 'pivotColumn': 'Model', 'valueColumns': ['Gamma']}");
        DataTable wide = NodeHarness.table(NodeHarness.execute(node, folder, scores()), 0);
        assertEquals(List.of("Cycle", "Gamma (base)", "Gamma (base-corrected)"), wide.getSpec().columnNames());
    }

    @Test
    void duplicatesAndUnknownColumnsAreNamed() throws Exception {
        DataTable duplicated = new DataTableBuilder(scores().getSpec()).appendRow(1, "base", 2.0, 0.5)
                .appendRow(1, "base", 2.5, 0.5).build();
        Node node = NodeHarness.node(new PivotNodeFactory(), "{'groupColumns': ['Cycle'], 'pivotColumn': 'Model'}");
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
                () -> NodeHarness.execute(node, folder, duplicated));
        assertTrue(e.getMessage().contains("Rows 0 and 1"), e.getMessage());
        Node unknown = NodeHarness.node(new PivotNodeFactory(),
                "{'groupColumns': ['Iteration'], 'pivotColumn': 'Model'}");
        InvalidSettingsException c = assertThrows(InvalidSettingsException.class,
                () -> NodeHarness.configure(unknown, scores().getSpec()));
        assertTrue(c.getMessage().contains("no column 'Iteration'"), c.getMessage());
    }
}
