package org.spikeflow.izhikevich;

/**
 * The state of a neuron became NaN or infinite (after the spike reset), or the integration is visibly unstable at this
 * step size (see {@link Kind}). Reports the neuron (index in the population, 0 for a single neuron), the time at the
 * end of the step where it happened, the state and the neuron's parameters. With several neurons affected, the one with
 * the lowest index is reported, whatever the thread count.
 */
public class NumericalBlowUpException extends ArithmeticException {

    private static final long serialVersionUID = 1L;

    private final long neuron;
    private final double time;
    private final double v;
    private final double u;
    private final double current;
    private final transient NeuronParameters parameters;
    private final Kind kind;

    /** What went wrong. */
    public enum Kind {
        /** v or u became NaN or infinite. */
        NON_FINITE,
        /** v left any physiological range (|v| above 10^4 mV) while staying finite: an unstable integration. */
        OUT_OF_RANGE,
        /** The neuron spiked on every step or every other step for a long run: the step cannot resolve it. */
        RAPID_SPIKING
    }

    public NumericalBlowUpException(long neuron, double time, double v, double u, double current,
            NeuronParameters parameters, double dt, Scheme scheme, Precision precision) {
        this(Kind.NON_FINITE, neuron, time, v, u, current, parameters, dt, scheme, precision);
    }

    public NumericalBlowUpException(Kind kind, long neuron, double time, double v, double u, double current,
            NeuronParameters parameters, double dt, Scheme scheme, Precision precision) {
        super(message(kind, neuron, time, v, u, current, parameters, dt, scheme, precision));
        this.kind = kind;
        this.neuron = neuron;
        this.time = time;
        this.v = v;
        this.u = u;
        this.current = current;
        this.parameters = parameters;
    }

    private static String message(Kind kind, long neuron, double time, double v, double u, double current,
            NeuronParameters p, double dt, Scheme scheme, Precision precision) {
        String parameters = String.format(java.util.Locale.ROOT,
                "a = %s, b = %s, c = %s, d = %s, I = %s, k2 = %s, k1 = %s, k0 = %s, v0 = %s, u0 = %s; scheme %s, %s "
                        + "precision, dt = %s ms",
                num(p.a()), num(p.b()), num(p.c()), num(p.d()), num(current),
                num(p.k2()), num(p.k1()), num(p.k0()), num(p.v0()), num(p.u0()), scheme.id(), precision.id(), num(dt));
        String advice = scheme == Scheme.RK4
                ? "Use a smaller dt or check the parameters."
                : "Use a smaller dt or the rk4 scheme, or check the parameters.";
        String where = "Numerical blow-up in neuron " + neuron + " at t = " + num(time) + " ms";
        return switch (kind) {
            case NON_FINITE -> where + " (v = " + num(v) + ", u = " + num(u) + ") with " + parameters + ". " + advice;
            case OUT_OF_RANGE -> where + ": v = " + num(v) + " mV (u = " + num(u) + ") is far outside any "
                    + "physiological range, so the integration is unstable at this step, with " + parameters + ". "
                    + advice;
            case RAPID_SPIKING -> where + ": it spikes on every step or every other step, so the step cannot "
                    + "resolve its dynamics (an unstable integration), with " + parameters + ". " + advice;
        };
    }

    /** @return whether the state became non-finite or the integration was found unstable in another way */
    public Kind kind() {
        return kind;
    }

    private static String num(double x) {
        return Double.toString(x);
    }

    /** @return index of the neuron in its population */
    public long neuron() {
        return neuron;
    }

    /** @return time in ms at the end of the step where the state became non-finite */
    public double time() {
        return time;
    }

    public double v() {
        return v;
    }

    public double u() {
        return u;
    }

    /** @return the input current of that step */
    public double current() {
        return current;
    }

    public NeuronParameters parameters() {
        return parameters;
    }
}
