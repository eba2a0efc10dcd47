package org.spikeflow.core.port;

/** What is known about a port's data before execution (e.g. a table's columns), used at configure time. */
public interface PortObjectSpec {
    /** One line for views and logs. */
    String summary();
}
