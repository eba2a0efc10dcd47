package org.spikeflow.base.internal.expression;

import java.util.List;
import java.util.function.Function;

/** The syntax tree. Nodes are immutable, so one parsed expression can be evaluated many times, also concurrently. */
final class Ast {
    private Ast() {
    }

    /** What evaluation needs besides the tree: the variable values, and the text for error messages. */
    record Scope(Function<String, Object> variables, String text, Iterable<String> available) {
    }

    interface Node {
        Object eval(Scope scope);
    }

    record Literal(Object value) implements Node {
        @Override
        public Object eval(Scope scope) {
            return value;
        }
    }

    record Variable(String name, int position) implements Node {
        @Override
        public Object eval(Scope scope) {
            Object value = scope.variables().apply(name);
            if (value == null) {
                StringBuilder message = new StringBuilder("Unknown variable '" + name + "'");
                if (scope.available() != null) {
                    List<String> names = new java.util.ArrayList<>();
                    scope.available().forEach(names::add);
                    message.append(names.isEmpty()
                            ? "; no variables are available"
                            : "; available variables: " + String.join(", ", names));
                }
                throw Parser.error(message.toString(), position, scope.text());
            }
            return Values.normalise(value, name, position, scope.text());
        }
    }

    record Unary(String operator, Node operand, int position) implements Node {
        @Override
        public Object eval(Scope scope) {
            Object value = operand.eval(scope);
            return switch (operator) {
                case "-" -> -Values.number(value, "unary '-'", position, scope.text());
                case "+" -> Values.number(value, "unary '+'", position, scope.text());
                default -> !Values.bool(value, "'!'", position, scope.text());
            };
        }
    }

    record Binary(String operator, Node left, Node right, int position) implements Node {
        @Override
        public Object eval(Scope scope) {
            String text = scope.text();
            if (operator.equals("&&") || operator.equals("||")) {
                boolean first = Values.bool(left.eval(scope), "'" + operator + "'", position, text);
                if (operator.equals("&&") ? !first : first) {
                    return first; // short-circuit
                }
                return Values.bool(right.eval(scope), "'" + operator + "'", position, text);
            }
            Object a = left.eval(scope);
            Object b = right.eval(scope);
            return switch (operator) {
                case "+" -> {
                    if (a instanceof String || b instanceof String) {
                        yield Values.toText(a) + Values.toText(b);
                    }
                    yield num(a, scope) + num(b, scope);
                }
                case "-" -> num(a, scope) - num(b, scope);
                case "*" -> num(a, scope) * num(b, scope);
                case "/" -> num(a, scope) / num(b, scope);
                case "%" -> num(a, scope) % num(b, scope);
                case "^" -> Math.pow(num(a, scope), num(b, scope));
                case "==" -> Values.equal(a, b, position, text);
                case "!=" -> !Values.equal(a, b, position, text);
                default -> {
                    int c = Values.compare(a, b, operator, position, text);
                    yield switch (operator) {
                        case "<" -> c < 0;
                        case "<=" -> c <= 0;
                        case ">" -> c > 0;
                        default -> c >= 0;
                    };
                }
            };
        }

        private double num(Object value, Scope scope) {
            return Values.number(value, "'" + operator + "'", position, scope.text());
        }
    }

    /** {@code c ? a : b} and {@code if(c, a, b)}: only the chosen branch is evaluated. */
    record Conditional(Node condition, Node whenTrue, Node whenFalse, int position) implements Node {
        @Override
        public Object eval(Scope scope) {
            boolean c = Values.bool(condition.eval(scope), "the condition", position, scope.text());
            return c ? whenTrue.eval(scope) : whenFalse.eval(scope);
        }
    }

    record Call(Functions.Definition function, List<Node> arguments, int position) implements Node {
        @Override
        public Object eval(Scope scope) {
            double[] values = new double[arguments.size()];
            for (int i = 0; i < values.length; i++) {
                values[i] = Values.number(arguments.get(i).eval(scope),
                        "argument " + (i + 1) + " of " + function.name() + "()", position, scope.text());
            }
            return function.apply(values);
        }
    }
}
