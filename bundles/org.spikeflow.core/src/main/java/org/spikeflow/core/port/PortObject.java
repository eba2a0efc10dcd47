package org.spikeflow.core.port;

import org.osgi.annotation.versioning.ConsumerType;

/** The data a node produces at an output port after execution. Port objects are immutable once created. */
@ConsumerType
public interface PortObject {
    PortObjectSpec getSpec();

    /** One line for views and logs, e.g. "800 rows, 2 columns". */
    String summary();
}
