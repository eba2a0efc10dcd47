package org.spikeflow.base.internal.loop.recursivestart;

import org.spikeflow.base.internal.loop.LoopVariables;
import org.spikeflow.base.internal.loop.RecursiveLoopStart;
import org.spikeflow.core.data.DataTable;
import org.spikeflow.core.data.DataTableSpec;
import org.spikeflow.core.node.ExecutionContext;
import org.spikeflow.core.node.LoopEndNode;
import org.spikeflow.core.node.LoopStartNode;
import org.spikeflow.core.node.NodeModel;
import org.spikeflow.core.node.RecursiveLoopEndNode;
import org.spikeflow.core.port.PortObject;
import org.spikeflow.core.port.PortObjectSpec;
import org.spikeflow.core.port.PortType;
import org.spikeflow.core.settings.InvalidSettingsException;

/**
 * Outputs its input in the first iteration and, in every later one, the table its Recursive Loop End fed back, so
 * each iteration works on the result of the previous one.
 */
public class RecursiveLoopStartNodeModel extends NodeModel<RecursiveLoopStartNodeSettings>
        implements LoopStartNode, RecursiveLoopStart {

    private int startedIterations;
    private DataTableSpec initialSpec;

    public RecursiveLoopStartNodeModel() {
        super(new PortType[] { DataTable.TYPE }, new PortType[] { DataTable.TYPE },
                RecursiveLoopStartNodeSettings.class);
    }

    @Override
    public DataTableSpec getInitialSpec() {
        return initialSpec;
    }

    @Override
    protected PortObjectSpec[] configure(PortObjectSpec[] inSpecs) throws InvalidSettingsException {
        if (hasLoopPartner()) {
            requireRecursiveEnd(getLoopEndNode());
        }
        if (inSpecs[0] != null) {
            initialSpec = (DataTableSpec) inSpecs[0];
        }
        pushFlowVariableInt(LoopVariables.CURRENT_ITERATION, 0);
        return new PortObjectSpec[] { inSpecs[0] };
    }

    private static RecursiveLoopEndNode requireRecursiveEnd(LoopEndNode end) throws InvalidSettingsException {
        if (end instanceof RecursiveLoopEndNode recursive) {
            return recursive;
        }
        throw new InvalidSettingsException("A Recursive Loop Start must be closed by a Recursive Loop End, which"
                + " feeds the table for the next iteration back; this loop ends with "
                + end.getClass().getSimpleName().replace("NodeModel", ""));
    }

    @Override
    protected PortObject[] execute(PortObject[] inObjects, ExecutionContext exec) throws Exception {
        DataTable input = (DataTable) inObjects[0];
        initialSpec = input.getSpec();
        DataTable output;
        if (startedIterations == 0) {
            output = input;
        } else {
            output = requireRecursiveEnd(getLoopEndNode()).getInDataForNextIteration();
            if (output == null) {
                throw new IllegalStateException("Iteration " + startedIterations + " of the recursive loop has no"
                        + " table: the Recursive Loop End has not fed one back");
            }
        }
        pushFlowVariableInt(LoopVariables.CURRENT_ITERATION, startedIterations);
        startedIterations++;
        return new PortObject[] { output };
    }

    @Override
    protected void reset() {
        startedIterations = 0;
    }
}
