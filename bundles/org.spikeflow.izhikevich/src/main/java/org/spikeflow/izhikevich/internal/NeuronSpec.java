package org.spikeflow.izhikevich.internal;

import org.spikeflow.izhikevich.NeuronParameters;
import org.spikeflow.izhikevich.Recovery;

/** Mutable parameter holder of one neuron for the integrators (no allocation per neuron in population runs). */
public final class NeuronSpec {
    public double a;
    public double b;
    public double c;
    public double d;
    public double k2;
    public double k1;
    public double k0;
    public double vPeak;
    public boolean accommodation;
    public double v0;
    public double u0;
    /** u0 was not given: it is {@code b·v0}, computed in the run's precision. */
    public boolean defaultU0;

    public NeuronSpec set(NeuronParameters p) {
        a = p.a();
        b = p.b();
        c = p.c();
        d = p.d();
        k2 = p.k2();
        k1 = p.k1();
        k0 = p.k0();
        vPeak = p.vPeak();
        accommodation = p.recovery() == Recovery.ACCOMMODATION;
        v0 = p.v0();
        u0 = p.u0();
        defaultU0 = !p.hasExplicitU0();
        return this;
    }

    /**
     * @return the initial u in the given arithmetic: the default {@code b·v0} is multiplied in that precision from b
     *         and v0 rounded once (in float, not computed in double and then rounded, which can change a neuron's spike
     *         count)
     */
    public double u0(Arithmetic ar) {
        return defaultU0 ? ar.mul(ar.round(b), ar.round(v0)) : ar.round(u0);
    }
}
