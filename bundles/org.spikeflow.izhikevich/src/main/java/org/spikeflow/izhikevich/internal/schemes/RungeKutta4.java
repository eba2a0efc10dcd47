package org.spikeflow.izhikevich.internal.schemes;

import org.spikeflow.izhikevich.internal.Arithmetic;
import org.spikeflow.izhikevich.internal.Control;
import org.spikeflow.izhikevich.internal.Grid;

/**
 * Classical fourth-order Runge–Kutta on (v, u) with I evaluated at t, t+dt/2, t+dt (noise held over the step). If v
 * reaches vPeak within the step, the crossing time is found by linear interpolation of v between the step's ends, u is
 * interpolated likewise, the neuron is reset there (v = c, u = u + d) and integrated with RK4 over the rest of the
 * step. Accurate (4th order between spikes), not bit-compatible with other simulators.
 */
public final class RungeKutta4 extends RuleScheme {

    public RungeKutta4() {
        super("rk4", "Classical Runge-Kutta 4 with in-step threshold crossing (linear interpolation) and reset",
                "Classical RK4 (e.g. Press et al., Numerical Recipes, 16.1); event location by linear interpolation");
    }

    /** One RK4 step of length h from (v, u) in place, in the model's arithmetic. */
    private static final class Rk {
        final ModelEquations m;
        final Arithmetic ar;
        double v, u;

        Rk(ModelEquations m) {
            this.m = m;
            this.ar = m.ar;
            v = m.v0;
            u = m.u0;
        }

        void step(double h, double i0, double ih, double i1) {
            double x = v, y = u;
            double halfH = ar.mul(0.5, h);
            double k1v = m.dv(x, y, i0), k1u = m.du(x, y);
            double x2 = m.step(x, halfH, k1v), y2 = m.step(y, halfH, k1u);
            double k2v = m.dv(x2, y2, ih), k2u = m.du(x2, y2);
            double x3 = m.step(x, halfH, k2v), y3 = m.step(y, halfH, k2u);
            double k3v = m.dv(x3, y3, ih), k3u = m.du(x3, y3);
            double x4 = m.step(x, h, k3v), y4 = m.step(y, h, k3u);
            double k4v = m.dv(x4, y4, i1), k4u = m.du(x4, y4);
            double sixthH = ar.div(h, 6.0);
            v = m.step(x, sixthH, weighted(k1v, k2v, k3v, k4v));
            u = m.step(y, sixthH, weighted(k1u, k2u, k3u, k4u));
        }

        /** {@code k1 + 2*k2 + 2*k3 + k4} */
        private double weighted(double s1, double s2, double s3, double s4) {
            return ar.add(ar.add(ar.add(s1, ar.mul(2.0, s2)), ar.mul(2.0, s3)), s4);
        }
    }

    @Override
    void rule(ModelEquations m, StepRecorder rec, Grid g, double dt, Control ctl, double[] out) {
        final Arithmetic ar = m.ar;
        Rk s = new Rk(m);
        rec.start(s.v, s.u);
        for (long k = 0; k < g.steps; k++) {
            ctl.check(k);
            double t = k * g.dt;
            double tn = (k + 1) * g.dt;
            double i0 = rec.input(k, t);
            double i1 = rec.input(k, tn);
            double v0 = s.v, u0 = s.u;
            s.step(dt, i0, rec.input(k, t + 0.5 * g.dt), i1);
            if (s.v >= m.vPeak) {
                double theta = v0 >= m.vPeak ? 0 : ar.div(ar.sub(m.vPeak, v0), ar.sub(s.v, v0));
                double ts = t + theta * g.dt;
                s.v = m.c;
                s.u = rec.spike(ts, ar.add(u0, ar.mul(theta, ar.sub(s.u, u0))));
                double r = tn - ts;
                if (r > 0) {
                    s.step(ar.round(r), rec.input(k, ts), rec.input(k, ts + 0.5 * r), i1);
                }
            }
            rec.step(k + 1, tn, s.v, s.u, i0);
        }
        out[0] = s.v;
        out[1] = s.u;
    }
}
