package org.spikeflow.izhikevich.internal.schemes;

import org.spikeflow.izhikevich.internal.Control;
import org.spikeflow.izhikevich.internal.Grid;

/**
 * Forward Euler from the old values, then threshold, then reset — the default. Per step (I = I(t_k)): <pre> dv = k2*v*v
 * + k1*v + k0 - u + I; // ((((k2*v)*v) + (k1*v)) + k0) - u) + I du = a*(b*v - u); v = v + dt*dv; u = u + dt*du; if (v
 * &gt;= vPeak) { v = c; u = u + d; } // spike at t_{k+1} </pre> Source: the forward Euler method as used by Brian2
 * ({@code method='euler'}), numpy and C reference codes; with IEEE double and no FMA the results are bit-reproducible
 * across machines, thread counts and simulators that use the same expression. Point 0 is the initial state; a point at
 * which a spike occurred shows vPeak (u after the reset).
 */
public final class ForwardEuler extends RuleScheme {

    public ForwardEuler() {
        super("euler", "Forward Euler (old v and u), then threshold v >= vPeak, then reset",
                "Forward Euler on Izhikevich 2003 eqs. (1)-(3) (IEEE TNN 14(6)), as Brian2 method='euler'; bit-identical to"
                        + " reference/euler_reference.c in org.spikeflow.izhikevich.tests");
    }

    @Override
    void rule(ModelEquations m, StepRecorder rec, Grid g, double dt, Control ctl, double[] out) {
        double v = m.v0, u = m.u0;
        rec.start(v, u);
        for (long k = 0; k < g.steps; k++) {
            ctl.check(k);
            double I = rec.input(k, k * g.dt);
            double dv = m.dv(v, u, I);
            double du = m.du(v, u);
            v = m.step(v, dt, dv);
            u = m.step(u, dt, du);
            double tn = (k + 1) * g.dt;
            if (v >= m.vPeak) {
                v = m.c;
                u = rec.spike(tn, u);
            }
            rec.step(k + 1, tn, v, u, I);
        }
        out[0] = v;
        out[1] = u;
    }
}
