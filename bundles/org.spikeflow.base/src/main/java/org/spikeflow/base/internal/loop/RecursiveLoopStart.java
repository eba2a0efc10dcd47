package org.spikeflow.base.internal.loop;

import org.spikeflow.core.data.DataTableSpec;

/** A loop start whose loop end feeds tables back to it; lets the end check what it feeds back. */
public interface RecursiveLoopStart {
    /** The columns of the start's initial input (null before it was configured with a known spec). */
    DataTableSpec getInitialSpec();
}
