package org.spikeflow.base.internal.loop.recursiveend;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

import org.spikeflow.base.internal.loop.CollectingLoopEndModel;
import org.spikeflow.base.internal.loop.RecursiveLoopStart;
import org.spikeflow.core.data.DataColumnSpec;
import org.spikeflow.core.data.DataTable;
import org.spikeflow.core.data.DataTableSpec;
import org.spikeflow.core.flowvar.FlowVariable;
import org.spikeflow.core.flowvar.FlowVariableType;
import org.spikeflow.core.node.ExecutionContext;
import org.spikeflow.core.node.LoopStartNode;
import org.spikeflow.core.node.RecursiveLoopEndNode;
import org.spikeflow.core.port.EmptyPortObject;
import org.spikeflow.core.port.GenericPorts;
import org.spikeflow.core.port.PortObject;
import org.spikeflow.core.port.PortObjectSpec;
import org.spikeflow.core.port.PortType;
import org.spikeflow.core.settings.InvalidSettingsException;

/**
 * Closes a recursive loop: collects input 0 of every iteration and feeds input 1 (and the object at the optional
 * generic input 2) back to the Recursive Loop Start, until the maximum number of iterations, too few rows to feed back,
 * or an end-loop flow variable stops it.
 */
public class RecursiveLoopEndNodeModel extends CollectingLoopEndModel<RecursiveLoopEndNodeSettings>
        implements
            RecursiveLoopEndNode {

    private DataTable feedback;
    private PortObject feedbackObject;

    public RecursiveLoopEndNodeModel() {
        super(new PortType[] {DataTable.TYPE, DataTable.TYPE, GenericPorts.ANY_OPTIONAL},
                new PortType[] {DataTable.TYPE, DataTable.TYPE, GenericPorts.ANY},
                RecursiveLoopEndNodeSettings.class);
    }

    @Override
    public DataTable getInDataForNextIteration() {
        return feedback;
    }

    @Override
    public PortObject getObjectForNextIteration() {
        return feedbackObject;
    }

    @Override
    protected CollectOptions collectOptions() {
        RecursiveLoopEndNodeSettings s = getSettings();
        return new CollectOptions(s.addIterationColumn, s.iterationColumnName, s.allowChangingSpecs);
    }

    @Override
    protected PortObjectSpec[] configure(PortObjectSpec[] inSpecs) throws InvalidSettingsException {
        if (hasLoopPartner()) {
            DataTableSpec initial = recursiveStart(getLoopStartNode()).getInitialSpec();
            if (initial != null && inSpecs[1] != null) {
                checkFeedback(initial, (DataTableSpec) inSpecs[1]);
            }
        }
        endLoopVariable();
        return new PortObjectSpec[] {collectedSpec((DataTableSpec) inSpecs[0]), inSpecs[1], inSpecs[2]};
    }

    private static RecursiveLoopStart recursiveStart(LoopStartNode start) throws InvalidSettingsException {
        if (start instanceof RecursiveLoopStart recursive) {
            return recursive;
        }
        throw new InvalidSettingsException("A Recursive Loop End must close a loop started by a Recursive Loop Start;"
                + " this loop starts with " + start.getClass().getSimpleName().replace("NodeModel", ""));
    }

    /** The fed-back table must offer every column of the start's input, with the same type, for the next iteration. */
    private static void checkFeedback(DataTableSpec initial, DataTableSpec fedBack) throws InvalidSettingsException {
        List<String> missing = new ArrayList<>();
        for (DataColumnSpec column : initial.getColumns()) {
            int index = fedBack.findColumnIndex(column.name());
            if (index < 0) {
                missing.add("'" + column.name() + "'");
            } else if (fedBack.getColumnSpec(index).type() != column.type()) {
                throw new InvalidSettingsException("Column '" + column.name() + "' of the table fed back (input 1) is "
                        + fedBack.getColumnSpec(index).type().label() + " but " + column.type().label()
                        + " in the Recursive Loop Start's input; the next iteration needs the same type");
            }
        }
        if (!missing.isEmpty()) {
            throw new InvalidSettingsException(
                    "The table fed back (input 1) lacks column" + (missing.size() > 1 ? "s " : " ")
                            + String.join(", ", missing) + " of the Recursive Loop Start's input; it has "
                            + (fedBack.getNumColumns() == 0 ? "no columns" : fedBack.columnNames()));
        }
    }

    /** The end-loop variable's value, or empty when the setting is not used. */
    private Optional<Boolean> endLoopVariable() throws InvalidSettingsException {
        String name = getSettings().endLoopVariable;
        if (name == null || name.isBlank()) {
            return Optional.empty();
        }
        FlowVariable variable = peekFlowVariable(name.trim());
        if (variable.getType() != FlowVariableType.BOOLEAN) {
            throw new InvalidSettingsException("Setting 'endLoopVariable' names flow variable '" + variable.getName()
                    + "', which is " + variable.getType().label() + "; it must be a boolean (the loop stops when it"
                    + " is true)");
        }
        return Optional.of(variable.getBooleanValue());
    }

    @Override
    protected PortObject[] execute(PortObject[] inObjects, ExecutionContext exec) throws Exception {
        RecursiveLoopEndNodeSettings s = getSettings();
        RecursiveLoopStart start = recursiveStart(getLoopStartNode());
        DataTable collected = (DataTable) inObjects[0];
        DataTable fedBack = (DataTable) inObjects[1];
        if (start.getInitialSpec() != null) {
            checkFeedback(start.getInitialSpec(), fedBack.getSpec());
        }
        countIteration();
        collect(collected, currentIterationNumber());
        feedback = fedBack;
        feedbackObject = inObjects[2];

        String reason = null;
        if (executedIterations() >= s.maxIterations) {
            reason = "reached the maximum of " + s.maxIterations + " iterations";
        } else if (fedBack.getRowCount() < s.minimumRows) {
            reason = "the table fed back has " + fedBack.getRowCount() + " rows, fewer than " + s.minimumRows;
        } else if (endLoopVariable().orElse(false)) {
            reason = "flow variable '" + s.endLoopVariable.trim() + "' is true";
        }
        if (reason == null) {
            continueLoop();
            return null;
        }
        getLogger().debug("Recursive loop ended after " + executedIterations() + " iterations: " + reason);
        return new PortObject[] {finishCollecting(collected.getSpec()), fedBack,
                feedbackObject == null ? EmptyPortObject.INSTANCE : feedbackObject};
    }

    @Override
    protected void reset() {
        super.reset();
        feedback = null;
        feedbackObject = null;
    }
}
