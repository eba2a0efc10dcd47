package org.spikeflow.base.internal.loop;

import org.spikeflow.core.data.DataTable;
import org.spikeflow.core.data.DataTableSpec;
import org.spikeflow.core.node.ExecutionContext;
import org.spikeflow.core.node.LoopStartNode;
import org.spikeflow.core.node.NodeModel;
import org.spikeflow.core.port.PortObject;
import org.spikeflow.core.port.PortObjectSpec;
import org.spikeflow.core.port.PortType;
import org.spikeflow.core.settings.InvalidSettingsException;
import org.spikeflow.core.settings.NodeSettings;

/**
 * Base of the loop starts that pass their optional table input through unchanged in every iteration and number the
 * iterations from 0 in the {@code currentIteration} variable; an unconnected input gives an empty table.
 */
public abstract class PassThroughLoopStartModel<S extends NodeSettings> extends NodeModel<S> implements LoopStartNode {

    /** The number of iterations started in the current run of the loop. */
    private int startedIterations;

    protected PassThroughLoopStartModel(Class<S> settingsClass) {
        super(new PortType[] {DataTable.TYPE_OPTIONAL}, new PortType[] {DataTable.TYPE}, settingsClass);
    }

    /** Pushes the subclass's own loop variables after {@code currentIteration}, at configure and every iteration. */
    protected void pushLoopVariables() throws InvalidSettingsException {
    }

    /** The number of iterations started in the current run of the loop. */
    protected final int startedIterations() {
        return startedIterations;
    }

    @Override
    protected PortObjectSpec[] configure(PortObjectSpec[] inSpecs) throws InvalidSettingsException {
        // Downstream settings may bind to these before the loop runs; the first iteration is 0.
        pushFlowVariableInt(LoopVariables.CURRENT_ITERATION, 0);
        pushLoopVariables();
        // A null spec means "unknown" or "unconnected"; only execution can tell which.
        return new PortObjectSpec[] {inSpecs[0]};
    }

    @Override
    protected PortObject[] execute(PortObject[] inObjects, ExecutionContext exec) throws InvalidSettingsException {
        pushFlowVariableInt(LoopVariables.CURRENT_ITERATION, startedIterations);
        pushLoopVariables();
        startedIterations++;
        DataTable table = inObjects[0] == null ? DataTable.empty(new DataTableSpec()) : (DataTable) inObjects[0];
        return new PortObject[] {table};
    }

    @Override
    protected void reset() {
        startedIterations = 0;
    }
}
