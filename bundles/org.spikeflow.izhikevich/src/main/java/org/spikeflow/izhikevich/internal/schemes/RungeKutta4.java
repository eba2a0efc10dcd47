package org.spikeflow.izhikevich.internal.schemes;

import org.spikeflow.izhikevich.Scheme;
import org.spikeflow.izhikevich.internal.Control;
import org.spikeflow.izhikevich.internal.Grid;
import org.spikeflow.izhikevich.internal.NeuronSink;
import org.spikeflow.izhikevich.internal.NeuronSpec;
import org.spikeflow.izhikevich.protocol.CurrentSource;

/**
 * Classical fourth-order Runge–Kutta on (v, u) with I evaluated at t, t+dt/2, t+dt (noise held over the step). If v
 * reaches vPeak within the step, the crossing time is found by linear interpolation of v between the step's ends, u is
 * interpolated likewise, the neuron is reset there (v = c, u = u + d) and integrated with RK4 over the rest of the
 * step. Accurate (4th order between spikes), not bit-compatible with other simulators.
 */
public final class RungeKutta4 extends Scheme {

    public RungeKutta4() {
        super("rk4", "Classical Runge-Kutta 4 with in-step threshold crossing (linear interpolation) and reset",
                "Classical RK4 (e.g. Press et al., Numerical Recipes, 16.1); event location by linear interpolation");
    }

    private static final class RkD {
        final double a, b, k2, k1, k0;
        final boolean acc;
        double v, u;

        RkD(NeuronSpec n) {
            a = n.a;
            b = n.b;
            k2 = n.k2;
            k1 = n.k1;
            k0 = n.k0;
            acc = n.accommodation;
        }

        double fv(double x, double y, double i) {
            return k2 * x * x + k1 * x + k0 - y + i;
        }

        double fu(double x, double y) {
            return acc ? a * (b * (x + 65.0)) : a * (b * x - y);
        }

        /** One RK4 step of length h from (v, u) in place. */
        void step(double h, double i0, double ih, double i1) {
            double x = v, y = u;
            double k1v = fv(x, y, i0), k1u = fu(x, y);
            double x2 = x + 0.5 * h * k1v, y2 = y + 0.5 * h * k1u;
            double k2v = fv(x2, y2, ih), k2u = fu(x2, y2);
            double x3 = x + 0.5 * h * k2v, y3 = y + 0.5 * h * k2u;
            double k3v = fv(x3, y3, ih), k3u = fu(x3, y3);
            double x4 = x + h * k3v, y4 = y + h * k3u;
            double k4v = fv(x4, y4, i1), k4u = fu(x4, y4);
            v = x + h / 6.0 * (k1v + 2.0 * k2v + 2.0 * k3v + k4v);
            u = y + h / 6.0 * (k1u + 2.0 * k2u + 2.0 * k3u + k4u);
        }
    }

    @Override
    protected void integrateDouble(NeuronSpec n, CurrentSource src, Grid g, NeuronSink sink, Control ctl,
            double[] out) {
        final double c = n.c, vp = n.vPeak, dt = g.dt;
        final long steps = g.steps;
        StepRecorder rec = new StepRecorder(n, src, sink, false);
        RkD s = new RkD(n);
        s.v = n.v0;
        s.u = n.u0;
        rec.start(s.v, s.u);
        for (long k = 0; k < steps; k++) {
            ctl.check(k);
            double t = k * dt;
            double tn = (k + 1) * dt;
            double i0 = src.current(k, t);
            double i1 = src.current(k, tn);
            double v0 = s.v, u0 = s.u;
            s.step(dt, i0, src.current(k, t + 0.5 * dt), i1);
            if (s.v >= vp) {
                double theta = v0 >= vp ? 0 : (vp - v0) / (s.v - v0);
                double ts = t + theta * dt;
                s.v = c;
                s.u = rec.spike(ts, u0 + theta * (s.u - u0));
                double r = tn - ts;
                if (r > 0) {
                    s.step(r, src.current(k, ts), src.current(k, ts + 0.5 * r), i1);
                }
            }
            rec.step(k + 1, tn, s.v, s.u, i0);
        }
        out[0] = s.v;
        out[1] = s.u;
    }

    private static final class RkF {
        final float a, b, k2, k1, k0;
        final boolean acc;
        float v, u;

        RkF(NeuronSpec n) {
            a = (float) n.a;
            b = (float) n.b;
            k2 = (float) n.k2;
            k1 = (float) n.k1;
            k0 = (float) n.k0;
            acc = n.accommodation;
        }

        float fv(float x, float y, float i) {
            return k2 * x * x + k1 * x + k0 - y + i;
        }

        float fu(float x, float y) {
            return acc ? a * (b * (x + 65f)) : a * (b * x - y);
        }

        void step(float h, float i0, float ih, float i1) {
            float x = v, y = u;
            float k1v = fv(x, y, i0), k1u = fu(x, y);
            float x2 = x + 0.5f * h * k1v, y2 = y + 0.5f * h * k1u;
            float k2v = fv(x2, y2, ih), k2u = fu(x2, y2);
            float x3 = x + 0.5f * h * k2v, y3 = y + 0.5f * h * k2u;
            float k3v = fv(x3, y3, ih), k3u = fu(x3, y3);
            float x4 = x + h * k3v, y4 = y + h * k3u;
            float k4v = fv(x4, y4, i1), k4u = fu(x4, y4);
            v = x + h / 6f * (k1v + 2f * k2v + 2f * k3v + k4v);
            u = y + h / 6f * (k1u + 2f * k2u + 2f * k3u + k4u);
        }
    }

    @Override
    protected void integrateFloat(NeuronSpec n, CurrentSource src, Grid g, NeuronSink sink, Control ctl,
            double[] out) {
        final float c = (float) n.c, vp = (float) n.vPeak, dt = (float) g.dt;
        final double dtd = g.dt;
        final long steps = g.steps;
        StepRecorder rec = new StepRecorder(n, src, sink, true);
        RkF s = new RkF(n);
        s.v = (float) n.v0;
        s.u = n.floatU0();
        rec.start(s.v, s.u);
        for (long k = 0; k < steps; k++) {
            ctl.check(k);
            double t = k * dtd;
            double tn = (k + 1) * dtd;
            float i0 = (float) src.current(k, t);
            float i1 = (float) src.current(k, tn);
            float v0 = s.v, u0 = s.u;
            s.step(dt, i0, (float) src.current(k, t + 0.5 * dtd), i1);
            if (s.v >= vp) {
                float theta = v0 >= vp ? 0f : (vp - v0) / (s.v - v0);
                double ts = t + theta * dtd;
                s.v = c;
                s.u = rec.spike(ts, u0 + theta * (s.u - u0));
                double r = tn - ts;
                if (r > 0) {
                    s.step((float) r, (float) src.current(k, ts), (float) src.current(k, ts + 0.5 * r), i1);
                }
            }
            rec.step(k + 1, tn, s.v, s.u, i0);
        }
        out[0] = s.v;
        out[1] = s.u;
    }
}
