package org.spikeflow.base.internal.flowvar.expression;

import java.util.LinkedHashMap;
import java.util.Map;

import org.spikeflow.base.internal.expression.Expression;
import org.spikeflow.base.internal.expression.ExpressionException;
import org.spikeflow.core.flowvar.FlowVariable;
import org.spikeflow.core.node.ExecutionContext;
import org.spikeflow.core.node.NodeModel;
import org.spikeflow.core.port.FlowVariablePortObject;
import org.spikeflow.core.port.FlowVariablePortObjectSpec;
import org.spikeflow.core.port.PortObject;
import org.spikeflow.core.port.PortObjectSpec;
import org.spikeflow.core.port.PortType;
import org.spikeflow.core.settings.InvalidSettingsException;

/** Computes a flow variable from an expression over other flow variables. */
public class VariableExpressionNodeModel extends NodeModel<VariableExpressionNodeSettings> {

    /** Parsed once per distinct expression text: inside loops the same text is evaluated every iteration. */
    private Expression parsed;

    public VariableExpressionNodeModel() {
        super(new PortType[] {FlowVariablePortObject.TYPE_OPTIONAL}, new PortType[] {FlowVariablePortObject.TYPE},
                VariableExpressionNodeSettings.class);
    }

    @Override
    protected PortObjectSpec[] configure(PortObjectSpec[] inSpecs) throws InvalidSettingsException {
        // At configure the inputs may be placeholders; evaluating still checks types and announces the result type.
        pushFlowVariable(compute());
        return new PortObjectSpec[] {FlowVariablePortObjectSpec.INSTANCE};
    }

    @Override
    protected PortObject[] execute(PortObject[] inObjects, ExecutionContext exec) throws InvalidSettingsException {
        pushFlowVariable(compute());
        return new PortObject[] {FlowVariablePortObject.INSTANCE};
    }

    private FlowVariable compute() throws InvalidSettingsException {
        VariableExpressionNodeSettings s = getSettings();
        Expression expression = parse(s.expression);
        Map<String, Object> values = new LinkedHashMap<>();
        getAvailableFlowVariables().forEach((name, variable) -> values.put(name, variable.getValue()));
        Object result;
        try {
            result = expression.evaluate(values);
        } catch (ExpressionException e) {
            throw new InvalidSettingsException("Setting 'expression': " + e.getMessage(), e);
        }
        return toVariable(s.variableName.trim(), result, s.resultType);
    }

    private Expression parse(String text) throws InvalidSettingsException {
        if (parsed == null || !parsed.text().equals(text)) {
            try {
                parsed = Expression.parse(text);
            } catch (ExpressionException e) {
                throw new InvalidSettingsException("Setting 'expression': " + e.getMessage(), e);
            }
        }
        return parsed;
    }

    private static FlowVariable toVariable(String name, Object result, ResultType type)
            throws InvalidSettingsException {
        switch (type) {
            case AUTO :
                if (result instanceof Double d) {
                    return FlowVariable.ofDouble(name, d);
                }
                return result instanceof Boolean b
                        ? FlowVariable.ofBoolean(name, b)
                        : FlowVariable.ofString(name, (String) result);
            case INT :
                double number = requireNumber(result, type);
                if (number != Math.rint(number) || number < Integer.MIN_VALUE || number > Integer.MAX_VALUE) {
                    throw new InvalidSettingsException("The expression gives " + Expression.toText(result)
                            + ", which is not an int; wrap it in round(), floor() or ceil(), or choose result type"
                            + " DOUBLE");
                }
                return FlowVariable.ofInt(name, (int) number);
            case DOUBLE :
                return FlowVariable.ofDouble(name, requireNumber(result, type));
            case BOOLEAN :
                if (result instanceof Boolean b) {
                    return FlowVariable.ofBoolean(name, b);
                }
                throw wrongType(result, type);
            default :
                return FlowVariable.ofString(name, Expression.toText(result));
        }
    }

    private static double requireNumber(Object result, ResultType type) throws InvalidSettingsException {
        if (result instanceof Double d) {
            return d;
        }
        throw wrongType(result, type);
    }

    private static InvalidSettingsException wrongType(Object result, ResultType type) {
        String kind = result instanceof Boolean ? "boolean" : result instanceof String ? "string" : "number";
        return new InvalidSettingsException("The expression gives the " + kind + " "
                + (result instanceof String ? "\"" + result + "\"" : Expression.toText(result))
                + " but setting 'resultType' is " + type + "; choose result type AUTO or " + suggest(kind));
    }

    private static String suggest(String kind) {
        return switch (kind) {
            case "boolean" -> "BOOLEAN";
            case "string" -> "STRING";
            default -> "DOUBLE";
        };
    }

    @Override
    protected void reset() {
        parsed = null;
    }
}
