package org.spikeflow.nodes.spark.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.spikeflow.core.data.Column;
import org.spikeflow.core.data.ColumnBuilder;
import org.spikeflow.core.data.DataTable;
import org.spikeflow.core.data.DataTableSpec;
import org.spikeflow.core.data.DataType;
import org.spikeflow.core.port.PortObject;
import org.spikeflow.engine.NodeRepository;
import org.spikeflow.nodes.spark.internal.context.CreateSparkContextNodeFactory;
import org.spikeflow.nodes.spark.internal.forecaster.SparkForecasterNodeFactory;
import org.spikeflow.nodes.spark.internal.fromtable.TableToSparkNodeFactory;
import org.spikeflow.nodes.spark.internal.totable.SparkToTableNodeFactory;

/** A forecasting job over 50 series on Spark (local[2]) against the Local Forecaster node run in this JVM. */
class SparkForecasterTest {
    private static final String LOCAL_FORECASTER = "org.spikeflow.nodes.forecast.local";

    /** 50 neurons' traces: 160 samples 0.25 ms apart, each a different wave plus a slow drift. */
    static DataTable traces() {
        DataTableSpec spec = DataTableSpec.of("Time (ms)", DataType.DOUBLE, "Membrane Potential (mV)",
                DataType.DOUBLE, "Neuron", DataType.INT);
        ColumnBuilder time = Column.builder(DataType.DOUBLE, 8000);
        ColumnBuilder value = Column.builder(DataType.DOUBLE, 8000);
        ColumnBuilder neuron = Column.builder(DataType.INT, 8000);
        for (int n = 0; n < 50; n++) {
            for (int k = 0; k < 160; k++) {
                time.appendObject(k * 0.25);
                value.appendObject(-65 + (5 + n % 7) * Math.sin(2 * Math.PI * k / (8 + n % 5) + n)
                        + 0.02 * n * k + 0.4 * Math.cos(0.9 * k * (n + 1)));
                neuron.appendObject(n);
            }
        }
        return new DataTable(spec, List.of(time.build(), value.build(), neuron.build()));
    }

    @Test
    void fiftySeriesOnSparkEqualTheLocalForecasterNode(@TempDir Path dir) throws Exception {
        DataTable traces = traces();
        NodeRepository nodes = NodeRepository.awaitService(Duration.ofSeconds(10));
        DataTable local = SparkHarness.table(SparkHarness.node(nodes.find(LOCAL_FORECASTER).orElseThrow(),
                "{'model': 'seasonalnaive', 'h': 12}"), dir, traces);

        PortObject context = SparkHarness.one(SparkHarness.node(new CreateSparkContextNodeFactory(),
                "{'master': 'local[2]', 'driverMemory': '1g'}"), dir);
        PortObject frame = SparkHarness.one(SparkHarness.node(new TableToSparkNodeFactory(),
                "{'path': 'traces.csv'}"), dir, context, traces);
        PortObject forecasts = SparkHarness.one(SparkHarness.node(new SparkForecasterNodeFactory(),
                "{'model': 'seasonalnaive', 'h': 12, 'dt': 0.25}"), dir, frame);
        DataTable spark = SparkHarness.table(SparkHarness.node(new SparkToTableNodeFactory(), null), dir, forecasts);

        assertEquals(List.of("series", "step", "model", "mean"), spark.getSpec().columnNames());
        assertEquals(local.getRowCount(), spark.getRowCount());
        List<String> expected = new ArrayList<>();
        for (int r = 0; r < local.getRowCount(); r++) {
            int n = (Integer) local.getColumn("Neuron").getObject(r);
            Object mean = local.getColumn("SeasonalNaive").getObject(r);
            expected.add(n + "/" + (r % 12 + 1) + " SeasonalNaive " + mean);
        }
        List<String> actual = new ArrayList<>();
        for (int r = 0; r < spark.getRowCount(); r++) {
            actual.add(spark.getColumn("series").getObject(r) + "/" + spark.getColumn("step").getObject(r) + " "
                    + spark.getColumn("model").getObject(r) + " " + spark.getColumn("mean").getObject(r));
        }
        expected.sort(null);
        actual.sort(null);
        assertEquals(expected, actual);
    }
}
