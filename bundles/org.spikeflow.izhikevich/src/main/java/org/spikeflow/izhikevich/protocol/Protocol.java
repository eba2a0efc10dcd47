package org.spikeflow.izhikevich.protocol;

import java.util.ArrayList;
import java.util.List;

/**
 * Input current protocol I(t). Implementations are immutable value types; the static factories cover the published
 * protocols. Windows use the strict comparisons of the published figure code ({@code t > T1 & t < T1 + 5}).
 */
@org.osgi.annotation.versioning.ProviderType
public interface Protocol {

    /**
     * @param neuron
     *            index of the neuron in its population (selects the noise stream)
     * @param dt
     *            integration step in ms (noise scaling and OU decay)
     * @return a fresh source for one neuron and one run (a deterministic protocol returns its own
     *         {@code (step, t) -> deterministicValue(t)}: a lambda of its own class lets the JIT inline the call, which
     *         one shared default lambda for all protocols would not)
     */
    CurrentSource open(long neuron, double dt);

    /** @return whether the protocol contains random noise (by default not) */
    default boolean isStochastic() {
        return false;
    }

    /**
     * @return the value at t without noise (the noise means are included); for deterministic protocols this is the
     *         current itself
     */
    double deterministicValue(double t);

    /** @return a one-line human-readable description */
    String describe();

    /** @return whether the current is the same at all times (see {@link #deterministicValue}) */
    default boolean isConstant() {
        return false;
    }

    /** @return this plus {@code other} (evaluated as {@code this + other}) */
    default Protocol plus(Protocol other) {
        List<Protocol> parts = new ArrayList<>();
        if (this instanceof Sum s) {
            parts.addAll(s.parts());
        } else {
            parts.add(this);
        }
        if (other instanceof Sum s) {
            parts.addAll(s.parts());
        } else {
            parts.add(other);
        }
        return new Sum(parts);
    }

    /** @return this protocol multiplied by a factor */
    default Protocol scaled(double factor) {
        return new Scaled(factor, this);
    }

    // ---- factories -------------------------------------------------------------------------------------------

    static Protocol constant(double value) {
        return new Constant(value);
    }

    /** @return {@code amplitude} for {@code t > onset}, 0 before (as {@code if (t>T1) I=amplitude; else I=0;}) */
    static Protocol step(double onset, double amplitude) {
        return new Windows(0, List.of(Windows.Window.after(onset, amplitude)));
    }

    /**
     * Piecewise-constant steps: {@code initial} for {@code t <= times[0]}, {@code levels[j]} for
     * {@code times[j] < t <= times[j+1]}, {@code levels[last]} after the last time.
     */
    static Protocol steps(double initial, double[] times, double[] levels) {
        if (times.length != levels.length || times.length == 0) {
            throw new IllegalArgumentException("steps: times and levels must have the same, non-zero length");
        }
        List<Windows.Window> w = new ArrayList<>();
        for (int j = 0; j < times.length; j++) {
            if (j > 0 && !(times[j] > times[j - 1])) {
                throw new IllegalArgumentException("steps: times must increase");
            }
            double end = j + 1 < times.length ? times[j + 1] : Double.POSITIVE_INFINITY;
            w.add(new Windows.Window(times[j], end, false, true, levels[j]));
        }
        return new Windows(initial, w);
    }

    /** @return {@code amplitude} for {@code start < t < end}, 0 otherwise */
    static Protocol pulse(double start, double end, double amplitude) {
        return new Windows(0, List.of(Windows.Window.open(start, end, amplitude)));
    }

    /** @return {@code amplitude} during {@code start_k < t < start_k + width} for each start, 0 otherwise */
    static Protocol pulses(double[] starts, double width, double amplitude) {
        List<Windows.Window> w = new ArrayList<>();
        for (double s : starts) {
            w.add(Windows.Window.open(s, s + width, amplitude));
        }
        return new Windows(0, w);
    }

    /** @return {@code count} pulses of {@code amplitude} ({@code start + k*period < t < start + k*period + width}) */
    static Protocol pulseTrain(double start, double width, double period, int count, double amplitude) {
        return new PulseTrain(start, width, period, count, amplitude, 0);
    }

    /** @return {@code slope*(t - start)} for {@code t > start}, 0 before */
    static Protocol ramp(double start, double slope) {
        return new Ramp(start, slope, 0, Double.POSITIVE_INFINITY);
    }

    /** @return {@code offset + slope*(t - start)} for {@code t > start}, {@code offset} before */
    static Protocol ramp(double start, double slope, double offset) {
        return new Ramp(start, slope, offset, Double.POSITIVE_INFINITY);
    }

    /** Linear interpolation through the points; a repeated time is a jump; constant outside. */
    static Protocol piecewiseLinear(double[] times, double[] values) {
        return new PiecewiseLinear(times, values);
    }

    /** Gaussian white noise: per step {@code mean + sigma/sqrt(dt)*xi}, xi standard normal. */
    static Protocol whiteNoise(double mean, double sigma, long seed) {
        return new WhiteNoise(mean, sigma, seed);
    }

    /**
     * Ornstein–Uhlenbeck noise with stationary mean, standard deviation {@code sigma} and correlation time tau (ms).
     */
    static Protocol ornsteinUhlenbeck(double mean, double sigma, double tau, long seed) {
        return new OrnsteinUhlenbeck(mean, sigma, tau, seed);
    }

    /** @return the sum of the parts, evaluated left to right */
    static Protocol sum(Protocol... parts) {
        return new Sum(List.of(parts));
    }
}
