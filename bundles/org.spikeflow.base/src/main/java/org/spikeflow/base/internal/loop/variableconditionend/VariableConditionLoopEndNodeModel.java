package org.spikeflow.base.internal.loop.variableconditionend;

import java.util.ArrayList;
import java.util.List;

import org.spikeflow.base.internal.FlowVariableColumns;
import org.spikeflow.base.internal.loop.CollectingLoopEndModel;
import org.spikeflow.core.data.DataTable;
import org.spikeflow.core.data.DataTableBuilder;
import org.spikeflow.core.data.DataTableSpec;
import org.spikeflow.core.data.DataType;
import org.spikeflow.core.flowvar.FlowVariable;
import org.spikeflow.core.flowvar.FlowVariableType;
import org.spikeflow.core.node.ExecutionContext;
import org.spikeflow.core.node.LoopStartNode;
import org.spikeflow.core.node.LoopStartNodeTerminator;
import org.spikeflow.core.port.PortObject;
import org.spikeflow.core.port.PortObjectSpec;
import org.spikeflow.core.port.PortType;
import org.spikeflow.core.settings.InvalidSettingsException;

/**
 * Ends a loop once a flow variable meets a condition, KNIME's Variable Condition Loop End. Works with any loop start;
 * with one that knows its count (Counting Loop Start) the loop also ends when the count is exhausted.
 */
public class VariableConditionLoopEndNodeModel extends CollectingLoopEndModel<VariableConditionLoopEndNodeSettings> {

    /** The tested variable's value and the iteration number, per iteration of the running loop. */
    private final List<Object> variableValues = new ArrayList<>();
    private final List<Integer> variableIterations = new ArrayList<>();

    public VariableConditionLoopEndNodeModel() {
        super(new PortType[] {DataTable.TYPE}, new PortType[] {DataTable.TYPE, DataTable.TYPE},
                VariableConditionLoopEndNodeSettings.class);
    }

    @Override
    protected CollectOptions collectOptions() {
        VariableConditionLoopEndNodeSettings s = getSettings();
        return new CollectOptions(s.addIterationColumn, s.iterationColumnName, s.allowChangingSpecs);
    }

    @Override
    protected PortObjectSpec[] configure(PortObjectSpec[] inSpecs) throws InvalidSettingsException {
        VariableConditionLoopEndNodeSettings s = getSettings();
        FlowVariable variable = peekFlowVariable(s.variable);
        VariableCondition.create(variable, s.operator, s.value); // checks the value fits the variable's type
        if (s.variable.equals(s.iterationColumnName)) {
            throw new InvalidSettingsException("The tested flow variable '" + s.variable + "' has the same name as"
                    + " the iteration column; change setting 'iterationColumnName'");
        }
        return new PortObjectSpec[] {collectedSpec((DataTableSpec) inSpecs[0]), variableTableSpec(variable.getType())};
    }

    private DataTableSpec variableTableSpec(FlowVariableType type) {
        return DataTableSpec.of(getSettings().variable, FlowVariableColumns.columnType(type),
                getSettings().iterationColumnName,
                DataType.INT);
    }

    @Override
    protected PortObject[] execute(PortObject[] inObjects, ExecutionContext exec) throws Exception {
        VariableConditionLoopEndNodeSettings s = getSettings();
        LoopStartNode start = getLoopStartNode();
        countIteration();
        int iteration = currentIterationNumber();
        DataTable table = (DataTable) inObjects[0];
        FlowVariable variable = peekFlowVariable(s.variable);
        VariableCondition condition = VariableCondition.create(variable, s.operator, s.value);

        variableValues.add(variable.getValue());
        variableIterations.add(iteration);
        boolean conditionHolds = condition.test(variable);
        if (conditionHolds) {
            if (s.includeLastIteration) {
                collect(table, iteration);
            }
            return finish(table.getSpec(), variable.getType());
        }
        collect(table, iteration);
        if (start instanceof LoopStartNodeTerminator terminator && terminator.terminateLoop()) {
            getLogger().info("Loop ended because its start ran all its iterations; condition " + condition
                    + " did not hold (last value " + variable.getStringValue() + ")");
            return finish(table.getSpec(), variable.getType());
        }
        if (executedIterations() >= s.maxIterations) {
            setWarningMessage("The condition " + condition + " never held in " + executedIterations()
                    + " iterations (last value of '" + s.variable + "': " + variable.getStringValue()
                    + "); the loop stopped at the guard 'maxIterations' = " + s.maxIterations);
            return finish(table.getSpec(), variable.getType());
        }
        continueLoop();
        return null;
    }

    private PortObject[] finish(DataTableSpec emptySpec, FlowVariableType type) {
        DataTableBuilder values = new DataTableBuilder(variableTableSpec(type), variableValues.size());
        for (int i = 0; i < variableValues.size(); i++) {
            Object value = variableValues.get(i);
            // An int variable may turn into a double one during the loop; the column follows the last type.
            values.appendRow(value instanceof Number n && type == FlowVariableType.INT ? (Object) n.intValue() : value,
                    variableIterations.get(i));
        }
        DataTable collected = finishCollecting(emptySpec);
        return new PortObject[] {collected, values.build()};
    }

    @Override
    protected void clearState() {
        super.clearState();
        variableValues.clear();
        variableIterations.clear();
    }
}
