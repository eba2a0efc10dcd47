package org.spikeflow.izhikevich.protocol;

import java.util.List;

/**
 * Piecewise-constant current: the level of the first window that contains t, else the baseline — the
 * {@code if/elseif/else} of the published figure code. Steps, pulses and pulse lists are windows.
 */
public record Windows(double baseline, List<Window> windows) implements Protocol {

    /** Interval from start to end (each end open or closed) with its level. */
    public record Window(double start, double end, boolean startClosed, boolean endClosed, double level) {

        public Window {
            if (Double.isNaN(start) || Double.isNaN(end) || !(end >= start) || !Double.isFinite(level)) {
                throw new IllegalArgumentException("bad window [" + start + ", " + end + "] level " + level);
            }
        }

        /** @return the window {@code start < t < end} */
        public static Window open(double start, double end, double level) {
            return new Window(start, end, false, false, level);
        }

        /** @return the window {@code t > start} */
        public static Window after(double start, double level) {
            return new Window(start, Double.POSITIVE_INFINITY, false, false, level);
        }

        /** @return the window {@code t < end} */
        public static Window before(double end, double level) {
            return new Window(Double.NEGATIVE_INFINITY, end, false, false, level);
        }

        public boolean contains(double t) {
            boolean afterStart = startClosed ? t >= start : t > start;
            boolean beforeEnd = endClosed ? t <= end : t < end;
            return afterStart && beforeEnd;
        }

        String describe() {
            return (startClosed ? "[" : "(") + start + ", " + end + (endClosed ? "]" : ")") + " -> " + level;
        }
    }

    public Windows {
        if (!Double.isFinite(baseline)) {
            throw new IllegalArgumentException("baseline must be finite");
        }
        windows = List.copyOf(windows);
    }

    @Override
    public CurrentSource open(long neuron, double dt) {
        return (step, t) -> deterministicValue(t);
    }

    @Override
    public boolean isConstant() {
        return windows.isEmpty();
    }

    @Override
    public double deterministicValue(double t) {
        for (Window w : windows) {
            if (w.contains(t)) {
                return w.level();
            }
        }
        return baseline;
    }

    @Override
    public String describe() {
        StringBuilder sb = new StringBuilder("piecewise constant: baseline ").append(baseline).append(" pA");
        for (Window w : windows) {
            sb.append("; ").append(w.describe());
        }
        return sb.toString();
    }
}
