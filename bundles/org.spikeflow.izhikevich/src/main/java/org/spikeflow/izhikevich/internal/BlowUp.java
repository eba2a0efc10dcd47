package org.spikeflow.izhikevich.internal;

/** Non-finite state found by an integrator (converted to the public exception by the engine). */
public final class BlowUp extends RuntimeException {
    private static final long serialVersionUID = 1L;
    public final double time;
    public final double v;
    public final double u;
    public final double current;

    public BlowUp(double time, double v, double u, double current) {
        super(null, null, false, false);
        this.time = time;
        this.v = v;
        this.u = u;
        this.current = current;
    }
}
