package org.spikeflow.izhikevich.internal.schemes;

import org.spikeflow.izhikevich.Scheme;
import org.spikeflow.izhikevich.internal.Arithmetic;
import org.spikeflow.izhikevich.internal.Control;
import org.spikeflow.izhikevich.internal.Grid;
import org.spikeflow.izhikevich.internal.NeuronSink;
import org.spikeflow.izhikevich.internal.NeuronSpec;
import org.spikeflow.izhikevich.protocol.CurrentSource;

/**
 * A scheme written as its rule alone: the neuron's {@link ModelEquations} and the {@link StepRecorder} are made here,
 * and dt is rounded to the run's precision here, once for every scheme, so that a scheme's class holds only its loop.
 */
abstract class RuleScheme extends Scheme {

    RuleScheme(String id, String description, String source) {
        super(id, description, source);
    }

    @Override
    protected final void integrate(Arithmetic ar, NeuronSpec n, CurrentSource src, Grid g, NeuronSink sink,
            Control ctl, double[] out) {
        rule(new ModelEquations(n, ar), new StepRecorder(ar, n, src, sink), g, ar.round(g.dt), ctl, out);
    }

    /**
     * The scheme's loop over the grid (see
     * {@link Scheme#integrate(Arithmetic, NeuronSpec, CurrentSource, Grid, NeuronSink, Control, double[])}); every
     * operation on the state is one of {@code m.ar}'s or {@code m}'s.
     *
     * @param dt
     *            {@code g.dt} in the run's precision (times stay {@code k * g.dt}, in double)
     * @param out
     *            receives the final state (v, u)
     */
    abstract void rule(ModelEquations m, StepRecorder rec, Grid g, double dt, Control ctl, double[] out);
}
