package org.spikeflow.base.internal.expression;

import java.util.LinkedHashMap;
import java.util.Map;
import java.util.function.ToDoubleFunction;

/** The built-in numeric functions. {@code if} is not here: it is lazy and parsed as a conditional. */
final class Functions {
    /** A function taking between {@code minArgs} and {@code maxArgs} numbers. */
    record Definition(String name, int minArgs, int maxArgs, ToDoubleFunction<double[]> body) {
        Object apply(double[] args) {
            return body.applyAsDouble(args);
        }

        String arity() {
            if (maxArgs == Integer.MAX_VALUE) {
                return "at least " + minArgs + " argument" + (minArgs == 1 ? "" : "s");
            }
            if (minArgs == maxArgs) {
                return minArgs + " argument" + (minArgs == 1 ? "" : "s");
            }
            return minArgs + " to " + maxArgs + " arguments";
        }
    }

    static final Map<String, Definition> ALL = new LinkedHashMap<>();

    static {
        unary("abs", Math::abs);
        define("min", 1, Integer.MAX_VALUE, a -> {
            double m = a[0];
            for (double v : a) {
                m = Math.min(m, v);
            }
            return m;
        });
        define("max", 1, Integer.MAX_VALUE, a -> {
            double m = a[0];
            for (double v : a) {
                m = Math.max(m, v);
            }
            return m;
        });
        unary("sqrt", Math::sqrt);
        unary("exp", Math::exp);
        unary("log", Math::log);
        unary("log10", Math::log10);
        define("pow", 2, 2, a -> Math.pow(a[0], a[1]));
        unary("floor", Math::floor);
        unary("ceil", Math::ceil);
        // round(x) rounds half away from zero; round(x, n) keeps n decimal places.
        define("round", 1, 2, a -> a.length == 1 ? roundHalfAway(a[0]) : roundTo(a[0], (int) a[1]));
        unary("sin", Math::sin);
        unary("cos", Math::cos);
        unary("tan", Math::tan);
    }

    private Functions() {
    }

    private static void unary(String name, java.util.function.DoubleUnaryOperator f) {
        define(name, 1, 1, a -> f.applyAsDouble(a[0]));
    }

    private static void define(String name, int min, int max, ToDoubleFunction<double[]> body) {
        ALL.put(name, new Definition(name, min, max, body));
    }

    private static double roundHalfAway(double x) {
        if (Double.isNaN(x) || Double.isInfinite(x)) {
            return x;
        }
        return Math.signum(x) * Math.floor(Math.abs(x) + 0.5);
    }

    private static double roundTo(double x, int digits) {
        if (Double.isNaN(x) || Double.isInfinite(x)) {
            return x;
        }
        // BigDecimal avoids the binary representation error of x * 10^n (e.g. 1.005 * 100 = 100.49999...).
        return new java.math.BigDecimal(Double.toString(x)).setScale(digits, java.math.RoundingMode.HALF_UP)
                .doubleValue();
    }
}
