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
        return this;
    }
}
