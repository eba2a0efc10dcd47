package org.spikeflow.core.port;

import org.osgi.annotation.versioning.ConsumerType;

/** What is known about a port's data before execution (e.g. a table's columns), used at configure time. */
@ConsumerType
public interface PortObjectSpec {
    /** One line for views and logs. */
    String summary();
}
