package org.spikeflow.nodes.plot.tests;

import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.spikeflow.nodes.plot.tests.Harness.TIME;
import static org.spikeflow.nodes.plot.tests.Harness.V;

import java.nio.file.Path;

import org.junit.jupiter.api.Test;
import org.spikeflow.core.data.DataTable;
import org.spikeflow.core.data.DataType;
import org.spikeflow.core.settings.InvalidSettingsException;
import org.spikeflow.nodes.plot.internal.comparison.ComparisonPlotterNodeFactory;
import org.spikeflow.nodes.plot.internal.grid.NeuronTypeGridNodeFactory;
import org.spikeflow.nodes.plot.internal.loop.LoopSummaryNodeFactory;
import org.spikeflow.nodes.plot.internal.phase.PhasePlaneNodeFactory;
import org.spikeflow.nodes.plot.internal.raster.SpikeRasterNodeFactory;
import org.spikeflow.testing.NodeTesting;

/** Missing columns, empty tables and NaN values give errors naming the column (or the table). */
class BadInputTest {
    static void assertMessage(Exception e, String... parts) {
        for (String part : parts) {
            assertTrue(e.getMessage().contains(part), "'" + e.getMessage() + "' should mention " + part);
        }
    }

    @Test
    void missingColumnIsReportedAtConfigure() throws Exception {
        DataTable traces = Harness.table(TIME, DataType.DOUBLE, new double[] {0, 1}, V, DataType.DOUBLE,
                new double[] {-65, -64});
        InvalidSettingsException e = assertThrows(InvalidSettingsException.class, () -> Harness.configure(
                NodeTesting.node(new PhasePlaneNodeFactory(), null), traces, null));
        assertMessage(e, "u column 'u'", "traces table (input 0)", V);
    }

    @Test
    void missingModelInForecastIsReported() throws Exception {
        DataTable forecast = Harness.table(TIME, DataType.DOUBLE, new double[] {0}, "Neuron", DataType.INT,
                new int[] {0});
        DataTable sim = Harness.table(TIME, DataType.DOUBLE, new double[] {0}, V, DataType.DOUBLE, new double[] {1});
        InvalidSettingsException e = assertThrows(InvalidSettingsException.class, () -> Harness.configure(
                NodeTesting.node(new ComparisonPlotterNodeFactory(), "{'model':'TimeGPT'}"), forecast, sim, null));
        assertMessage(e, "model column 'TimeGPT'", "forecast table (input 0)");
    }

    @Test
    void emptyTableIsReported() throws Exception {
        DataTable spikes = Harness.table("Neuron", DataType.INT, new int[0], "Spike time (ms)", DataType.DOUBLE,
                new double[0]);
        Exception e = assertThrows(Exception.class, () -> Harness.run(NodeTesting.node(new SpikeRasterNodeFactory(),
                null), Path.of("."), null, spikes));
        assertMessage(e, "spike table (input 0) is empty");
    }

    @Test
    void nanIsReportedWithColumnAndRow() throws Exception {
        DataTable traces = Harness.table(TIME, DataType.DOUBLE, new double[] {0, 1, 2}, V, DataType.DOUBLE,
                new double[] {-65, Double.NaN, -60}, "Neuron", DataType.INT, new int[] {0, 0, 0});
        Exception e = assertThrows(Exception.class, () -> Harness.run(NodeTesting.node(new NeuronTypeGridNodeFactory(),
                null), Path.of("."), null, traces, null));
        assertMessage(e, "Column '" + V + "'", "is NaN at row 1");
    }

    @Test
    void nanMetricIsReported() throws Exception {
        DataTable metrics = Harness.table("Iteration", DataType.INT, new int[] {0, 1}, "MAE", DataType.DOUBLE,
                new double[] {1, Double.NaN});
        Exception e = assertThrows(Exception.class, () -> Harness.figure(NodeTesting.node(new LoopSummaryNodeFactory(),
                null), metrics));
        assertMessage(e, "Column 'MAE'", "NaN at row 1");
    }

    @Test
    void negativeNeuronIndexIsReported() throws Exception {
        DataTable spikes = Harness.table("Neuron", DataType.INT, new int[] {0, -3}, "Spike time (ms)",
                DataType.DOUBLE, new double[] {1, 2});
        Exception e = assertThrows(Exception.class, () -> Harness.figure(NodeTesting.node(new SpikeRasterNodeFactory(),
                null), spikes));
        assertMessage(e, "Column 'Neuron'", "-3.0 at row 1");
    }
}
