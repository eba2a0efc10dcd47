package org.spikeflow.core.node;

import org.osgi.annotation.versioning.ConsumerType;
import org.spikeflow.core.data.DataTable;
import org.spikeflow.core.port.PortObject;

/**
 * A loop end that feeds a table back to its loop start, KNIME's recursive loop: the start outputs its input in the
 * first iteration and, in every later one, the table the end received for feeding back.
 */
@ConsumerType
public interface RecursiveLoopEndNode extends LoopEndNode {
    /** The table the loop start outputs in the next iteration, or null before the end first executed. */
    DataTable getInDataForNextIteration();

    /**
     * The object (e.g. a trained model) the loop start outputs at its object port in the next iteration, or null when
     * none was fed back.
     */
    default PortObject getObjectForNextIteration() {
        return null;
    }
}
