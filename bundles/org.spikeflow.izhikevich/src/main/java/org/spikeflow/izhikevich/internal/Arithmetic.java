package org.spikeflow.izhikevich.internal;

import org.spikeflow.izhikevich.Precision;

/**
 * The arithmetic of a run's precision, so that a scheme writes its rule once for both precisions: values are held as
 * double, and each operation is Java's double operation in {@link #DOUBLE} and Java's float operation in {@link #FLOAT}
 * (on operands that are floats already, so narrowing them is exact, and widening the result is exact too). A float run
 * is therefore float arithmetic bit for bit, provided the rule rounds what enters it ({@link #round}: parameters, dt,
 * inputs) and writes every operation on these values as one call here, in the order of the float expression (Java never
 * fuses {@code a*b + c}); an operation written with Java's operators instead is a double operation and breaks float
 * runs. The JIT drops the widening and narrowing between consecutive operations, so float rules run as float code.
 */
public final class Arithmetic {

    public static final Arithmetic DOUBLE = new Arithmetic(false);
    public static final Arithmetic FLOAT = new Arithmetic(true);

    private final boolean single;

    private Arithmetic(boolean single) {
        this.single = single;
    }

    /** @return the arithmetic of the given precision */
    public static Arithmetic of(Precision precision) {
        return precision == Precision.FLOAT ? FLOAT : DOUBLE;
    }

    /** @return x in this precision: a parameter, input or constant entering the rule */
    public double round(double x) {
        return single ? (float) x : x;
    }

    /** @return x + y in this precision */
    public double add(double x, double y) {
        return single ? (double) ((float) x + (float) y) : x + y;
    }

    /** @return x − y in this precision */
    public double sub(double x, double y) {
        return single ? (double) ((float) x - (float) y) : x - y;
    }

    /** @return x · y in this precision */
    public double mul(double x, double y) {
        return single ? (double) ((float) x * (float) y) : x * y;
    }

    /** @return x / y in this precision */
    public double div(double x, double y) {
        return single ? (double) ((float) x / (float) y) : x / y;
    }

    @Override
    public String toString() {
        return single ? "float" : "double";
    }
}
