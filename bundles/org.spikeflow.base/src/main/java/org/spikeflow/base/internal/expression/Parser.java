package org.spikeflow.base.internal.expression;

import java.util.ArrayList;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Supplier;

import org.spikeflow.base.internal.expression.Ast.Node;
import org.spikeflow.base.internal.expression.Token.Kind;
import org.spikeflow.core.util.EchoedInput;

/**
 * Recursive-descent parser. Precedence, lowest first: {@code ?:} (right-associative), {@code ||}, {@code &&},
 * {@code == !=}, {@code < <= > >=}, {@code + -}, {@code * / %}, unary {@code - + !}, {@code ^} (right-associative,
 * binds tighter than unary minus: {@code -2^2 = -4}).
 */
final class Parser {
    private static final String OPERAND = "a number, string, variable, function call or '('";
    /**
     * How deep the syntax tree (operators, parentheses, function calls) may nest. Parsing and evaluation recurse once
     * per level, so a 3000-term sum or 1000 nested parentheses would overflow the thread's stack; 200 levels are far
     * more than any hand-written expression needs.
     */
    static final int MAX_DEPTH = 200;

    private final String text;
    private final List<Token> tokens;
    private final Set<String> variables;
    private int index;
    /** Recursion depth of the parser right now (parentheses, unary operators, function arguments, '?:'). */
    private int nesting;
    /** The height of each subtree built so far (a leaf is 1). */
    private final Map<Node, Integer> heights = new IdentityHashMap<>();

    private Parser(String text, Set<String> variables) {
        this.text = text;
        this.tokens = Lexer.tokenize(text);
        this.variables = variables;
    }

    /** Parses {@code text}; the names of referenced variables are added to {@code variables}. */
    static Node parse(String text, Set<String> variables) {
        Parser parser = new Parser(text, variables);
        if (parser.peek().kind() == Kind.END) {
            throw error("The expression is empty", -1, text);
        }
        Node root = parser.ternary();
        Token rest = parser.peek();
        if (rest.kind() != Kind.END) {
            String hint = rest.is(")") ? " (no matching '(')" : "; expected an operator or the end of the expression";
            throw parser.unexpected(rest, hint);
        }
        return root;
    }

    /** An error at the 0-based {@code offset} in {@code text} (-1 for none). Positions in messages are 1-based. */
    static ExpressionException error(String message, int offset, String text) {
        String shown = EchoedInput.shorten(text);
        if (offset < 0) {
            return new ExpressionException(message + " in \"" + shown + "\"", -1);
        }
        return new ExpressionException(message + " at position " + (offset + 1) + " in \"" + shown + "\"", offset + 1);
    }

    private ExpressionException unexpected(Token token, String hint) {
        return error("Unexpected " + token.describe() + hint, token.position(), text);
    }

    /** Enters one level of parser recursion; fails cleanly instead of overflowing the stack. */
    private void enter(int position) {
        if (++nesting > MAX_DEPTH) {
            throw tooDeep(position);
        }
    }

    private void leave() {
        nesting--;
    }

    /** Records the height of a new tree node, failing if the tree grows deeper than {@link #MAX_DEPTH}. */
    private Node built(Node node, int position, Node... children) {
        int height = 1;
        for (Node child : children) {
            height = Math.max(height, heights.getOrDefault(child, 1) + 1);
        }
        if (height > MAX_DEPTH) {
            throw tooDeep(position);
        }
        heights.put(node, height);
        return node;
    }

    private ExpressionException tooDeep(int position) {
        return error("The expression nests more than " + MAX_DEPTH + " levels deep (operators, parentheses or"
                + " function calls); split it into several steps", position, text);
    }

    private Token peek() {
        return tokens.get(index);
    }

    private Token advance() {
        return tokens.get(index++);
    }

    private boolean accept(String operator) {
        if (peek().is(operator)) {
            index++;
            return true;
        }
        return false;
    }

    private void expect(String operator, String context) {
        if (!accept(operator)) {
            throw unexpected(peek(), "; expected '" + operator + "' " + context);
        }
    }

    private Node ternary() {
        enter(peek().position());
        try {
            Node condition = or();
            if (peek().is("?")) {
                int position = advance().position();
                Node whenTrue = ternary();
                expect(":", "of the '?' at position " + (position + 1));
                Node whenFalse = ternary();
                return built(new Ast.Conditional(condition, whenTrue, whenFalse, position), position, condition,
                        whenTrue, whenFalse);
            }
            return condition;
        } finally {
            leave();
        }
    }

    private Node or() {
        return leftAssociative(this::and, "||");
    }

    private Node and() {
        return leftAssociative(this::equality, "&&");
    }

    private Node equality() {
        return leftAssociative(this::comparison, "==", "!=");
    }

    private Node comparison() {
        return leftAssociative(this::additive, "<", "<=", ">", ">=");
    }

    private Node additive() {
        return leftAssociative(this::multiplicative, "+", "-");
    }

    private Node multiplicative() {
        return leftAssociative(this::unary, "*", "/", "%");
    }

    /** One precedence level of left-associative binary operators over operands of the next tighter level. */
    private Node leftAssociative(Supplier<Node> operand, String... operators) {
        Node left = operand.get();
        while (nextIsOneOf(operators)) {
            Token operator = advance();
            Node right = operand.get();
            left = built(new Ast.Binary(operator.text(), left, right, operator.position()), operator.position(),
                    left, right);
        }
        return left;
    }

    private boolean nextIsOneOf(String... operators) {
        for (String operator : operators) {
            if (peek().is(operator)) {
                return true;
            }
        }
        return false;
    }

    private Node unary() {
        if (nextIsOneOf("-", "+", "!")) {
            Token operator = advance();
            enter(operator.position());
            try {
                Node operand = unary();
                return built(new Ast.Unary(operator.text(), operand, operator.position()), operator.position(),
                        operand);
            } finally {
                leave();
            }
        }
        return power();
    }

    private Node power() {
        Node base = primary();
        if (peek().is("^")) {
            Token operator = advance();
            // The exponent may itself be signed (2^-1) and is right-associative (2^3^2 = 2^9).
            enter(operator.position());
            Node exponent;
            try {
                exponent = unary();
            } finally {
                leave();
            }
            return built(new Ast.Binary("^", base, exponent, operator.position()), operator.position(), base, exponent);
        }
        return base;
    }

    private Node primary() {
        Token token = advance();
        switch (token.kind()) {
            case NUMBER :
                return new Ast.Literal(Double.parseDouble(token.text()));
            case STRING :
                return new Ast.Literal(token.text());
            case VARIABLE :
                variables.add(token.text());
                return new Ast.Variable(token.text(), token.position());
            case IDENTIFIER :
                return identifier(token);
            case OPERATOR :
                if (token.is("(")) {
                    Node inner = ternary();
                    expect(")", "to close the '(' at position " + (token.position() + 1));
                    return inner;
                }
                throw unexpected(token, "; expected " + OPERAND);
            default :
                throw unexpected(token, "; expected " + OPERAND);
        }
    }

    private Node identifier(Token token) {
        String name = token.text();
        if (!peek().is("(")) {
            switch (name) {
                case "true" :
                    return new Ast.Literal(Boolean.TRUE);
                case "false" :
                    return new Ast.Literal(Boolean.FALSE);
                case "pi" :
                    return new Ast.Literal(Math.PI);
                case "e" :
                    return new Ast.Literal(Math.E);
                default :
                    throw error("Unknown name '" + name + "'; variables are written $" + name
                            + " (or ${...} for names with spaces), constants are pi, e, true and false",
                            token.position(),
                            text);
            }
        }
        advance(); // '('
        List<Node> arguments = new ArrayList<>();
        if (!peek().is(")")) {
            do {
                arguments.add(ternary());
            } while (accept(","));
        }
        expect(")", "to close the argument list of " + name + "() at position " + (token.position() + 1));
        if (name.equals("if")) {
            if (arguments.size() != 3) {
                throw error("Function if() expects 3 arguments (condition, value if true, value if false) but got "
                        + arguments.size(), token.position(), text);
            }
            return built(new Ast.Conditional(arguments.get(0), arguments.get(1), arguments.get(2), token.position()),
                    token.position(), arguments.toArray(Node[]::new));
        }
        Functions.Definition function = Functions.ALL.get(name);
        if (function == null) {
            throw error("Unknown function '" + name + "'; known functions: " + String.join(", ", Functions.ALL.keySet())
                    + ", if", token.position(), text);
        }
        if (arguments.size() < function.minArgs() || arguments.size() > function.maxArgs()) {
            throw error("Function " + name + "() expects " + function.arity() + " but got " + arguments.size(),
                    token.position(), text);
        }
        return built(new Ast.Call(function, List.copyOf(arguments), token.position()), token.position(),
                arguments.toArray(Node[]::new));
    }
}
