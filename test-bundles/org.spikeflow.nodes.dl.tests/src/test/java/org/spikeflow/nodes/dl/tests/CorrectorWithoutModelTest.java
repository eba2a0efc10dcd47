package org.spikeflow.nodes.dl.tests;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.spikeflow.core.data.DataTable;
import org.spikeflow.core.runtime.Node;
import org.spikeflow.core.port.EmptyPortObject;
import org.spikeflow.core.port.PortObject;
import org.spikeflow.nodes.dl.internal.corrector.ResidualCorrectorNodeFactory;
import org.spikeflow.testing.NodeTesting;

/** The corrector before any model exists (first cycle of a generative loop): identity correction with a warning. */
class CorrectorWithoutModelTest {

    @Test
    void withoutAModelTheCorrectedColumnsRepeatTheBaseForecast(@TempDir Path folder) throws Exception {
        DataTable base = Harness.data(2, 1, 30, 11)[0];
        Node corrector = NodeTesting.node(new ResidualCorrectorNodeFactory(), null);
        DataTable out = (DataTable) Harness.run(corrector, folder, null, base, null)[0];
        assertArrayEquals(NodeTesting.doubles(out, Harness.MODEL),
                NodeTesting.doubles(out, Harness.MODEL + "-corrected"), 0);
        assertArrayEquals(NodeTesting.doubles(out, Harness.MODEL + "-lo-80"),
                NodeTesting.doubles(out, Harness.MODEL + "-corrected-lo-80"), 0);
        assertTrue(corrector.getInfoMessage().contains("No LSTM model"), corrector.getInfoMessage());
        assertNull(corrector.getWarningMessage(), "identity correction without a model is information");
    }

    @Test
    void anEmptyObjectFromARecursiveLoopCountsAsNoModel(@TempDir Path folder) throws Exception {
        DataTable base = Harness.data(2, 1, 30, 12)[0];
        Node corrector = NodeTesting.node(new ResidualCorrectorNodeFactory(), null);
        // configure sees the empty object's spec as unknown, execute sees no model
        PortObject[] out = Harness.run(corrector, folder, EmptyPortObject.INSTANCE, base, null);
        DataTable table = (DataTable) out[0];
        assertArrayEquals(NodeTesting.doubles(table, Harness.MODEL),
                NodeTesting.doubles(table, Harness.MODEL + "-corrected"),
                0);
    }
}
