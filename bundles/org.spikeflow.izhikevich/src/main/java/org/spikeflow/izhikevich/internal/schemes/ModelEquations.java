package org.spikeflow.izhikevich.internal.schemes;

import org.spikeflow.izhikevich.internal.Arithmetic;
import org.spikeflow.izhikevich.internal.NeuronSpec;

/**
 * One neuron's model in a run's {@link Arithmetic}: its parameters and initial state rounded to the precision once, and
 * the right-hand sides the schemes evaluate, each in the association order its javadoc shows (the order is the
 * rounding, so the published codes' two orders of the quadratic are two methods).
 */
final class ModelEquations {
    final Arithmetic ar;
    final double a, b, c, k2, k1, k0, vPeak;
    final boolean accommodation;
    /** The initial state; the default u0 = b·v0 is a product in this precision. */
    final double v0, u0;

    ModelEquations(NeuronSpec n, Arithmetic ar) {
        this.ar = ar;
        a = ar.round(n.a);
        b = ar.round(n.b);
        c = ar.round(n.c);
        k2 = ar.round(n.k2);
        k1 = ar.round(n.k1);
        k0 = ar.round(n.k0);
        vPeak = ar.round(n.vPeak);
        accommodation = n.accommodation;
        v0 = ar.round(n.v0);
        u0 = n.u0(ar);
    }

    /** v' as {@code k2*v*v + k1*v + k0 - u + I}, i.e. {@code ((((k2*v)*v + k1*v) + k0) - u) + I} (Brian2, C). */
    double dv(double v, double u, double input) {
        return ar.add(ar.sub(ar.add(ar.add(ar.mul(ar.mul(k2, v), v), ar.mul(k1, v)), k0), u), input);
    }

    /** v' as {@code k2*(v*v) + k1*v + k0 - u + I}: the square first, as the published Matlab and Python codes. */
    double dvSquareFirst(double v, double u, double input) {
        return ar.add(ar.sub(ar.add(ar.add(ar.mul(k2, ar.mul(v, v)), ar.mul(k1, v)), k0), u), input);
    }

    /** The factor of a in u': {@code b*v - u}, or {@code b*(v + 65)} with accommodation. */
    double recoveryDrive(double v, double u) {
        return accommodation ? ar.mul(b, ar.add(v, 65.0)) : ar.sub(ar.mul(b, v), u);
    }

    /** u' = {@code a*(b*v - u)}, or {@code a*(b*(v + 65))} with accommodation. */
    double du(double v, double u) {
        return ar.mul(a, recoveryDrive(v, u));
    }

    /** @return {@code x + h*slope}: one explicit step */
    double step(double x, double h, double slope) {
        return ar.add(x, ar.mul(h, slope));
    }
}
