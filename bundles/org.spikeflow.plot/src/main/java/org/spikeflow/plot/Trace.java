package org.spikeflow.plot;

/**
 * A named curve given as arrays: x (e.g. time in ms) and y values of equal length.
 */
public record Trace(String name, double[] x, double[] y) {
    public Trace {
        if (x.length != y.length) {
            throw new IllegalArgumentException("Trace '" + name + "' has " + x.length + " x values but " + y.length
                    + " y values");
        }
    }

    public int size() {
        return x.length;
    }
}
