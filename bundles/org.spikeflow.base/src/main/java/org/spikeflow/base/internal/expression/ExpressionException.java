package org.spikeflow.base.internal.expression;

/**
 * An expression could not be parsed or evaluated. The message names the position (1-based column) in the expression
 * text and what was wrong or expected there.
 */
public class ExpressionException extends RuntimeException {
    private static final long serialVersionUID = 1L;

    private final int position;

    ExpressionException(String message, int position) {
        super(message);
        this.position = position;
    }

    /** The 1-based column in the expression text the error refers to, or -1 if it concerns the whole expression. */
    public int getPosition() {
        return position;
    }
}
