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
import org.spikeflow.core.port.EmptyPortObject;
import org.spikeflow.core.port.GenericPorts;
import org.spikeflow.core.port.PortObject;
import org.spikeflow.core.port.PortObjectSpec;
import org.spikeflow.core.port.PortType;
import org.spikeflow.core.settings.InvalidSettingsException;

/**
 * Outputs its input in the first iteration and, in every later one, the table its Recursive Loop End fed back, so each
 * iteration works on the result of the previous one. A second, generic port does the same for any object (e.g. a model
 * trained further in every iteration); it carries nothing (empty) in the first iteration when unconnected.
 */
public class RecursiveLoopStartNodeModel extends NodeModel<RecursiveLoopStartNodeSettings>
        implements
            LoopStartNode,
            RecursiveLoopStart {

    private int startedIterations;
    private DataTableSpec initialSpec;

    public RecursiveLoopStartNodeModel() {
        super(new PortType[] {DataTable.TYPE, GenericPorts.ANY_OPTIONAL},
                new PortType[] {DataTable.TYPE, GenericPorts.ANY},
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
        return new PortObjectSpec[] {inSpecs[0], inSpecs[1]};
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
        PortObject object;
        if (startedIterations == 0) {
            output = input;
            object = inObjects[1];
        } else {
            RecursiveLoopEndNode end = requireRecursiveEnd(getLoopEndNode());
            object = end.getObjectForNextIteration();
            output = end.getInDataForNextIteration();
            if (output == null) {
                throw new IllegalStateException("Iteration " + startedIterations + " of the recursive loop has no"
                        + " table: the Recursive Loop End has not fed one back");
            }
        }
        pushFlowVariableInt(LoopVariables.CURRENT_ITERATION, startedIterations);
        startedIterations++;
        return new PortObject[] {output, object == null ? EmptyPortObject.INSTANCE : object};
    }

    @Override
    protected void reset() {
        startedIterations = 0;
    }
}
