package org.spikeflow.izhikevich.internal;

import org.spikeflow.izhikevich.NumericalBlowUpException.Kind;

/** Non-finite or unstable state found by an integrator (converted to the public exception by the engine). */
public final class BlowUp extends RuntimeException {
    private static final long serialVersionUID = 1L;
    public final double time;
    public final double v;
    public final double u;
    public final double current;
    public final Kind kind;

    /** A state that is non-finite, or finite but far outside any physiological range. */
    public BlowUp(double time, double v, double u, double current) {
        this(time, v, u, current,
                Double.isFinite(v) && Double.isFinite(u) ? Kind.OUT_OF_RANGE : Kind.NON_FINITE);
    }

    public BlowUp(double time, double v, double u, double current, Kind kind) {
        super(null, null, false, false);
        this.time = time;
        this.v = v;
        this.u = u;
        this.current = current;
        this.kind = kind;
    }
}
