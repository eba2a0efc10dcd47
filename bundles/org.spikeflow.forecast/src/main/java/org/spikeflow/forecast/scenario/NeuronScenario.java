package org.spikeflow.forecast.scenario;

import java.util.Arrays;
import java.util.Locale;
import java.util.SplittableRandom;

import org.spikeflow.izhikevich.NeuronParameters;
import org.spikeflow.izhikevich.Presets;
import org.spikeflow.izhikevich.Scheme;
import org.spikeflow.izhikevich.SimulationResult;
import org.spikeflow.izhikevich.Simulation;
import org.spikeflow.izhikevich.models.AdEx;
import org.spikeflow.izhikevich.models.HodgkinHuxley;
import org.spikeflow.izhikevich.models.ModelRun;
import org.spikeflow.izhikevich.protocol.OrnsteinUhlenbeck;

/**
 * Realistic test neurons of issue 13, the specification of the forecasting benchmark: noisy regular-spiking (RS) and
 * fast-spiking (FS) Izhikevich neurons (2003 parameters, Ornstein–Uhlenbeck input mean 10, sd 1.5, τ 5 ms) and, as a
 * model the Izhikevich forecasters do not know, the adaptive exponential integrate-and-fire neuron with the Brette
 * &amp; Gerstner 2005 parameters (OU input mean 800 pA, sd 150 pA, τ 5 ms), and the Hodgkin–Huxley squid axon (1952
 * constants; OU input mean 10 µA/cm², sd 1.5 µA/cm², τ 5 ms: tonic firing near 70 Hz, above its rheobase). All are
 * integrated by the simulation library at 0.025 ms (forward Euler; Hodgkin–Huxley: its own RK4), sampled every 0.25 ms
 * after a 100 ms warm-up, and observed with 0.3 mV Gaussian measurement noise. Realisation r of a scenario is fully
 * determined by (scenario, r, seed).
 */
public enum NeuronScenario {

    RS("RS", "2003/RS"), FS("FS", "2003/FS"), ADEX("AdEx", null), HH("HH", null);

    /** Integration step (ms). */
    public static final double INTEGRATION_DT = 0.025;
    /** Sampling interval (ms). */
    public static final double SAMPLE_DT = 0.25;
    /** Steps per sample. */
    public static final int DECIMATION = 10;
    /** Discarded start of every run (ms). */
    public static final double WARM_UP = 100;
    /** Standard deviation of the measurement noise (mV). */
    public static final double MEASUREMENT_SD = 0.3;
    /** Correlation time of the input (ms). */
    public static final double INPUT_TAU = 5;
    /** Context and horizon of the benchmark (samples). */
    public static final int CONTEXT = 2000;
    public static final int HORIZON = 200;

    private final String label;
    private final String preset;

    NeuronScenario(String label, String preset) {
        this.label = label;
        this.preset = preset;
    }

    /** @return the short name (RS, FS, AdEx, HH) */
    public String label() {
        return label;
    }

    /** @return whether the neuron is an Izhikevich neuron (then {@link Trace#truth()} is set) */
    public boolean isIzhikevich() {
        return preset != null;
    }

    /** @return the Izhikevich parameters of RS and FS */
    public NeuronParameters parameters() {
        if (preset == null) {
            throw new IllegalStateException(label + " is not an Izhikevich neuron");
        }
        return Presets.get(preset).parameters();
    }

    /** @return mean of the input current (pA; Hodgkin–Huxley: µA/cm²) */
    public double inputMean() {
        return this == ADEX ? 800 : 10;
    }

    /** @return standard deviation of the input current (pA; Hodgkin–Huxley: µA/cm²) */
    public double inputSd() {
        return this == ADEX ? 150 : 1.5;
    }

    public static NeuronScenario parse(String text) {
        for (NeuronScenario s : values()) {
            if (s.label.equalsIgnoreCase(text.trim()) || s.name().equalsIgnoreCase(text.trim())) {
                return s;
            }
        }
        throw new IllegalArgumentException("Unknown scenario '" + text + "': expected RS, FS, AdEx or HH");
    }

    /**
     * The hidden state of an Izhikevich realisation at the last context sample.
     *
     * @param v
     *            membrane potential (mV, without measurement noise)
     * @param u
     *            recovery variable
     * @param current
     *            the input current of the next integration step (pA)
     */
    public record TrueState(double v, double u, double current) {
    }

    /**
     * One realisation: the observed context and its continuation.
     *
     * @param truth
     *            the hidden end state (Izhikevich scenarios only, else null)
     */
    public record Trace(NeuronScenario scenario, int realisation, double dt, double[] context, double[] actual,
            TrueState truth) {

        @Override
        public String toString() {
            return String.format(Locale.ROOT, "%s #%d", scenario.label, realisation);
        }
    }

    /** @return realisation {@code r} with {@code context} + {@code horizon} samples */
    public Trace generate(int r, long seed, int context, int horizon) {
        int samples = context + horizon;
        int warm = (int) Math.round(WARM_UP / SAMPLE_DT);
        double duration = (warm + samples) * SAMPLE_DT;
        long streamSeed = seed * 1_000_003L + 7919L * ordinal() + r;
        OrnsteinUhlenbeck input = new OrnsteinUhlenbeck(inputMean(), inputSd(), INPUT_TAU, streamSeed);
        double[] v;
        TrueState truth = null;
        if (isIzhikevich()) {
            SimulationResult run = Simulation.builder(parameters()).protocol(input).dt(INTEGRATION_DT)
                    .duration(duration).scheme(Scheme.EULER).decimation(DECIMATION).build().run();
            double[] all = run.v();
            v = Arrays.copyOfRange(all, warm + 1, warm + 1 + samples);
            int end = warm + context;
            truth = new TrueState(all[end], run.u()[end], run.current()[end]);
        } else {
            ModelRun run = this == ADEX
                    ? AdEx.simulate(AdEx.BRETTE_GERSTNER_2005, input, duration, INTEGRATION_DT)
                    : HodgkinHuxley.simulate(input, duration, INTEGRATION_DT);
            double[] all = run.voltage();
            v = new double[samples];
            for (int k = 0; k < samples; k++) {
                v[k] = all[(warm + 1 + k) * DECIMATION];
            }
        }
        SplittableRandom noise = new SplittableRandom(streamSeed ^ 0x5DEECE66DL);
        for (int k = 0; k < samples; k++) {
            v[k] += MEASUREMENT_SD * noise.nextGaussian();
        }
        return new Trace(this, r, SAMPLE_DT, Arrays.copyOf(v, context), Arrays.copyOfRange(v, context, samples),
                truth);
    }
}
