package org.spikeflow.izhikevich.internal.schemes;

import org.spikeflow.izhikevich.Scheme;
import org.spikeflow.izhikevich.internal.Control;
import org.spikeflow.izhikevich.internal.Grid;
import org.spikeflow.izhikevich.internal.NeuronSink;
import org.spikeflow.izhikevich.internal.NeuronSpec;
import org.spikeflow.izhikevich.protocol.CurrentSource;

/**
 * The network code of Izhikevich 2003 ("Simple model of spiking neurons", IEEE TNN 14(6), Fig. 3 code), per step of dt
 * (1 ms there): reset check first, then two half steps of v, then u with the new v: <pre> if (v &gt;= vPeak) { v = c; u
 * = u + d; } // spike recorded at this check v = v + (0.5*dt)*(k2*(v*v) + k1*v + k0 - u + I); // published:
 * v=v+0.5*(0.04*v.^2+5*v+140-u+I) v = v + (0.5*dt)*(k2*(v*v) + k1*v + k0 - u + I); u = u + dt*(a*(b*v - u)); //
 * published: u=u+a.*(b.*v-u) </pre> With dt = 1 the arithmetic is bit-identical to the published code. The check that
 * follows step k happens at t_{k+1}; it is applied at the end of the step (the same arithmetic), so the spike is at
 * t_{k+1}, whose point shows vPeak. A spike pending at the end of the run is counted at t = duration.
 */
public final class Izhikevich2003Network extends Scheme {

    public Izhikevich2003Network() {
        super("izhikevich2003", "Izhikevich 2003 network code: reset check, two dt/2 half steps of v, u with new v",
                "E. M. Izhikevich, Simple model of spiking neurons, IEEE TNN 14(6), 2003, network code");
    }

    @Override
    protected void integrateDouble(NeuronSpec n, CurrentSource src, Grid g, NeuronSink sink, Control ctl,
            double[] out) {
        final double a = n.a, b = n.b, c = n.c, k2 = n.k2, k1 = n.k1, k0 = n.k0, vp = n.vPeak, dt = g.dt;
        final double h = 0.5 * dt;
        final boolean acc = n.accommodation;
        final long steps = g.steps;
        StepRecorder rec = new StepRecorder(n, src, sink, false);
        double v = n.v0, u = n.u0;
        if (v >= vp) {
            v = c;
            u = rec.spike(0.0, u);
        }
        rec.start(v, u);
        for (long k = 0; k < steps; k++) {
            ctl.check(k);
            double I = src.current(k, k * dt);
            v = v + h * (k2 * (v * v) + k1 * v + k0 - u + I);
            v = v + h * (k2 * (v * v) + k1 * v + k0 - u + I);
            u = acc ? u + dt * (a * (b * (v + 65.0))) : u + dt * (a * (b * v - u));
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
        final float h = 0.5f * dt;
        final double dtd = g.dt;
        final boolean acc = n.accommodation;
        final long steps = g.steps;
        StepRecorder rec = new StepRecorder(n, src, sink, true);
        float v = (float) n.v0, u = n.floatU0();
        if (v >= vp) {
            v = c;
            u = rec.spike(0.0, u);
        }
        rec.start(v, u);
        for (long k = 0; k < steps; k++) {
            ctl.check(k);
            float I = (float) src.current(k, k * dtd);
            v = v + h * (k2 * (v * v) + k1 * v + k0 - u + I);
            v = v + h * (k2 * (v * v) + k1 * v + k0 - u + I);
            u = acc ? u + dt * (a * (b * (v + 65f))) : u + dt * (a * (b * v - u));
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
