package org.spikeflow.core.port;

/** The data a node produces at an output port after execution. Port objects are immutable once created. */
public interface PortObject {
    PortObjectSpec getSpec();

    /** One line for views and logs, e.g. "800 rows, 2 columns". */
    String summary();
}
