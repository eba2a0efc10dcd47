package org.spikeflow.izhikevich;

import java.util.Locale;

/**
 * Floating-point precision of the integration. In {@link #FLOAT}, the state (v, u), the parameters (rounded once from
 * the double inputs), dt and the model constants are {@code float} and every operation is a {@code float} operation in
 * the same expression order as in {@link #DOUBLE}; input currents are computed in double and rounded to float once per
 * evaluation; times (and so spike times) stay double.
 */
public enum Precision {
    DOUBLE, FLOAT;

    public String id() {
        return name().toLowerCase(Locale.ROOT);
    }

    /** Parses {@code double} or {@code float} (case-insensitive). */
    public static Precision parse(String text) {
        for (Precision p : values()) {
            if (p.id().equalsIgnoreCase(text == null ? "" : text.trim())) {
                return p;
            }
        }
        throw new IllegalArgumentException("Unknown precision '" + text + "': expected double or float");
    }
}
