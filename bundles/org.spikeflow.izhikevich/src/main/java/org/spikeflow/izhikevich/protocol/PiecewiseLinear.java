package org.spikeflow.izhikevich.protocol;

import java.util.Arrays;

/**
 * Linear interpolation through (times[i], values[i]); times must not decrease, a repeated time is a jump (the value
 * after the jump applies at that time); constant before the first and from the last point. Within segment i the value
 * is {@code values[i] + (t - times[i])*(values[i+1] - values[i])/(times[i+1] - times[i])}.
 */
public record PiecewiseLinear(double[] times, double[] values) implements Protocol {

    public PiecewiseLinear {
        if (times.length != values.length || times.length == 0) {
            throw new IllegalArgumentException(
                    "piecewise linear: times and values must have the same, non-zero length");
        }
        for (int i = 0; i < times.length; i++) {
            if (!Double.isFinite(times[i]) || !Double.isFinite(values[i]) || (i > 0 && times[i] < times[i - 1])) {
                throw new IllegalArgumentException("piecewise linear: finite values and non-decreasing times needed");
            }
        }
        times = times.clone();
        values = values.clone();
    }

    @Override
    public double[] times() {
        return times.clone();
    }

    @Override
    public double[] values() {
        return values.clone();
    }

    @Override
    public CurrentSource open(long neuron, double dt) {
        return (step, t) -> deterministicValue(t);
    }

    @Override
    public double deterministicValue(double t) {
        int n = times.length;
        if (t < times[0]) {
            return values[0];
        }
        if (t >= times[n - 1]) {
            return values[n - 1];
        }
        // last i with times[i] <= t (so a jump's later point wins)
        int lo = 0;
        int hi = n - 1;
        while (hi - lo > 1) {
            int mid = (lo + hi) >>> 1;
            if (times[mid] <= t) {
                lo = mid;
            } else {
                hi = mid;
            }
        }
        while (lo + 1 < n && times[lo + 1] <= t) {
            lo++;
        }
        return values[lo] + (t - times[lo]) * (values[lo + 1] - values[lo]) / (times[lo + 1] - times[lo]);
    }

    @Override
    public String describe() {
        return "piecewise linear through times " + Arrays.toString(times) + " ms, values " + Arrays.toString(values)
                + " pA";
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof PiecewiseLinear p && Arrays.equals(times, p.times) && Arrays.equals(values, p.values);
    }

    @Override
    public int hashCode() {
        return 31 * Arrays.hashCode(times) + Arrays.hashCode(values);
    }

    @Override
    public String toString() {
        return describe();
    }
}
