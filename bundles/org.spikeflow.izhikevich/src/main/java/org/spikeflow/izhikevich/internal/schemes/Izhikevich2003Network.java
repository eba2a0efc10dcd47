package org.spikeflow.izhikevich.internal.schemes;

import org.spikeflow.izhikevich.internal.Control;
import org.spikeflow.izhikevich.internal.Grid;

/**
 * The network code of Izhikevich 2003 ("Simple model of spiking neurons", IEEE TNN 14(6), Fig. 3 code), per step of dt
 * (1 ms there): reset check first, then two half steps of v, then u with the new v: <pre> if (v &gt;= vPeak) { v = c; u
 * = u + d; } // spike recorded at this check v = v + (0.5*dt)*(k2*(v*v) + k1*v + k0 - u + I); // published:
 * v=v+0.5*(0.04*v.^2+5*v+140-u+I) v = v + (0.5*dt)*(k2*(v*v) + k1*v + k0 - u + I); u = u + dt*(a*(b*v - u)); //
 * published: u=u+a.*(b.*v-u) </pre> With dt = 1 the arithmetic is bit-identical to the published code. The check that
 * follows step k happens at t_{k+1}; it is applied at the end of the step (the same arithmetic), so the spike is at
 * t_{k+1}, whose point shows vPeak. A spike pending at the end of the run is counted at t = duration.
 */
public final class Izhikevich2003Network extends RuleScheme {

    public Izhikevich2003Network() {
        super("izhikevich2003", "Izhikevich 2003 network code: reset check, two dt/2 half steps of v, u with new v",
                "E. M. Izhikevich, Simple model of spiking neurons, IEEE TNN 14(6), 2003, network code");
    }

    @Override
    void rule(ModelEquations m, StepRecorder rec, Grid g, double dt, Control ctl, double[] out) {
        final double h = m.ar.mul(0.5, dt);
        double v = m.v0, u = m.u0;
        if (v >= m.vPeak) {
            v = m.c;
            u = rec.spike(0.0, u);
        }
        rec.start(v, u);
        for (long k = 0; k < g.steps; k++) {
            ctl.check(k);
            double I = rec.input(k, k * g.dt);
            v = m.step(v, h, m.dvSquareFirst(v, u, I));
            v = m.step(v, h, m.dvSquareFirst(v, u, I));
            u = m.step(u, dt, m.du(v, u));
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
