package org.spikeflow.base.internal.loop.variableconditionend;

import org.spikeflow.base.internal.CellValues;
import org.spikeflow.core.flowvar.FlowVariable;
import org.spikeflow.core.flowvar.FlowVariableType;
import org.spikeflow.core.settings.InvalidSettingsException;

/**
 * A test {@code variable OP value}: numerically for int and double variables, as true/false for booleans (only == and
 * != make sense, but false &lt; true is defined), lexically for strings.
 */
final class VariableCondition {
    private final String variable;
    private final FlowVariableType type;
    private final ComparisonOperator operator;
    private final String valueText;
    private final double number;
    private final boolean bool;

    private VariableCondition(String variable, FlowVariableType type, ComparisonOperator operator, String valueText,
            double number, boolean bool) {
        this.variable = variable;
        this.type = type;
        this.operator = operator;
        this.valueText = valueText;
        this.number = number;
        this.bool = bool;
    }

    /**
     * @throws InvalidSettingsException
     *             if the value does not fit the variable's type
     */
    static VariableCondition create(FlowVariable variable, ComparisonOperator operator, String valueText)
            throws InvalidSettingsException {
        double number = Double.NaN;
        boolean bool = false;
        switch (variable.getType()) {
            case INT, DOUBLE -> {
                try {
                    number = CellValues.parseDouble(valueText);
                } catch (NumberFormatException e) {
                    throw new InvalidSettingsException("Setting 'value' is '" + valueText + "', which is not a number,"
                            + " but flow variable '" + variable.getName() + "' is " + variable.getType().label()
                            + " and is compared numerically");
                }
            }
            case BOOLEAN -> {
                try {
                    bool = CellValues.parseBoolean(valueText);
                } catch (IllegalArgumentException e) {
                    throw new InvalidSettingsException("Setting 'value' is '" + valueText + "', but flow variable '"
                            + variable.getName() + "' is boolean: the value must be true or false");
                }
            }
            case STRING -> {
                // compared as text
            }
        }
        return new VariableCondition(variable.getName(), variable.getType(), operator, valueText, number, bool);
    }

    /**
     * @throws InvalidSettingsException
     *             if the variable changed its type since the condition was set up
     */
    boolean test(FlowVariable current) throws InvalidSettingsException {
        boolean numeric = type == FlowVariableType.INT || type == FlowVariableType.DOUBLE;
        boolean currentNumeric = current.getType() == FlowVariableType.INT
                || current.getType() == FlowVariableType.DOUBLE;
        if (numeric ? !currentNumeric : current.getType() != type) {
            throw new InvalidSettingsException("Flow variable '" + variable + "' changed its type from " + type.label()
                    + " to " + current.getType().label() + " during the loop");
        }
        if (numeric) {
            double value = current.getDoubleValue();
            // NaN meets no condition but "!=".
            if (Double.isNaN(value) || Double.isNaN(number)) {
                return operator == ComparisonOperator.NE;
            }
            return operator.holds(value == number ? 0 : value < number ? -1 : 1); // 0.0 == -0.0
        }
        if (type == FlowVariableType.BOOLEAN) {
            return operator.holds(Boolean.compare(current.getBooleanValue(), bool));
        }
        return operator.holds(current.getStringValue().compareTo(valueText));
    }

    @Override
    public String toString() {
        return variable + " " + operator.symbol() + " "
                + (type == FlowVariableType.STRING ? "'" + valueText + "'" : valueText);
    }
}
