package org.spikeflow.nodes.izhikevich.internal.sweep;

import org.spikeflow.core.data.DataTable;
import org.spikeflow.core.node.ExecutionContext;
import org.spikeflow.core.node.NodeModel;
import org.spikeflow.core.port.PortObject;
import org.spikeflow.core.port.PortObjectSpec;
import org.spikeflow.core.port.PortType;
import org.spikeflow.core.settings.InvalidSettingsException;
import org.spikeflow.izhikevich.MemoryEstimate;

/** Generates a parameter table (one row per neuron) for the Izhikevich Simulator's population runs. */
public class ParameterSweepGeneratorNodeModel extends NodeModel<ParameterSweepGeneratorNodeSettings> {

    public ParameterSweepGeneratorNodeModel() {
        super(new PortType[0], new PortType[] {DataTable.TYPE}, ParameterSweepGeneratorNodeSettings.class);
    }

    @Override
    protected PortObjectSpec[] configure(PortObjectSpec[] inSpecs) throws InvalidSettingsException {
        return new PortObjectSpec[] {SweepGenerator.plan(getSettings()).spec()};
    }

    @Override
    protected PortObject[] execute(PortObject[] inObjects, ExecutionContext exec) throws Exception {
        SweepGenerator.Plan plan = SweepGenerator.plan(getSettings());
        long need = plan.estimatedBytes();
        long free = MemoryEstimate.freeHeap(need);
        if (need > free) {
            throw new IllegalStateException("Not enough memory for a sweep of " + plan.rows() + " rows: it needs about "
                    + MemoryEstimate.format(need) + " but only " + MemoryEstimate.format(Math.max(0, free))
                    + " of the Java heap is free" + (getSettings().labels
                            ? "; turn 'labels' off (about 100 bytes a"
                                    + " row),"
                            : ";")
                    + " use fewer rows, or give Java more memory (-Xmx)");
        }
        exec.setProgress(0, "Generating " + plan.rows() + " parameter sets");
        DataTable table = SweepGenerator.generate(plan, exec);
        exec.setProgress(1, plan.rows() + " parameter sets");
        return new PortObject[] {table};
    }
}
