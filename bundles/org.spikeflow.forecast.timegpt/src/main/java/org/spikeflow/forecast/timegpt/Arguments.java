package org.spikeflow.forecast.timegpt;

/** The range check of this package's whole-number builder values, with one wording. */
final class Arguments {

    private Arguments() {
    }

    /**
     * @return {@code value}
     * @throws IllegalArgumentException
     *             "NAME must be >= MIN, got VALUE" if {@code value < min}
     */
    static int atLeast(String name, int value, int min) {
        if (value < min) {
            throw new IllegalArgumentException(name + " must be >= " + min + ", got " + value);
        }
        return value;
    }
}
