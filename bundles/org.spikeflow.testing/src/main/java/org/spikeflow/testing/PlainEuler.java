package org.spikeflow.testing;

/**
 * The forward-Euler Izhikevich neuron written out plainly, as the independent reference that the scalar and vector
 * kernels and the Simulator node are checked against: {@code v' = 0.04 v² + 5 v + 140 − u + I},
 * {@code u' = a (b v − u)}, both updated from the old state, then {@code v ≥ 30}: {@code v = c, u = u + d}; v starts at
 * −65 mV. One definition in double and one in float32 (parameters rounded to float once, float arithmetic throughout).
 */
public final class PlainEuler {
    /** The initial membrane potential (mV). */
    public static final double V0 = -65;

    private PlainEuler() {
    }

    /** The state after the steps: v, u, and the spikes counted on the way. */
    public record State(double v, double u, int spikes) {
    }

    /** The state after the steps in float32 arithmetic. */
    public record FloatState(float v, float u, int spikes) {
    }

    /** Euler in double from v = −65, u = b·v. */
    public static State ofDouble(double a, double b, double c, double d, double current, double dt, int steps) {
        return ofDouble(a, b, c, d, current, dt, steps, null);
    }

    /**
     * Euler in double from v = −65, u = b·v, writing the trace of v into {@code trace} (null: none): point 0 is v0,
     * point k + 1 the v after step k, or 30 where that step spiked.
     */
    public static State ofDouble(double a, double b, double c, double d, double current, double dt, int steps,
            double[] trace) {
        double v = V0;
        double u = b * v;
        int spikes = 0;
        if (trace != null) {
            trace[0] = v;
        }
        for (int k = 0; k < steps; k++) {
            double dv = 0.04 * v * v + 5 * v + 140 - u + current;
            double du = a * (b * v - u);
            v = v + dt * dv;
            u = u + dt * du;
            boolean spike = v >= 30;
            if (trace != null) {
                trace[k + 1] = spike ? 30 : v;
            }
            if (spike) {
                v = c;
                u = u + d;
                spikes++;
            }
        }
        return new State(v, u, spikes);
    }

    /** Euler in float32 from v = −65, u = b·v as a float product. */
    public static FloatState ofFloat(double a, double b, double c, double d, double current, double dt, int steps) {
        return ofFloat(a, b, c, d, current, dt, steps, (float) b * (float) V0);
    }

    /** Euler in float32 from v = −65 and the given u0. */
    public static FloatState ofFloat(double a, double b, double c, double d, double current, double dt, int steps,
            float u0) {
        float fa = (float) a, fb = (float) b, fc = (float) c, fd = (float) d, fi = (float) current, fdt = (float) dt;
        float v = (float) V0;
        float u = u0;
        int spikes = 0;
        for (int k = 0; k < steps; k++) {
            float dv = 0.04f * v * v + 5f * v + 140f - u + fi;
            float du = fa * (fb * v - u);
            v = v + fdt * dv;
            u = u + fdt * du;
            if (v >= 30f) {
                v = fc;
                u = u + fd;
                spikes++;
            }
        }
        return new FloatState(v, u, spikes);
    }
}
