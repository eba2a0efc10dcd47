package org.spikeflow.izhikevich.internal.schemes;

import org.spikeflow.izhikevich.Scheme;
import org.spikeflow.izhikevich.internal.Control;
import org.spikeflow.izhikevich.internal.Grid;
import org.spikeflow.izhikevich.internal.NeuronSink;
import org.spikeflow.izhikevich.internal.NeuronSpec;
import org.spikeflow.izhikevich.protocol.CurrentSource;

/**
 * Forward Euler from the old values, then threshold, then reset — the default. Per step (I = I(t_k)): <pre> dv = k2*v*v
 * + k1*v + k0 - u + I; // ((((k2*v)*v) + (k1*v)) + k0) - u) + I du = a*(b*v - u); v = v + dt*dv; u = u + dt*du; if (v
 * &gt;= vPeak) { v = c; u = u + d; } // spike at t_{k+1} </pre> Source: the forward Euler method as used by Brian2
 * ({@code method='euler'}), numpy and C reference codes; with IEEE double and no FMA the results are bit-reproducible
 * across machines, thread counts and simulators that use the same expression. Point 0 is the initial state; a point at
 * which a spike occurred shows vPeak (u after the reset).
 */
public final class ForwardEuler extends Scheme {

    public ForwardEuler() {
        super("euler", "Forward Euler (old v and u), then threshold v >= vPeak, then reset",
                "Forward Euler on Izhikevich 2003 eqs. (1)-(3) (IEEE TNN 14(6)), as Brian2 method='euler'; bit-identical to"
                        + " reference/euler_reference.c in org.spikeflow.izhikevich.tests");
    }

    @Override
    protected void integrateDouble(NeuronSpec n, CurrentSource src, Grid g, NeuronSink sink, Control ctl,
            double[] out) {
        final double a = n.a, b = n.b, c = n.c, k2 = n.k2, k1 = n.k1, k0 = n.k0, vp = n.vPeak, dt = g.dt;
        final boolean acc = n.accommodation;
        final long steps = g.steps;
        StepRecorder rec = new StepRecorder(n, src, sink, false);
        double v = n.v0, u = n.u0;
        rec.start(v, u);
        for (long k = 0; k < steps; k++) {
            ctl.check(k);
            double I = src.current(k, k * dt);
            double dv = k2 * v * v + k1 * v + k0 - u + I;
            double du = acc ? a * (b * (v + 65.0)) : a * (b * v - u);
            v = v + dt * dv;
            u = u + dt * du;
            double tn = (k + 1) * dt;
            if (v >= vp) {
                v = c;
                u = rec.spike(tn, u);
            }
            rec.step(k + 1, tn, v, u, I);
        }
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
        final long steps = g.steps;
        StepRecorder rec = new StepRecorder(n, src, sink, true);
        float v = (float) n.v0, u = n.floatU0();
        rec.start(v, u);
        for (long k = 0; k < steps; k++) {
            ctl.check(k);
            float I = (float) src.current(k, k * dtd);
            float dv = k2 * v * v + k1 * v + k0 - u + I;
            float du = acc ? a * (b * (v + 65f)) : a * (b * v - u);
            v = v + dt * dv;
            u = u + dt * du;
            double tn = (k + 1) * dtd;
            if (v >= vp) {
                v = c;
                u = rec.spike(tn, u);
            }
            rec.step(k + 1, tn, v, u, I);
        }
        out[0] = v;
        out[1] = u;
    }
}
