package org.spikeflow.base.internal.expression;

/** A lexical token; {@code position} is the 0-based offset of its first character. */
record Token(Kind kind, String text, int position) {
    enum Kind {
        NUMBER, STRING, VARIABLE, IDENTIFIER, OPERATOR, END
    }

    boolean is(String operator) {
        return kind == Kind.OPERATOR && text.equals(operator);
    }

    /** How the token reads in an error message. */
    String describe() {
        return switch (kind) {
            case END -> "end of expression";
            case STRING -> "string \"" + org.spikeflow.core.util.EchoedInput.shorten(text) + "\"";
            case VARIABLE -> "variable $" + text;
            default -> "'" + org.spikeflow.core.util.EchoedInput.shorten(text) + "'";
        };
    }
}
