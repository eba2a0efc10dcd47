package org.spikeflow.core.node;

import org.spikeflow.core.data.DataTable;

/**
 * A loop end that feeds a table back to its loop start, KNIME's recursive loop: the start outputs its input in the
 * first iteration and, in every later one, the table the end received for feeding back.
 */
public interface RecursiveLoopEndNode extends LoopEndNode {
    /** The table the loop start outputs in the next iteration, or null before the end first executed. */
    DataTable getInDataForNextIteration();
}
