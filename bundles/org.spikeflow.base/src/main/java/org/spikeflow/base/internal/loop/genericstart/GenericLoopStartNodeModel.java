package org.spikeflow.base.internal.loop.genericstart;

import org.spikeflow.base.internal.loop.LoopVariables;
import org.spikeflow.core.data.DataTable;
import org.spikeflow.core.data.DataTableSpec;
import org.spikeflow.core.node.ExecutionContext;
import org.spikeflow.core.node.LoopStartNode;
import org.spikeflow.core.node.NodeModel;
import org.spikeflow.core.port.PortObject;
import org.spikeflow.core.port.PortObjectSpec;
import org.spikeflow.core.port.PortType;

/** Starts a loop without a count: the loop end (e.g. Variable Condition Loop End) decides when to stop. */
public class GenericLoopStartNodeModel extends NodeModel<GenericLoopStartNodeSettings> implements LoopStartNode {

    private int startedIterations;

    public GenericLoopStartNodeModel() {
        super(new PortType[] {DataTable.TYPE_OPTIONAL}, new PortType[] {DataTable.TYPE},
                GenericLoopStartNodeSettings.class);
    }

    @Override
    protected PortObjectSpec[] configure(PortObjectSpec[] inSpecs) {
        pushFlowVariableInt(LoopVariables.CURRENT_ITERATION, 0);
        return new PortObjectSpec[] {inSpecs[0]};
    }

    @Override
    protected PortObject[] execute(PortObject[] inObjects, ExecutionContext exec) {
        pushFlowVariableInt(LoopVariables.CURRENT_ITERATION, startedIterations);
        startedIterations++;
        DataTable table = inObjects[0] == null ? DataTable.empty(new DataTableSpec()) : (DataTable) inObjects[0];
        return new PortObject[] {table};
    }

    @Override
    protected void reset() {
        startedIterations = 0;
    }
}
