package org.spikeflow.base.internal.loop.countingstart;

import org.spikeflow.base.internal.loop.LoopVariables;
import org.spikeflow.base.internal.loop.PassThroughLoopStartModel;
import org.spikeflow.core.node.ExecutionContext;
import org.spikeflow.core.node.LoopStartNodeTerminator;
import org.spikeflow.core.port.PortObject;
import org.spikeflow.core.settings.InvalidSettingsException;

/** Runs the loop body a fixed number of times, passing its input through unchanged in every iteration. */
public class CountingLoopStartNodeModel extends PassThroughLoopStartModel<CountingLoopStartNodeSettings>
        implements
            LoopStartNodeTerminator {

    /** The loop count of the running loop, fixed when its iteration started. */
    private int loopCount = Integer.MAX_VALUE;

    public CountingLoopStartNodeModel() {
        super(CountingLoopStartNodeSettings.class);
    }

    @Override
    protected void pushLoopVariables() {
        pushFlowVariableInt(LoopVariables.MAX_ITERATIONS, getSettings().loopCount);
    }

    @Override
    protected PortObject[] execute(PortObject[] inObjects, ExecutionContext exec) throws InvalidSettingsException {
        loopCount = getSettings().loopCount;
        return super.execute(inObjects, exec);
    }

    @Override
    public boolean terminateLoop() {
        return startedIterations() >= loopCount;
    }

    @Override
    protected void reset() {
        super.reset();
        loopCount = Integer.MAX_VALUE;
    }
}
