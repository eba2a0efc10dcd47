package org.spikeflow.base.internal.loop;

import org.spikeflow.base.internal.TableConcatenator;
import org.spikeflow.core.data.DataTable;
import org.spikeflow.core.data.DataTableSpec;
import org.spikeflow.core.flowvar.FlowVariable;
import org.spikeflow.core.flowvar.FlowVariableType;
import org.spikeflow.core.node.LoopEndNode;
import org.spikeflow.core.node.NodeModel;
import org.spikeflow.core.port.PortType;
import org.spikeflow.core.settings.InvalidSettingsException;
import org.spikeflow.core.settings.NodeSettings;

/**
 * Base of the loop ends that concatenate the table of every iteration. Holds the collected tables across iterations
 * (the engine does not reset a loop end between iterations) and drops them on {@link #reset()} and once the loop has
 * produced its result.
 */
public abstract class CollectingLoopEndModel<S extends NodeSettings> extends NodeModel<S> implements LoopEndNode {

    /** How the iterations' tables are concatenated. */
    public record CollectOptions(boolean addIterationColumn, String iterationColumnName, boolean allowChangingSpecs) {
        String iterationColumnOrNull() {
            return addIterationColumn ? iterationColumnName : null;
        }
    }

    private TableConcatenator collector;
    private int executedIterations;

    protected CollectingLoopEndModel(PortType[] inPortTypes, PortType[] outPortTypes, Class<S> settingsClass) {
        super(inPortTypes, outPortTypes, settingsClass);
    }

    protected abstract CollectOptions collectOptions();

    /**
     * The spec of the concatenated table for an input spec, or null when it cannot be known before execution (unknown
     * input, or changing specs allowed).
     */
    protected final DataTableSpec collectedSpec(DataTableSpec inSpec) throws InvalidSettingsException {
        CollectOptions options = collectOptions();
        if (options.addIterationColumn() && options.iterationColumnName().isBlank()) {
            throw new InvalidSettingsException("Setting 'iterationColumnName' must not be empty while"
                    + " 'addIterationColumn' is on");
        }
        if (inSpec == null) {
            return null;
        }
        try {
            DataTableSpec spec = TableConcatenator.outputSpec(inSpec, options.iterationColumnOrNull());
            return options.allowChangingSpecs() ? null : spec;
        } catch (IllegalArgumentException e) {
            throw new InvalidSettingsException(e.getMessage());
        }
    }

    /**
     * The number of the running iteration: the {@code currentIteration} variable of the loop start if there is one,
     * else this end's own count (0-based). Call after {@link #countIteration()}.
     */
    protected final int currentIterationNumber() {
        return findFlowVariable(LoopVariables.CURRENT_ITERATION)
                .filter(v -> v.getType() == FlowVariableType.INT)
                .map(FlowVariable::getIntValue)
                .orElse(Math.max(0, executedIterations - 1));
    }

    /** How many iterations this end has executed in the current run of the loop, including the running one. */
    protected final int executedIterations() {
        return executedIterations;
    }

    /** Counts the running iteration; call once at the start of every execute. */
    protected final void countIteration() {
        executedIterations++;
    }

    /** Adds the running iteration's table. */
    protected final void collect(DataTable table, int iteration) {
        if (collector == null) {
            CollectOptions options = collectOptions();
            collector = new TableConcatenator(options.allowChangingSpecs(), options.iterationColumnOrNull());
        }
        collector.add(table, iteration);
    }

    /**
     * The concatenated table of all collected iterations; an empty table of {@code emptySpec} plus the iteration column
     * when nothing was collected. Clears the state so that a new run of the loop starts afresh.
     */
    protected final DataTable finishCollecting(DataTableSpec emptySpec) {
        DataTable result;
        if (collector == null || collector.isEmpty()) {
            CollectOptions options = collectOptions();
            result = DataTable.empty(TableConcatenator.outputSpec(emptySpec, options.iterationColumnOrNull()));
        } else {
            result = collector.build();
        }
        clearState();
        return result;
    }

    protected void clearState() {
        collector = null;
        executedIterations = 0;
    }

    @Override
    protected void reset() {
        clearState();
    }
}
