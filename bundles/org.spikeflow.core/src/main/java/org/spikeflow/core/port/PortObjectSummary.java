package org.spikeflow.core.port;

import java.util.Map;

import org.osgi.annotation.versioning.ConsumerType;

/**
 * A port object that can describe itself as key/value pairs for a port view (e.g. a trained model: architecture,
 * training epochs, loss), beyond its one-line {@link PortObject#summary()}. Viewers depend on this interface, never on
 * the bundle that provides the port object.
 */
@ConsumerType
public interface PortObjectSummary extends PortObject {
    /** Ordered fields; values are strings, numbers or booleans. */
    Map<String, Object> summaryFields();
}
