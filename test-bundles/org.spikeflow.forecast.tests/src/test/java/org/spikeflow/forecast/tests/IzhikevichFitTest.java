package org.spikeflow.forecast.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Arrays;
import java.util.Random;

import org.junit.jupiter.api.Test;
import org.spikeflow.forecast.Forecast;
import org.spikeflow.forecast.Forecasters;
import org.spikeflow.forecast.IzhikevichFitForecaster;
import org.spikeflow.forecast.Metrics;
import org.spikeflow.izhikevich.NeuronParameters;
import org.spikeflow.izhikevich.Scheme;
import org.spikeflow.izhikevich.Simulation;

class IzhikevichFitTest {

    static final double NOISE = Double.parseDouble(System.getProperty("noise", "0.05"));

    static double[] trace(NeuronParameters p, double current, int points) {
        return Simulation.builder(p).current(current).scheme(Scheme.SINGLE_NEURON_PY).dt(0.25).duration(points * 0.25)
                .build()
                .run().v();
    }

    @Test
    void recoversKnownParametersAndBeatsSeasonalNaive() {
        NeuronParameters truth = NeuronParameters.of(0.03, 0.22, -58, 6);
        double[] v = trace(truth, 12, 2200);
        double[] context = Arrays.copyOf(v, 2000);
        double[] future = Arrays.copyOfRange(v, 2000, 2200);
        IzhikevichFitForecaster.FittedNeuron fit = Forecasters.izhikevichFit().fit(context, 0.25);
        Forecast f = fit.forecast(200, 80, 90);
        NeuronParameters p = fit.parameters();
        assertEquals(0.03, p.a(), 1e-6, fit.describe());
        assertEquals(0.22, p.b(), 1e-6, fit.describe());
        assertEquals(-58, p.c(), 1e-6, fit.describe());
        assertEquals(6, p.d(), 1e-5, fit.describe());
        assertEquals(12, fit.current(), 1e-5, fit.describe());
        double mae = Metrics.mae(future, f.mean());
        double snaive = Metrics.mae(future, Forecasters.seasonalNaive().forecast(context, 0.25, 200).mean());
        assertTrue(mae < 1e-6 && mae < snaive, "IzhikevichFit MAE " + mae + " vs seasonal naive " + snaive);
        assertEquals(1.0, Metrics.traceCoincidenceFactor(future, f.mean(), 0.25, 2), 1e-12);
        assertEquals(java.util.List.of("IzhikevichFit", "IzhikevichFit-hi-80", "IzhikevichFit-hi-90",
                "IzhikevichFit-lo-80", "IzhikevichFit-lo-90"), f.columnNames());
    }

    @Test
    void chaoticFastSpikingTraceIsForecastFromTheEndState() {
        // the seed map of FS at dt = 0.25 amplifies errors ~10x per 100 steps; the end-state anchor keeps it exact
        double[] v = trace(NeuronParameters.of(0.1, 0.2, -65, 2), 10, 2200);
        Forecast f = Forecasters.izhikevichFit().forecast(Arrays.copyOf(v, 2000), 0.25, 200, 80);
        assertTrue(Metrics.mae(Arrays.copyOfRange(v, 2000, 2200), f.mean()) < 1e-6);
    }

    /**
     * Known gap: with measurement noise (even 0.05 mV) the regression start is biased (it differentiates the trace) and
     * the search does not recover the neuron well; the forecast stays finite. The search is bounded by its evaluation
     * budget, not the clock, so the same noisy trace gives the same fit however busy the machine is.
     */
    @Test
    void noisyTraceFitIsFiniteAndReproducible() {
        NeuronParameters truth = NeuronParameters.of(0.02, 0.2, -55, 4); // IB
        double[] v = trace(truth, 10, 1400);
        Random rnd = new Random(2);
        double[] noisy = new double[1200];
        for (int i = 0; i < noisy.length; i++) {
            noisy[i] = v[i] + (v[i] >= 30 ? 0 : NOISE * rnd.nextGaussian());
        }
        double[] future = Arrays.copyOfRange(v, 1200, 1400);
        IzhikevichFitForecaster forecaster = IzhikevichFitForecaster.builder().maxEvaluations(120)
                .timeLimitMillis(120_000).build();
        IzhikevichFitForecaster.FittedNeuron fit = forecaster.fit(noisy, 0.25);
        Forecast f = fit.forecast(200, 80);
        double mae = Metrics.mae(future, f.mean());
        assertTrue(Double.isFinite(mae) && mae < 60, "MAE " + mae + ": " + fit.describe());
        for (double x : f.lower(80)) {
            assertTrue(Double.isFinite(x));
        }
        assertTrue(!fit.method().contains("timeLimit"), fit.describe());
        IzhikevichFitForecaster.FittedNeuron again = forecaster.fit(noisy, 0.25);
        assertEquals(fit.describe(), again.describe(), "same trace, same fit");
        assertTrue(Arrays.equals(f.mean(), again.forecast(200, 80).mean()), "same forecast, bit for bit");
    }

    /**
     * The safety cap counts the fitting thread's CPU time (so a busy machine does not cut fits short): a cap of 1 ms
     * still cuts a noisy fit short, and the fit says so.
     */
    @Test
    void aTinyTimeLimitCutsTheFitShortAndSaysSo() {
        double[] v = trace(NeuronParameters.of(0.02, 0.2, -55, 4), 10, 1200);
        Random rnd = new Random(3);
        for (int i = 0; i < v.length; i++) {
            v[i] += v[i] >= 30 ? 0 : NOISE * rnd.nextGaussian();
        }
        IzhikevichFitForecaster.FittedNeuron fit = IzhikevichFitForecaster.builder().maxEvaluations(400)
                .timeLimitMillis(1).build().fit(v, 0.25);
        assertTrue(fit.method().contains("timeLimit"), fit.describe());
    }
}
