package org.spikeflow.izhikevich.internal;

import java.util.concurrent.CancellationException;

import org.spikeflow.izhikevich.Precision;
import org.spikeflow.izhikevich.Scheme;
import org.spikeflow.izhikevich.protocol.CurrentSource;

/**
 * The general integrator: one neuron, any scheme, any input, every point and spike reported to a sink. The rule is the
 * scheme's ({@link Scheme#integrate}); the fast Euler kernels are checked against it by tests.
 */
public final class Integrators {

    private Integrators() {
    }

    /**
     * Runs one neuron for the whole grid.
     *
     * @param out
     *            receives the final state (v, u) after the last reset
     * @throws BlowUp
     *             if the state becomes non-finite or implausible, or spikes on every (other) step
     * @throws CancellationException
     *             if the control is cancelled
     */
    public static void run(Scheme scheme, Precision precision, NeuronSpec n, CurrentSource src, Grid g,
            NeuronSink sink, Control ctl, double[] out) {
        scheme.integrate(precision, n, src, g, Instability.guard(sink, g.dt), ctl, out);
    }
}
