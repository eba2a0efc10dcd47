package org.spikeflow.izhikevich.internal.schemes;

import org.spikeflow.izhikevich.internal.Control;
import org.spikeflow.izhikevich.internal.Grid;

/**
 * The scheme of the original single_neuron.py, to reproduce its files: {@code n = (int)(T/dt)} points on the axis
 * {@code linspace(0, T, n)} (point i at {@code i*(T/(n-1))}, the last exactly T), v0 = −65 and u0 = b·v0 by default,
 * and for i = 1..n−1 (I = I((i−1)*dt)): <pre> v[i] = v[i-1] + dt*(k2*(v[i-1]*v[i-1]) + k1*v[i-1] + k0 - u[i-1] + I); //
 * 0.04*v**2 + 5*v + 140 - u + I u[i] = u[i-1] + dt*(a*(b*v[i-1] - u[i-1])); // u from the old v if (v[i] &gt;= vPeak) {
 * v[i-1] = vPeak; v[i] = c; u[i] = u[i] + d; } // previous point shows the spike </pre> The spike is at the time of
 * point i−1. The original squared with Python's {@code v**2} (the C library's {@code pow}); Spikeflow uses {@code v*v},
 * which agrees except for about 1 in 1000 points that differ in the last bit or two (the files' spike times and counts
 * are reproduced exactly).
 */
public final class SingleNeuronPy extends RuleScheme {

    public SingleNeuronPy() {
        super("seed",
                "single_neuron.py: Euler with old v, u; n = int(T/dt) points on linspace(0,T,n); previous point set to vPeak",
                "single_neuron.py of the Python project Spikeflow started from, and its data/*.csv files (SeedSchemeTest)");
    }

    /** Python's {@code int(T/dt)}: truncated, and the number of points (at least one). */
    @Override
    public long intervals(double duration, double dt) {
        double r = duration / dt;
        if (r >= 9.0e18) {
            throw new IllegalArgumentException("duration/dt is too large: " + r);
        }
        long n = (long) r;
        if (n < 1) {
            throw new IllegalArgumentException("the seed scheme needs at least one point: int(duration/dt) = 0 for"
                    + " duration " + duration + " ms and dt " + dt + " ms");
        }
        return n;
    }

    @Override
    public long points(long intervals) {
        return intervals;
    }

    @Override
    public long updates(long intervals) {
        return intervals - 1;
    }

    /** {@code linspace(0, T, n)}: point k at {@code k*(T/(n-1))}, the last exactly T. */
    @Override
    public double pointTime(long k, double duration, double dt, long points) {
        if (points <= 1) {
            return 0.0;
        }
        if (k == points - 1) {
            return duration;
        }
        return k * ((duration - 0.0) / (points - 1)) + 0.0;
    }

    /** int(T/dt) truncates, so half a step more than {@code points*dt} is safely above the boundary. */
    @Override
    public double durationFor(long points, double dt) {
        return (points + 0.5) * dt;
    }

    @Override
    void rule(ModelEquations m, StepRecorder rec, Grid g, double dt, Control ctl, double[] out) {
        double v = m.v0, u = m.u0;
        double pI = rec.currentAt(0, 0.0); // the input at the pending point i-1
        for (long i = 1; i < g.points; i++) {
            long k = i - 1;
            ctl.check(k);
            double I = rec.input(k, k * g.dt);
            double vn = m.step(v, dt, m.dvSquareFirst(v, u, I));
            double un = m.step(u, dt, m.du(v, u));
            if (vn >= m.vPeak) { // the pending point i-1 shows the spike
                vn = m.c;
                un = rec.spike(g.pointTime(i - 1), un);
            }
            rec.check(g.pointTime(i), vn, un, I);
            rec.point(i - 1, v, u, pI);
            v = vn;
            u = un;
            pI = rec.currentAt(i, i * g.dt);
        }
        rec.point(g.points - 1, v, u, pI);
        out[0] = v;
        out[1] = u;
    }
}
