package org.spikeflow.izhikevich.protocol;

/**
 * {@code count} pulses: {@code amplitude} (on top of {@code baseline}) for
 * {@code start + k*period < t < start + k*period + width}.
 */
public record PulseTrain(double start, double width, double period, int count, double amplitude, double baseline)
        implements
            Protocol {

    public PulseTrain {
        if (!(width > 0) || !(period >= width) || count < 0 || !Double.isFinite(start) || !Double.isFinite(amplitude)
                || !Double.isFinite(baseline)) {
            throw new IllegalArgumentException("pulse train needs width > 0, period >= width, count >= 0");
        }
    }

    @Override
    public CurrentSource open(long neuron, double dt) {
        return (step, t) -> deterministicValue(t);
    }

    @Override
    public double deterministicValue(double t) {
        if (!(t > start)) {
            return baseline;
        }
        long k = (long) Math.floor((t - start) / period);
        for (long j = Math.max(0, k - 1); j <= k && j < count; j++) {
            double s = start + j * period;
            if (t > s && t < s + width) {
                return baseline + amplitude;
            }
        }
        return baseline;
    }

    @Override
    public String describe() {
        return count + " pulses of " + amplitude + " pA, " + width + " ms wide, every " + period + " ms from " + start
                + " ms" + (baseline != 0 ? " on " + baseline + " pA" : "");
    }
}
