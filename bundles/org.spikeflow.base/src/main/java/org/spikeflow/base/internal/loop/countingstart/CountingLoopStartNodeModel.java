package org.spikeflow.base.internal.loop.countingstart;

import org.spikeflow.base.internal.loop.LoopVariables;
import org.spikeflow.core.data.DataTable;
import org.spikeflow.core.data.DataTableSpec;
import org.spikeflow.core.node.ExecutionContext;
import org.spikeflow.core.node.LoopStartNodeTerminator;
import org.spikeflow.core.node.NodeModel;
import org.spikeflow.core.port.PortObject;
import org.spikeflow.core.port.PortObjectSpec;
import org.spikeflow.core.port.PortType;
import org.spikeflow.core.settings.InvalidSettingsException;

/** Runs the loop body a fixed number of times, passing its input through unchanged in every iteration. */
public class CountingLoopStartNodeModel extends NodeModel<CountingLoopStartNodeSettings>
        implements
            LoopStartNodeTerminator {

    /** The number of iterations started in the current run of the loop. */
    private int startedIterations;
    /** The loop count of the running loop, fixed when its iteration started. */
    private int loopCount = Integer.MAX_VALUE;

    public CountingLoopStartNodeModel() {
        super(new PortType[] {DataTable.TYPE_OPTIONAL}, new PortType[] {DataTable.TYPE},
                CountingLoopStartNodeSettings.class);
    }

    @Override
    protected PortObjectSpec[] configure(PortObjectSpec[] inSpecs) throws InvalidSettingsException {
        // Downstream settings may bind to these before the loop runs; the first iteration is 0.
        pushFlowVariableInt(LoopVariables.CURRENT_ITERATION, 0);
        pushFlowVariableInt(LoopVariables.MAX_ITERATIONS, getSettings().loopCount);
        // A null spec means "unknown" or "unconnected"; only execution can tell which.
        return new PortObjectSpec[] {inSpecs[0]};
    }

    @Override
    protected PortObject[] execute(PortObject[] inObjects, ExecutionContext exec) {
        loopCount = getSettings().loopCount;
        pushFlowVariableInt(LoopVariables.CURRENT_ITERATION, startedIterations);
        pushFlowVariableInt(LoopVariables.MAX_ITERATIONS, loopCount);
        startedIterations++;
        DataTable table = inObjects[0] == null ? DataTable.empty(new DataTableSpec()) : (DataTable) inObjects[0];
        return new PortObject[] {table};
    }

    @Override
    public boolean terminateLoop() {
        return startedIterations >= loopCount;
    }

    @Override
    protected void reset() {
        startedIterations = 0;
        loopCount = Integer.MAX_VALUE;
    }
}
