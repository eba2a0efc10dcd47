package org.spikeflow.base.internal.loop.end;

import org.spikeflow.base.internal.loop.CollectingLoopEndModel;
import org.spikeflow.core.data.DataTable;
import org.spikeflow.core.data.DataTableSpec;
import org.spikeflow.core.node.ExecutionContext;
import org.spikeflow.core.node.LoopStartNode;
import org.spikeflow.core.node.LoopStartNodeTerminator;
import org.spikeflow.core.port.PortObject;
import org.spikeflow.core.port.PortObjectSpec;
import org.spikeflow.core.port.PortType;
import org.spikeflow.core.settings.InvalidSettingsException;

/** Concatenates the tables of all iterations; stops when its loop start says the loop is done. */
public class LoopEndNodeModel extends CollectingLoopEndModel<LoopEndNodeSettings> {

    public LoopEndNodeModel() {
        super(new PortType[] {DataTable.TYPE}, new PortType[] {DataTable.TYPE}, LoopEndNodeSettings.class);
    }

    @Override
    protected CollectOptions collectOptions() {
        LoopEndNodeSettings s = getSettings();
        return new CollectOptions(s.addIterationColumn, s.iterationColumnName, s.allowChangingSpecs);
    }

    @Override
    protected PortObjectSpec[] configure(PortObjectSpec[] inSpecs) throws InvalidSettingsException {
        if (hasLoopPartner()) {
            requireTerminatingStart(getLoopStartNode());
        }
        return new PortObjectSpec[] {collectedSpec((DataTableSpec) inSpecs[0])};
    }

    private static LoopStartNodeTerminator requireTerminatingStart(LoopStartNode start)
            throws InvalidSettingsException {
        if (start instanceof LoopStartNodeTerminator terminator) {
            return terminator;
        }
        throw new InvalidSettingsException("Loop End cannot close this loop: its loop start ("
                + start.getClass().getSimpleName().replace("NodeModel", "") + ") does not decide when to stop."
                + " Use a Variable Condition Loop End, which stops when a flow variable meets a condition, or start"
                + " the loop with a Counting Loop Start");
    }

    @Override
    protected PortObject[] execute(PortObject[] inObjects, ExecutionContext exec) throws Exception {
        LoopStartNodeTerminator start = requireTerminatingStart(getLoopStartNode());
        countIteration();
        DataTable table = (DataTable) inObjects[0];
        collect(table, currentIterationNumber());
        if (!start.terminateLoop()) {
            continueLoop();
            return null;
        }
        return new PortObject[] {finishCollecting(table.getSpec())};
    }
}
