package org.spikeflow.nodes.spark.internal.simulator;

import java.util.List;

import org.spikeflow.core.node.ExecutionContext;
import org.spikeflow.core.node.NodeModel;
import org.spikeflow.core.port.PortObject;
import org.spikeflow.core.port.PortObjectSpec;
import org.spikeflow.core.port.PortType;
import org.spikeflow.core.settings.InvalidSettingsException;
import org.spikeflow.nodes.spark.SparkDataFramePortObject;
import org.spikeflow.nodes.spark.SparkDataFrameSpec;
import org.spikeflow.nodes.spark.internal.common.DataFrameColumns;
import org.spikeflow.spark.SimulateSpec;
import org.spikeflow.spark.SparkPlan;

/** Adds the simulation step to the plan; it runs when a downstream node needs the rows. */
public class SparkIzhikevichSimulatorNodeModel extends NodeModel<SparkIzhikevichSimulatorNodeSettings> {

    public SparkIzhikevichSimulatorNodeModel() {
        super(new PortType[] {SparkDataFramePortObject.TYPE}, new PortType[] {SparkDataFramePortObject.TYPE},
                SparkIzhikevichSimulatorNodeSettings.class);
    }

    /** The result's columns, as the job writes them. */
    static List<String> columns(String record) {
        return switch (record) {
            case SimulateSpec.SPIKES -> List.of("i", "t");
            case SimulateSpec.SUMMARY -> List.of("i", "spikes", "rate_hz", "first_spike_ms", "isi_mean_ms", "isi_cv",
                    "bursts");
            default -> List.of("i", "spikes");
        };
    }

    @Override
    protected PortObjectSpec[] configure(PortObjectSpec[] inSpecs) throws InvalidSettingsException {
        SparkIzhikevichSimulatorNodeSettings s = getSettings();
        if (s.dt > s.duration) {
            throw new InvalidSettingsException("Setting 'dt' (" + s.dt + " ms) is longer than 'duration' ("
                    + s.duration + " ms)");
        }
        DataFrameColumns.require(inSpecs[0], List.of("a", "b", "c", "d", "I"),
                "a neuron per row needs a, b, c, d and I");
        return new PortObjectSpec[] {new SparkDataFrameSpec(columns(s.record))};
    }

    @Override
    protected PortObject[] execute(PortObject[] inObjects, ExecutionContext exec) throws Exception {
        SparkIzhikevichSimulatorNodeSettings s = getSettings();
        SimulateSpec spec = new SimulateSpec();
        spec.duration = s.duration;
        spec.dt = s.dt;
        spec.scheme = s.scheme;
        spec.precision = s.precision;
        spec.record = s.record;
        spec.neuronsPerPartition = s.neuronsPerPartition;
        SparkPlan plan = ((SparkDataFramePortObject) inObjects[0]).getPlan().then(SparkPlan.Step.simulating(spec));
        return new PortObject[] {new SparkDataFramePortObject(plan, new SparkDataFrameSpec(columns(s.record)))};
    }
}
