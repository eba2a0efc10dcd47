package org.spikeflow.izhikevich;

/**
 * The state of a neuron became NaN or infinite (after the spike reset). Reports the neuron (index in the population,
 * 0 for a single neuron), the time at the end of the step where it happened, the state and the neuron's parameters.
 * With several neurons affected, the one with the lowest index is reported, whatever the thread count.
 */
public class NumericalBlowUpException extends ArithmeticException {

    private static final long serialVersionUID = 1L;

    private final long neuron;
    private final double time;
    private final double v;
    private final double u;
    private final double current;
    private final transient NeuronParameters parameters;

    public NumericalBlowUpException(long neuron, double time, double v, double u, double current,
            NeuronParameters parameters, double dt, Scheme scheme, Precision precision) {
        super(String.format(java.util.Locale.ROOT,
                "Numerical blow-up in neuron %d at t = %s ms (v = %s, u = %s) with a = %s, b = %s, c = %s, d = %s, "
                        + "I = %s, k2 = %s, k1 = %s, k0 = %s, v0 = %s, u0 = %s; scheme %s, %s precision, dt = %s ms. "
                        + "Use a smaller dt or check the parameters.",
                neuron, num(time), num(v), num(u), num(parameters.a()), num(parameters.b()), num(parameters.c()),
                num(parameters.d()), num(current), num(parameters.k2()), num(parameters.k1()), num(parameters.k0()),
                num(parameters.v0()), num(parameters.u0()), scheme.id(), precision.id(), num(dt)));
        this.neuron = neuron;
        this.time = time;
        this.v = v;
        this.u = u;
        this.current = current;
        this.parameters = parameters;
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
