package org.spikeflow.base.internal.flowvar.expression;

/** The type of the variable a Variable Expression creates. */
public enum ResultType {
    /** Numbers give a double, comparisons a boolean, text a string. */
    AUTO,
    /** A whole number; a fractional result is an error (round it with round(), floor() or ceil()). */
    INT, DOUBLE, BOOLEAN,
    /** Any result as text; whole numbers are written without ".0". */
    STRING
}
