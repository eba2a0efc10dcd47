package org.spikeflow.forecast.scenario;

import java.util.SplittableRandom;

import org.spikeflow.forecast.Forecast;
import org.spikeflow.forecast.StochasticIzhikevich;
import org.spikeflow.forecast.internal.ClimatologyBlend;
import org.spikeflow.izhikevich.NeuronParameters;

/**
 * The reference no forecaster can beat on average: it knows the true model, its noise and the hidden state at the end
 * of the context ({@link NeuronScenario.TrueState}) and forecasts the per-step median and percentiles of an ensemble of
 * noisy simulations from that state (Izhikevich scenarios).
 */
public final class OracleForecaster {

    /** Model name, the column prefix. */
    public static final String NAME = "Oracle";

    private OracleForecaster() {
    }

    /** @return the oracle's forecast of {@code trace} with {@code members} simulations, seeded */
    public static Forecast forecast(NeuronScenario.Trace trace, int h, int members, long seed, double... levels) {
        NeuronScenario sc = trace.scenario();
        if (trace.truth() == null) {
            throw new IllegalArgumentException("no oracle for " + sc.label() + ": its true state is not recorded");
        }
        NeuronParameters p = sc.parameters();
        StochasticIzhikevich model = new StochasticIzhikevich(p, sc.inputMean(), sc.inputSd(), NeuronScenario.INPUT_TAU,
                NeuronScenario.MEASUREMENT_SD, trace.dt(), NeuronScenario.DECIMATION);
        StochasticIzhikevich.State s = new StochasticIzhikevich.State(members);
        // a sample that shows a spike records vPeak; the neuron itself is already reset
        java.util.Arrays.fill(s.v, trace.truth().v() >= p.vPeak() ? p.c() : trace.truth().v());
        java.util.Arrays.fill(s.u, trace.truth().u());
        java.util.Arrays.fill(s.current, trace.truth().current());
        return ClimatologyBlend.modelOnly().forecast(NAME, trace.dt(), model.ensemble(s, h, new SplittableRandom(seed)),
                levels);
    }
}
