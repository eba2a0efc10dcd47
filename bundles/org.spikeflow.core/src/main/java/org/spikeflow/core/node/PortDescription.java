package org.spikeflow.core.node;

/** Documentation of one input or output port. */
public record PortDescription(int index, String name, String description, String portTypeId, String portTypeName,
        boolean optional) {
}
