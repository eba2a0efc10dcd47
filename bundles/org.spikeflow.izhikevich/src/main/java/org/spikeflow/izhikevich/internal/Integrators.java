package org.spikeflow.izhikevich.internal;

import java.util.concurrent.CancellationException;

import org.spikeflow.izhikevich.Precision;
import org.spikeflow.izhikevich.Scheme;
import org.spikeflow.izhikevich.protocol.CurrentSource;

/**
 * The general integrators: one neuron, any scheme, any input, every point and spike reported to a sink. The
 * expressions are those documented on {@link Scheme}; keep them in sync with the fast kernels (tests check that
 * {@code euler} here and in the kernels is bit-identical).
 */
public final class Integrators {

    private static final long MASK = Control.CHECK_MASK;

    private Integrators() {
    }

    /**
     * Runs one neuron for the whole grid.
     *
     * @param out receives the final state (v, u) after the last reset
     * @throws BlowUp                if the state becomes non-finite or implausible, or spikes on every (other) step
     * @throws CancellationException if the control is cancelled
     */
    public static void run(Scheme scheme, Precision precision, NeuronSpec n, CurrentSource src, Grid g,
            NeuronSink sink, Control ctl, double[] out) {
        boolean f = precision == Precision.FLOAT;
        sink = Instability.guard(sink, g.dt);
        switch (scheme) {
            case EULER -> {
                if (f) {
                    eulerF(n, src, g, sink, ctl, out);
                } else {
                    eulerD(n, src, g, sink, ctl, out);
                }
            }
            case IZHIKEVICH2003 -> {
                if (f) {
                    izh2003F(n, src, g, sink, ctl, out);
                } else {
                    izh2003D(n, src, g, sink, ctl, out);
                }
            }
            case IZHIKEVICH2004 -> {
                if (f) {
                    izh2004F(n, src, g, sink, ctl, out);
                } else {
                    izh2004D(n, src, g, sink, ctl, out);
                }
            }
            case SEED -> {
                if (f) {
                    seedF(n, src, g, sink, ctl, out);
                } else {
                    seedD(n, src, g, sink, ctl, out);
                }
            }
            case RK4 -> {
                if (f) {
                    rk4F(n, src, g, sink, ctl, out);
                } else {
                    rk4D(n, src, g, sink, ctl, out);
                }
            }
            default -> throw new IllegalArgumentException(String.valueOf(scheme));
        }
    }

    private static void check(long k, Control ctl) {
        if ((k & MASK) == 0 && ctl.cancelled()) {
            throw new CancellationException("simulation cancelled");
        }
    }

    /** Finite and within a physiological range; an implausible state is reported as a {@link BlowUp}. */
    private static boolean finite(double v, double u) {
        return Instability.plausible(v, u);
    }

    // ---- euler -------------------------------------------------------------------------------------------------

    static void eulerD(NeuronSpec n, CurrentSource src, Grid g, NeuronSink sink, Control ctl, double[] out) {
        final double a = n.a, b = n.b, c = n.c, d = n.d, k2 = n.k2, k1 = n.k1, k0 = n.k0, vp = n.vPeak, dt = g.dt;
        final boolean acc = n.accommodation, pts = sink.wantsPoints(), cur = sink.wantsCurrent();
        final long steps = g.steps;
        double v = n.v0, u = n.u0;
        if (pts) {
            sink.point(0, v, u, cur ? src.current(0, 0.0) : Double.NaN);
        }
        for (long k = 0; k < steps; k++) {
            check(k, ctl);
            double I = src.current(k, k * dt);
            double dv = k2 * v * v + k1 * v + k0 - u + I;
            double du = acc ? a * (b * (v + 65.0)) : a * (b * v - u);
            v = v + dt * dv;
            u = u + dt * du;
            double tn = (k + 1) * dt;
            boolean spike = v >= vp;
            if (spike) {
                v = c;
                u = u + d;
                sink.spike(tn);
            }
            if (!finite(v, u)) {
                throw new BlowUp(tn, v, u, I);
            }
            if (pts) {
                sink.point(k + 1, spike ? vp : v, u, cur ? src.current(k + 1, tn) : Double.NaN);
            }
        }
        out[0] = v;
        out[1] = u;
    }

    static void eulerF(NeuronSpec n, CurrentSource src, Grid g, NeuronSink sink, Control ctl, double[] out) {
        final float a = (float) n.a, b = (float) n.b, c = (float) n.c, d = (float) n.d, k2 = (float) n.k2,
                k1 = (float) n.k1, k0 = (float) n.k0, vp = (float) n.vPeak, dt = (float) g.dt;
        final double dtd = g.dt;
        final boolean acc = n.accommodation, pts = sink.wantsPoints(), cur = sink.wantsCurrent();
        final long steps = g.steps;
        float v = (float) n.v0, u = n.floatU0();
        if (pts) {
            sink.point(0, v, u, cur ? (float) src.current(0, 0.0) : Double.NaN);
        }
        for (long k = 0; k < steps; k++) {
            check(k, ctl);
            float I = (float) src.current(k, k * dtd);
            float dv = k2 * v * v + k1 * v + k0 - u + I;
            float du = acc ? a * (b * (v + 65f)) : a * (b * v - u);
            v = v + dt * dv;
            u = u + dt * du;
            double tn = (k + 1) * dtd;
            boolean spike = v >= vp;
            if (spike) {
                v = c;
                u = u + d;
                sink.spike(tn);
            }
            if (!finite(v, u)) {
                throw new BlowUp(tn, v, u, I);
            }
            if (pts) {
                sink.point(k + 1, spike ? vp : v, u, cur ? (float) src.current(k + 1, tn) : Double.NaN);
            }
        }
        out[0] = v;
        out[1] = u;
    }

    // ---- izhikevich2003 ----------------------------------------------------------------------------------------

    static void izh2003D(NeuronSpec n, CurrentSource src, Grid g, NeuronSink sink, Control ctl, double[] out) {
        final double a = n.a, b = n.b, c = n.c, d = n.d, k2 = n.k2, k1 = n.k1, k0 = n.k0, vp = n.vPeak, dt = g.dt;
        final double h = 0.5 * dt;
        final boolean acc = n.accommodation, pts = sink.wantsPoints(), cur = sink.wantsCurrent();
        final long steps = g.steps;
        double v = n.v0, u = n.u0;
        boolean spike = v >= vp;
        if (spike) {
            v = c;
            u = u + d;
            sink.spike(0.0);
        }
        if (pts) {
            sink.point(0, spike ? vp : v, u, cur ? src.current(0, 0.0) : Double.NaN);
        }
        for (long k = 0; k < steps; k++) {
            check(k, ctl);
            double I = src.current(k, k * dt);
            v = v + h * (k2 * (v * v) + k1 * v + k0 - u + I);
            v = v + h * (k2 * (v * v) + k1 * v + k0 - u + I);
            u = acc ? u + dt * (a * (b * (v + 65.0))) : u + dt * (a * (b * v - u));
            double tn = (k + 1) * dt;
            spike = v >= vp;
            if (spike) {
                v = c;
                u = u + d;
                sink.spike(tn);
            }
            if (!finite(v, u)) {
                throw new BlowUp(tn, v, u, I);
            }
            if (pts) {
                sink.point(k + 1, spike ? vp : v, u, cur ? src.current(k + 1, tn) : Double.NaN);
            }
        }
        out[0] = v;
        out[1] = u;
    }

    static void izh2003F(NeuronSpec n, CurrentSource src, Grid g, NeuronSink sink, Control ctl, double[] out) {
        final float a = (float) n.a, b = (float) n.b, c = (float) n.c, d = (float) n.d, k2 = (float) n.k2,
                k1 = (float) n.k1, k0 = (float) n.k0, vp = (float) n.vPeak, dt = (float) g.dt;
        final float h = 0.5f * dt;
        final double dtd = g.dt;
        final boolean acc = n.accommodation, pts = sink.wantsPoints(), cur = sink.wantsCurrent();
        final long steps = g.steps;
        float v = (float) n.v0, u = n.floatU0();
        boolean spike = v >= vp;
        if (spike) {
            v = c;
            u = u + d;
            sink.spike(0.0);
        }
        if (pts) {
            sink.point(0, spike ? vp : v, u, cur ? (float) src.current(0, 0.0) : Double.NaN);
        }
        for (long k = 0; k < steps; k++) {
            check(k, ctl);
            float I = (float) src.current(k, k * dtd);
            v = v + h * (k2 * (v * v) + k1 * v + k0 - u + I);
            v = v + h * (k2 * (v * v) + k1 * v + k0 - u + I);
            u = acc ? u + dt * (a * (b * (v + 65f))) : u + dt * (a * (b * v - u));
            double tn = (k + 1) * dtd;
            spike = v >= vp;
            if (spike) {
                v = c;
                u = u + d;
                sink.spike(tn);
            }
            if (!finite(v, u)) {
                throw new BlowUp(tn, v, u, I);
            }
            if (pts) {
                sink.point(k + 1, spike ? vp : v, u, cur ? (float) src.current(k + 1, tn) : Double.NaN);
            }
        }
        out[0] = v;
        out[1] = u;
    }

    // ---- izhikevich2004 ----------------------------------------------------------------------------------------

    static void izh2004D(NeuronSpec n, CurrentSource src, Grid g, NeuronSink sink, Control ctl, double[] out) {
        final double a = n.a, b = n.b, c = n.c, d = n.d, k2 = n.k2, k1 = n.k1, k0 = n.k0, vp = n.vPeak, dt = g.dt;
        final boolean acc = n.accommodation, pts = sink.wantsPoints();
        final long updates = g.updates;
        double v = n.v0, u = n.u0;
        for (long k = 0; k < updates; k++) {
            check(k, ctl);
            double t = k * dt;
            double I = src.current(k, t);
            v = v + dt * (k2 * (v * v) + k1 * v + k0 - u + I);
            u = acc ? u + dt * a * (b * (v + 65.0)) : u + dt * a * (b * v - u);
            boolean spike = v > vp;
            if (spike) {
                v = c;
                u = u + d;
                sink.spike(t);
            }
            if (!finite(v, u)) {
                throw new BlowUp(t, v, u, I);
            }
            if (pts) {
                sink.point(k, spike ? vp : v, u, I);
            }
        }
        out[0] = v;
        out[1] = u;
    }

    static void izh2004F(NeuronSpec n, CurrentSource src, Grid g, NeuronSink sink, Control ctl, double[] out) {
        final float a = (float) n.a, b = (float) n.b, c = (float) n.c, d = (float) n.d, k2 = (float) n.k2,
                k1 = (float) n.k1, k0 = (float) n.k0, vp = (float) n.vPeak, dt = (float) g.dt;
        final double dtd = g.dt;
        final boolean acc = n.accommodation, pts = sink.wantsPoints();
        final long updates = g.updates;
        float v = (float) n.v0, u = n.floatU0();
        for (long k = 0; k < updates; k++) {
            check(k, ctl);
            double t = k * dtd;
            float I = (float) src.current(k, t);
            v = v + dt * (k2 * (v * v) + k1 * v + k0 - u + I);
            u = acc ? u + dt * a * (b * (v + 65f)) : u + dt * a * (b * v - u);
            boolean spike = v > vp;
            if (spike) {
                v = c;
                u = u + d;
                sink.spike(t);
            }
            if (!finite(v, u)) {
                throw new BlowUp(t, v, u, I);
            }
            if (pts) {
                sink.point(k, spike ? vp : v, u, I);
            }
        }
        out[0] = v;
        out[1] = u;
    }

    // ---- seed --------------------------------------------------------------------------------------------------

    static void seedD(NeuronSpec n, CurrentSource src, Grid g, NeuronSink sink, Control ctl, double[] out) {
        final double a = n.a, b = n.b, c = n.c, d = n.d, k2 = n.k2, k1 = n.k1, k0 = n.k0, vp = n.vPeak, dt = g.dt;
        final boolean acc = n.accommodation, pts = sink.wantsPoints(), cur = sink.wantsCurrent();
        final long points = g.points;
        double v = n.v0, u = n.u0;
        double pv = v, pu = u, pI = cur ? src.current(0, 0.0) : Double.NaN; // pending point i-1
        for (long i = 1; i < points; i++) {
            long k = i - 1;
            check(k, ctl);
            double I = src.current(k, k * dt);
            double vn = v + dt * (k2 * (v * v) + k1 * v + k0 - u + I);
            double un = acc ? u + dt * (a * (b * (v + 65.0))) : u + dt * (a * (b * v - u));
            if (vn >= vp) {
                pv = vp;
                sink.spike(g.pointTime(i - 1));
                vn = c;
                un = un + d;
            }
            if (!finite(vn, un)) {
                throw new BlowUp(g.pointTime(i), vn, un, I);
            }
            if (pts) {
                sink.point(i - 1, pv, pu, pI);
            }
            v = vn;
            u = un;
            pv = v;
            pu = u;
            if (cur) {
                pI = src.current(i, i * dt);
            }
        }
        if (pts) {
            sink.point(points - 1, pv, pu, pI);
        }
        out[0] = v;
        out[1] = u;
    }

    static void seedF(NeuronSpec n, CurrentSource src, Grid g, NeuronSink sink, Control ctl, double[] out) {
        final float a = (float) n.a, b = (float) n.b, c = (float) n.c, d = (float) n.d, k2 = (float) n.k2,
                k1 = (float) n.k1, k0 = (float) n.k0, vp = (float) n.vPeak, dt = (float) g.dt;
        final double dtd = g.dt;
        final boolean acc = n.accommodation, pts = sink.wantsPoints(), cur = sink.wantsCurrent();
        final long points = g.points;
        float v = (float) n.v0, u = n.floatU0();
        float pv = v, pu = u;
        double pI = cur ? (float) src.current(0, 0.0) : Double.NaN;
        for (long i = 1; i < points; i++) {
            long k = i - 1;
            check(k, ctl);
            float I = (float) src.current(k, k * dtd);
            float vn = v + dt * (k2 * (v * v) + k1 * v + k0 - u + I);
            float un = acc ? u + dt * (a * (b * (v + 65f))) : u + dt * (a * (b * v - u));
            if (vn >= vp) {
                pv = vp;
                sink.spike(g.pointTime(i - 1));
                vn = c;
                un = un + d;
            }
            if (!finite(vn, un)) {
                throw new BlowUp(g.pointTime(i), vn, un, I);
            }
            if (pts) {
                sink.point(i - 1, pv, pu, pI);
            }
            v = vn;
            u = un;
            pv = v;
            pu = u;
            if (cur) {
                pI = (float) src.current(i, i * dtd);
            }
        }
        if (pts) {
            sink.point(points - 1, pv, pu, pI);
        }
        out[0] = v;
        out[1] = u;
    }

    // ---- rk4 ---------------------------------------------------------------------------------------------------

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

    static void rk4D(NeuronSpec n, CurrentSource src, Grid g, NeuronSink sink, Control ctl, double[] out) {
        final double c = n.c, d = n.d, vp = n.vPeak, dt = g.dt;
        final boolean pts = sink.wantsPoints(), cur = sink.wantsCurrent();
        final long steps = g.steps;
        RkD s = new RkD(n);
        s.v = n.v0;
        s.u = n.u0;
        if (pts) {
            sink.point(0, s.v, s.u, cur ? src.current(0, 0.0) : Double.NaN);
        }
        for (long k = 0; k < steps; k++) {
            check(k, ctl);
            double t = k * dt;
            double tn = (k + 1) * dt;
            double i0 = src.current(k, t);
            double i1 = src.current(k, tn);
            double v0 = s.v, u0 = s.u;
            s.step(dt, i0, src.current(k, t + 0.5 * dt), i1);
            boolean spike = s.v >= vp;
            if (spike) {
                double theta = v0 >= vp ? 0 : (vp - v0) / (s.v - v0);
                double ts = t + theta * dt;
                double us = u0 + theta * (s.u - u0);
                sink.spike(ts);
                s.v = c;
                s.u = us + d;
                double r = tn - ts;
                if (r > 0) {
                    s.step(r, src.current(k, ts), src.current(k, ts + 0.5 * r), i1);
                }
            }
            if (!finite(s.v, s.u)) {
                throw new BlowUp(tn, s.v, s.u, i0);
            }
            if (pts) {
                sink.point(k + 1, spike ? vp : s.v, s.u, cur ? src.current(k + 1, tn) : Double.NaN);
            }
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

    static void rk4F(NeuronSpec n, CurrentSource src, Grid g, NeuronSink sink, Control ctl, double[] out) {
        final float c = (float) n.c, d = (float) n.d, vp = (float) n.vPeak, dt = (float) g.dt;
        final double dtd = g.dt;
        final boolean pts = sink.wantsPoints(), cur = sink.wantsCurrent();
        final long steps = g.steps;
        RkF s = new RkF(n);
        s.v = (float) n.v0;
        s.u = n.floatU0();
        if (pts) {
            sink.point(0, s.v, s.u, cur ? (float) src.current(0, 0.0) : Double.NaN);
        }
        for (long k = 0; k < steps; k++) {
            check(k, ctl);
            double t = k * dtd;
            double tn = (k + 1) * dtd;
            float i0 = (float) src.current(k, t);
            float i1 = (float) src.current(k, tn);
            float v0 = s.v, u0 = s.u;
            s.step(dt, i0, (float) src.current(k, t + 0.5 * dtd), i1);
            boolean spike = s.v >= vp;
            if (spike) {
                float theta = v0 >= vp ? 0f : (vp - v0) / (s.v - v0);
                double ts = t + theta * dtd;
                float us = u0 + theta * (s.u - u0);
                sink.spike(ts);
                s.v = c;
                s.u = us + d;
                double r = tn - ts;
                if (r > 0) {
                    s.step((float) r, (float) src.current(k, ts), (float) src.current(k, ts + 0.5 * r), i1);
                }
            }
            if (!finite(s.v, s.u)) {
                throw new BlowUp(tn, s.v, s.u, i0);
            }
            if (pts) {
                sink.point(k + 1, spike ? vp : s.v, s.u, cur ? (float) src.current(k + 1, tn) : Double.NaN);
            }
        }
        out[0] = s.v;
        out[1] = s.u;
    }
}
