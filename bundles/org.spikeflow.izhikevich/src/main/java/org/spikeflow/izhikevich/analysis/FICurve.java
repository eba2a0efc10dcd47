package org.spikeflow.izhikevich.analysis;

import org.spikeflow.izhikevich.NeuronParameters;
import org.spikeflow.izhikevich.Population;
import org.spikeflow.izhikevich.PopulationResult;
import org.spikeflow.izhikevich.PopulationSimulation;
import org.spikeflow.izhikevich.Precision;
import org.spikeflow.izhikevich.RecordingOptions;
import org.spikeflow.izhikevich.Scheme;

/**
 * Frequency–current curve: the firing rate of one neuron type for a set of constant currents, each current run as one
 * neuron of a population (parallel, deterministic).
 *
 * @param currents
 *            input currents (pA)
 * @param rates
 *            firing rate (Hz) over the analysis window, per current
 * @param transientMs
 *            ms discarded at the start of each run
 * @param duration
 *            ms simulated per current
 */
public record FICurve(double[] currents, double[] rates, double transientMs, double duration) {

    public FICurve {
        currents = currents.clone();
        rates = rates.clone();
    }

    @Override
    public double[] currents() {
        return currents.clone();
    }

    @Override
    public double[] rates() {
        return rates.clone();
    }

    /**
     * @param p
     *            neuron parameters (v0, u0 from them)
     * @param currents
     *            constant currents (pA)
     * @param duration
     *            ms per current
     * @param transientMs
     *            ms at the start not counted (0 ≤ transientMs &lt; duration)
     * @param dt
     *            ms
     * @param scheme
     *            integration scheme
     * @param precision
     *            precision
     * @param threads
     *            worker threads
     */
    public static FICurve compute(NeuronParameters p, double[] currents, double duration, double transientMs, double dt,
            Scheme scheme, Precision precision, int threads) {
        if (!(transientMs >= 0) || !(transientMs < duration)) {
            throw new IllegalArgumentException("transientMs must be >= 0 and < duration");
        }
        if (currents.length == 0) {
            return new FICurve(currents, new double[0], transientMs, duration);
        }
        PopulationResult r = PopulationSimulation.builder(Population.of(p, currents)).duration(duration).dt(dt)
                .scheme(scheme).precision(precision).threads(threads)
                .recording(RecordingOptions.builder().spikeTimes(transientMs > 0).expectedRateHz(200).build()).build()
                .run();
        double window = (duration - transientMs) / 1000.0;
        double[] rates = new double[currents.length];
        for (int i = 0; i < currents.length; i++) {
            int n;
            if (transientMs > 0) {
                n = 0;
                for (double t : r.spikeTimes(i)) {
                    if (t > transientMs) {
                        n++;
                    }
                }
            } else {
                n = r.spikeCount(i);
            }
            rates[i] = n / window;
        }
        return new FICurve(currents, rates, transientMs, duration);
    }

    /** F–I curve with euler, double precision, all processors. */
    public static FICurve compute(NeuronParameters p, double[] currents, double duration, double transientMs,
            double dt) {
        return compute(p, currents, duration, transientMs, dt, Scheme.EULER, Precision.DOUBLE,
                Runtime.getRuntime().availableProcessors());
    }

    /**
     * @return the smallest current with a non-zero rate (the sampled rheobase), NaN if none fires
     */
    public double rheobase() {
        for (int i = 0; i < currents.length; i++) {
            if (rates[i] > 0) {
                return currents[i];
            }
        }
        return Double.NaN;
    }
}
