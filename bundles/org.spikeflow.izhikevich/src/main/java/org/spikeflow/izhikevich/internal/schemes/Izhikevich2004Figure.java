package org.spikeflow.izhikevich.internal.schemes;

import org.spikeflow.izhikevich.internal.Control;
import org.spikeflow.izhikevich.internal.Grid;

/**
 * The figure code of Izhikevich 2004 (figure1.m for "Which model to use for cortical spiking neurons?", IEEE TNN 15(5);
 * the same code draws Fig. 2 of the 2003 paper). With {@code tspan = 0:tau:T}, for each t in tspan: <pre> v = v +
 * dt*(k2*(v*v) + k1*v + k0 - u + I(t)); // V = V + tau*(0.04*V^2+5*V+140-u+I) u = u + dt*a*(b*v - u); // u = u +
 * tau*a*(b*V-u): the NEW v; (dt*a) first if (v &gt; vPeak) { record vPeak; v = c; u = u + d; } else record v; </pre> So
 * there are n+1 updates; point k (k = 0..n) is the state after the update that used I(t_k), labelled t_k as in the
 * published plots (there is no point for the initial state), and a spike of update k is at t_k.
 */
public final class Izhikevich2004Figure extends RuleScheme {

    public Izhikevich2004Figure() {
        super("izhikevich2004", "Izhikevich 2004 figure code: v, then u with the new v, spike when v > vPeak",
                "E. M. Izhikevich, Which model to use for cortical spiking neurons?, IEEE TNN 15(5), 2004, figure1.m");
    }

    /** One update per point: the update that uses I(t_k) produces point k, k = 0..n. */
    @Override
    public long updates(long intervals) {
        return intervals + 1;
    }

    @Override
    void rule(ModelEquations m, StepRecorder rec, Grid g, double dt, Control ctl, double[] out) {
        final double dtA = m.ar.mul(dt, m.a);
        double v = m.v0, u = m.u0;
        for (long k = 0; k < g.updates; k++) {
            ctl.check(k);
            double t = k * g.dt;
            double I = rec.input(k, t);
            v = m.step(v, dt, m.dvSquareFirst(v, u, I));
            u = m.step(u, dtA, m.recoveryDrive(v, u));
            if (v > m.vPeak) {
                v = m.c;
                u = rec.spike(t, u);
            }
            rec.check(t, v, u, I);
            rec.point(k, v, u, I);
        }
        out[0] = v;
        out[1] = u;
    }
}
