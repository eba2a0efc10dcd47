package org.spikeflow.base.internal;

import org.spikeflow.core.data.DataType;
import org.spikeflow.core.flowvar.FlowVariable;
import org.spikeflow.core.flowvar.FlowVariableType;

/** The mapping between flow variable types and column types, shared by the nodes that turn one into the other. */
public final class FlowVariableColumns {
    private FlowVariableColumns() {
    }

    public static DataType columnType(FlowVariableType type) {
        return switch (type) {
            case INT -> DataType.INT;
            case DOUBLE -> DataType.DOUBLE;
            case BOOLEAN -> DataType.BOOLEAN;
            case STRING -> DataType.STRING;
        };
    }

    /** A placeholder of the given type, pushed at configure so that settings can bind to it before execution. */
    public static FlowVariable placeholder(String name, FlowVariableType type) {
        return switch (type) {
            case INT -> FlowVariable.ofInt(name, 0);
            case DOUBLE -> FlowVariable.ofDouble(name, 0.0);
            case BOOLEAN -> FlowVariable.ofBoolean(name, false);
            case STRING -> FlowVariable.ofString(name, "");
        };
    }
}
