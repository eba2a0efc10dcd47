package org.spikeflow.nodes.izhikevich.internal.sweep;

import java.math.BigDecimal;

/** Short, readable numbers for sweep labels: rounded to a number of significant digits, trailing zeros dropped. */
final class LabelFormat {
    private LabelFormat() {
    }

    /**
     * @return e.g. {@code 0.21} for 0.21000000000000002, {@code -64.99}, {@code 10}, {@code 1.5E-7}
     */
    static String format(double value, int significant) {
        if (value == 0) {
            return "0";
        }
        if (!Double.isFinite(value)) {
            return Double.toString(value);
        }
        double magnitude = Math.abs(value);
        int exponent = (int) Math.floor(Math.log10(magnitude));
        int scale = significant - 1 - exponent;
        long unscaled;
        if (scale >= 0 && scale <= 300) {
            unscaled = Math.round(magnitude * Math.pow(10, scale));
        } else if (scale < 0 && scale >= -300) {
            unscaled = Math.round(magnitude / Math.pow(10, -scale));
        } else {
            return Double.toString(value);
        }
        BigDecimal rounded = BigDecimal.valueOf(value < 0 ? -unscaled : unscaled, scale).stripTrailingZeros();
        int digitsBeforePoint = rounded.precision() - rounded.scale();
        if (digitsBeforePoint > 12 || digitsBeforePoint < -5) {
            return rounded.toString();
        }
        return rounded.toPlainString();
    }
}
