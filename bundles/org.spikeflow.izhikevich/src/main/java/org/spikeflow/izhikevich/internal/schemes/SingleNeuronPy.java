package org.spikeflow.izhikevich.internal.schemes;

import org.spikeflow.izhikevich.Scheme;
import org.spikeflow.izhikevich.internal.Control;
import org.spikeflow.izhikevich.internal.Grid;
import org.spikeflow.izhikevich.internal.NeuronSink;
import org.spikeflow.izhikevich.internal.NeuronSpec;
import org.spikeflow.izhikevich.protocol.CurrentSource;

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
public final class SingleNeuronPy extends Scheme {

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
    protected void integrateDouble(NeuronSpec n, CurrentSource src, Grid g, NeuronSink sink, Control ctl,
            double[] out) {
        final double a = n.a, b = n.b, c = n.c, k2 = n.k2, k1 = n.k1, k0 = n.k0, vp = n.vPeak, dt = g.dt;
        final boolean acc = n.accommodation;
        final long points = g.points;
        StepRecorder rec = new StepRecorder(n, src, sink, false);
        double v = n.v0, u = n.u0;
        double pI = rec.currentAt(0, 0.0); // the input at the pending point i-1
        for (long i = 1; i < points; i++) {
            long k = i - 1;
            ctl.check(k);
            double I = src.current(k, k * dt);
            double vn = v + dt * (k2 * (v * v) + k1 * v + k0 - u + I);
            double un = acc ? u + dt * (a * (b * (v + 65.0))) : u + dt * (a * (b * v - u));
            if (vn >= vp) { // the pending point i-1 shows the spike
                vn = c;
                un = rec.spike(g.pointTime(i - 1), un);
            }
            rec.check(g.pointTime(i), vn, un, I);
            rec.point(i - 1, v, u, pI);
            v = vn;
            u = un;
            pI = rec.currentAt(i, i * dt);
        }
        rec.point(points - 1, v, u, pI);
        out[0] = v;
        out[1] = u;
    }

    @Override
    protected void integrateFloat(NeuronSpec n, CurrentSource src, Grid g, NeuronSink sink, Control ctl,
            double[] out) {
        final float a = (float) n.a, b = (float) n.b, c = (float) n.c, k2 = (float) n.k2, k1 = (float) n.k1,
                k0 = (float) n.k0, vp = (float) n.vPeak, dt = (float) g.dt;
        final double dtd = g.dt;
        final boolean acc = n.accommodation;
        final long points = g.points;
        StepRecorder rec = new StepRecorder(n, src, sink, true);
        float v = (float) n.v0, u = n.floatU0();
        double pI = rec.currentAt(0, 0.0); // the input at the pending point i-1
        for (long i = 1; i < points; i++) {
            long k = i - 1;
            ctl.check(k);
            float I = (float) src.current(k, k * dtd);
            float vn = v + dt * (k2 * (v * v) + k1 * v + k0 - u + I);
            float un = acc ? u + dt * (a * (b * (v + 65f))) : u + dt * (a * (b * v - u));
            if (vn >= vp) { // the pending point i-1 shows the spike
                vn = c;
                un = rec.spike(g.pointTime(i - 1), un);
            }
            rec.check(g.pointTime(i), vn, un, I);
            rec.point(i - 1, v, u, pI);
            v = vn;
            u = un;
            pI = rec.currentAt(i, i * dtd);
        }
        rec.point(points - 1, v, u, pI);
        out[0] = v;
        out[1] = u;
    }
}
