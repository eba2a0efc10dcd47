package org.spikeflow.izhikevich;

import java.util.Locale;

/**
 * Integration schemes. Each one is implemented exactly as written here (Java never contracts to fused multiply-add
 * and evaluates left to right, so the expression order below is the order of the rounding steps). Notation: k2, k1,
 * k0, vPeak from {@link NeuronParameters}; {@code f(v) = ...} is shown for the standard recovery, the accommodation
 * form replaces {@code a*(b*v - u)} by {@code a*(b*(v + 65))}.
 *
 * <p>Time grid: with {@code n = duration/dt} (rounded to the nearest integer when within 1e-9 relative of it, else
 * truncated), the trace has points {@code t_k = k*dt}, k = 0..n, except for {@link #SEED}.
 */
public enum Scheme {

    /**
     * Forward Euler from the old values, then threshold, then reset — the default. Per step (I = I(t_k)):
     * <pre>
     * dv = k2*v*v + k1*v + k0 - u + I;   // ((((k2*v)*v) + (k1*v)) + k0) - u) + I
     * du = a*(b*v - u);
     * v = v + dt*dv;  u = u + dt*du;
     * if (v &gt;= vPeak) { v = c; u = u + d; }   // spike at t_{k+1}
     * </pre>
     * Source: the forward Euler method as used by Brian2 ({@code method='euler'}), numpy and C reference codes; with
     * IEEE double and no FMA the results are bit-reproducible across machines, thread counts and simulators that use
     * the same expression. Point 0 is the initial state; a point at which a spike occurred shows vPeak (u after the
     * reset).
     */
    EULER("euler", "Forward Euler (old v and u), then threshold v >= vPeak, then reset",
            "Forward Euler in the expression order of the Spikeflow issue (as Brian2 'euler', numpy and C codes)"),

    /**
     * The network code of Izhikevich 2003 ("Simple model of spiking neurons", IEEE TNN 14(6), Fig. 3 code), per step
     * of dt (1 ms there): reset check first, then two half steps of v, then u with the new v:
     * <pre>
     * if (v &gt;= vPeak) { v = c; u = u + d; }            // spike recorded at this check
     * v = v + (0.5*dt)*(k2*(v*v) + k1*v + k0 - u + I);  // published: v=v+0.5*(0.04*v.^2+5*v+140-u+I)
     * v = v + (0.5*dt)*(k2*(v*v) + k1*v + k0 - u + I);
     * u = u + dt*(a*(b*v - u));                        // published: u=u+a.*(b.*v-u)
     * </pre>
     * With dt = 1 the arithmetic is bit-identical to the published code. The check that follows step k happens at
     * t_{k+1}; it is applied at the end of the step (the same arithmetic), so the spike is at t_{k+1}, whose point
     * shows vPeak. A spike pending at the end of the run is counted at t = duration.
     */
    IZHIKEVICH2003("izhikevich2003", "Izhikevich 2003 network code: reset check, two dt/2 half steps of v, u with new v",
            "E. M. Izhikevich, Simple model of spiking neurons, IEEE TNN 14(6), 2003, network code"),

    /**
     * The figure code of Izhikevich 2004 (figure1.m for "Which model to use for cortical spiking neurons?", IEEE TNN
     * 15(5); the same code draws Fig. 2 of the 2003 paper). With {@code tspan = 0:tau:T}, for each t in tspan:
     * <pre>
     * v = v + dt*(k2*(v*v) + k1*v + k0 - u + I(t));   // V = V + tau*(0.04*V^2+5*V+140-u+I)
     * u = u + dt*a*(b*v - u);                          // u = u + tau*a*(b*V-u): the NEW v; (dt*a) first
     * if (v &gt; vPeak) { record vPeak; v = c; u = u + d; } else record v;
     * </pre>
     * So there are n+1 updates; point k (k = 0..n) is the state after the update that used I(t_k), labelled t_k as in
     * the published plots (there is no point for the initial state), and a spike of update k is at t_k.
     */
    IZHIKEVICH2004("izhikevich2004", "Izhikevich 2004 figure code: v, then u with the new v, spike when v > vPeak",
            "E. M. Izhikevich, Which model to use for cortical spiking neurons?, IEEE TNN 15(5), 2004, figure1.m"),

    /**
     * The scheme of the original single_neuron.py, to reproduce its files: {@code n = (int)(T/dt)} points on the axis
     * {@code linspace(0, T, n)} (point i at {@code i*(T/(n-1))}, the last exactly T), v0 = −65 and u0 = b·v0 by
     * default, and for i = 1..n−1 (I = I((i−1)*dt)):
     * <pre>
     * v[i] = v[i-1] + dt*(k2*(v[i-1]*v[i-1]) + k1*v[i-1] + k0 - u[i-1] + I);   // 0.04*v**2 + 5*v + 140 - u + I
     * u[i] = u[i-1] + dt*(a*(b*v[i-1] - u[i-1]));                            // u from the old v
     * if (v[i] &gt;= vPeak) { v[i-1] = vPeak; v[i] = c; u[i] = u[i] + d; }    // previous point shows the spike
     * </pre>
     * The spike is at the time of point i−1. The original squared with Python's {@code v**2} (the C library's
     * {@code pow}); Spikeflow uses {@code v*v}, which agrees except for about 1 in 1000 points that differ in the
     * last bit or two (the files' spike times and counts are reproduced exactly).
     */
    SEED("seed", "single_neuron.py: Euler with old v, u; n = int(T/dt) points on linspace(0,T,n); previous point set to vPeak",
            "The original single_neuron.py (Spikeflow's seed script) and its data/*.csv files"),

    /**
     * Classical fourth-order Runge–Kutta on (v, u) with I evaluated at t, t+dt/2, t+dt (noise held over the step). If
     * v reaches vPeak within the step, the crossing time is found by linear interpolation of v between the step's
     * ends, u is interpolated likewise, the neuron is reset there (v = c, u = u + d) and integrated with RK4 over the
     * rest of the step. Accurate (4th order between spikes), not bit-compatible with other simulators.
     */
    RK4("rk4", "Classical Runge-Kutta 4 with in-step threshold crossing (linear interpolation) and reset",
            "Classical RK4 (e.g. Press et al., Numerical Recipes, 16.1); event location by linear interpolation");

    private final String id;
    private final String description;
    private final String source;

    Scheme(String id, String description, String source) {
        this.id = id;
        this.description = description;
        this.source = source;
    }

    /** @return the stable name ({@code euler}, {@code izhikevich2003}, {@code izhikevich2004}, {@code seed}, {@code rk4}) */
    public String id() {
        return id;
    }

    public String description() {
        return description;
    }

    /** @return where the scheme comes from */
    public String source() {
        return source;
    }

    /** Parses a scheme id (or enum name), case-insensitive. */
    public static Scheme parse(String text) {
        String t = text == null ? "" : text.trim().toLowerCase(Locale.ROOT);
        for (Scheme s : values()) {
            if (s.id.equals(t) || s.name().toLowerCase(Locale.ROOT).equals(t)) {
                return s;
            }
        }
        throw new IllegalArgumentException(
                "Unknown scheme '" + text + "': expected euler, izhikevich2003, izhikevich2004, seed or rk4");
    }
}
