package org.spikeflow.forecast.tests;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Random;

import org.junit.jupiter.api.Test;
import org.spikeflow.forecast.Forecast;
import org.spikeflow.forecast.Forecasters;
import org.spikeflow.forecast.Metrics;
import org.spikeflow.forecast.PeriodDetection;
import org.spikeflow.izhikevich.Presets;
import org.spikeflow.izhikevich.Scheme;

class BaselineTest {

    static double[] sine(int n, double period, double noise, Random rnd) {
        double[] y = new double[n];
        for (int i = 0; i < n; i++) {
            y[i] = 10 * Math.sin(2 * Math.PI * i / period) + 3 * Math.cos(4 * Math.PI * i / period)
                    + (noise > 0 ? noise * rnd.nextGaussian() : 0);
        }
        return y;
    }

    @Test
    void periodOfSyntheticSeries() {
        assertEquals(25, PeriodDetection.detect(sine(600, 25, 0, null)));
        assertEquals(40, PeriodDetection.detect(sine(800, 40, 1.0, new Random(1))));
        // a pulse train: 5 high samples every 37
        double[] pulses = new double[1000];
        for (int i = 0; i < pulses.length; i++) {
            pulses[i] = i % 37 < 5 ? 20 : -60;
        }
        assertEquals(37, PeriodDetection.detect(pulses));
        assertEquals(37, PeriodDetection.spikeInterval(pulses, 0));
        // white noise: no seasonality
        Random rnd = new Random(3);
        double[] noise = new double[500];
        for (int i = 0; i < noise.length; i++) {
            noise[i] = rnd.nextGaussian();
        }
        assertTrue(PeriodDetection.acfPeak(noise, 250) == 1 || PeriodDetection.detect(noise) >= 1);
    }

    @Test
    void periodOfSpikingNeuron() {
        // FS neuron of the seed at I = 10: regular spiking, the period is its inter-spike interval in samples
        double[] v = Presets.get("seed/FS").simulation().scheme(Scheme.SINGLE_NEURON_PY).duration(500).dt(0.25).build()
                .run().v();
        int p = PeriodDetection.detect(v);
        double[] spikes = Metrics.spikeTimes(v, 1, 0, 0);
        double isi = spikes[spikes.length - 1] - spikes[spikes.length - 2];
        assertTrue(p % (int) isi == 0 || Math.abs(p - isi) <= 1, "period " + p + " vs ISI " + isi);
    }

    @Test
    void seasonalNaiveIsExactOnPeriodicSeries() {
        double[] y = sine(300, 20, 0, null);
        double[] all = sine(360, 20, 0, null);
        Forecast f = Forecasters.seasonalNaive().forecast(y, 1.0, 60, 80);
        for (int j = 0; j < 60; j++) {
            assertEquals(all[300 + j], f.mean()[j], 1e-9);
        }
        Forecast g = Forecasters.seasonalNaive(20).forecast(y, 1.0, 5);
        assertArrayEquals(java.util.Arrays.copyOfRange(y, 280, 285), g.mean(), 0);
    }

    @Test
    void driftAndNaiveExact() {
        double[] y = new double[50];
        for (int i = 0; i < y.length; i++) {
            y[i] = 3 + 0.5 * i;
        }
        Forecast d = Forecasters.drift().forecast(y, 1.0, 4, 80, 90);
        assertArrayEquals(new double[] {28, 28.5, 29, 29.5}, d.mean(), 1e-12);
        // exact linear series: zero backtest errors, zero-width intervals
        assertArrayEquals(d.mean(), d.lower(90), 1e-9);
        Forecast n = Forecasters.naive().forecast(y, 1.0, 3, 80);
        assertArrayEquals(new double[] {27.5, 27.5, 27.5}, n.mean(), 0);
        assertEquals(java.util.List.of("Naive", "Naive-hi-80", "Naive-lo-80"), n.columnNames());
    }

    @Test
    void intervalCoverageOnNoiseIsNearNominal() {
        Random rnd = new Random(11);
        double c80 = 0;
        double c90 = 0;
        double n80 = 0;
        int runs = 40;
        for (int r = 0; r < runs; r++) {
            double[] all = sine(700, 24, 2.0, rnd);
            double[] y = java.util.Arrays.copyOf(all, 600);
            double[] truth = java.util.Arrays.copyOfRange(all, 600, 700);
            Forecast f = Forecasters.seasonalNaive(24).forecast(y, 1.0, 100, 80, 90);
            c80 += Metrics.coverage(truth, f.lower(80), f.upper(80));
            c90 += Metrics.coverage(truth, f.lower(90), f.upper(90));
            // naive on white noise
            double[] w = new double[400];
            for (int i = 0; i < w.length; i++) {
                w[i] = rnd.nextGaussian();
            }
            Forecast g = Forecasters.naive().forecast(java.util.Arrays.copyOf(w, 300), 1.0, 100, 80);
            n80 += Metrics.coverage(java.util.Arrays.copyOfRange(w, 300, 400), g.lower(80), g.upper(80));
        }
        assertEquals(0.80, c80 / runs, 0.05);
        assertEquals(0.90, c90 / runs, 0.04);
        assertEquals(0.80, n80 / runs, 0.06);
    }

    @Test
    void contextMedianByHand() {
        // sorted 1 2 3 4 5: median 3; 80 % bounds at p = 0.1 and 0.9 with linear interpolation (numpy's default):
        // positions 0.4 and 3.6 give 1.4 and 4.6
        Forecast f = Forecasters.contextMedian().forecast(new double[] {3, 1, 2, 5, 4}, 0.25, 3, 80);
        assertArrayEquals(new double[] {3, 3, 3}, f.mean(), 0);
        assertArrayEquals(new double[] {1.4, 1.4, 1.4}, f.lower(80), 1e-12);
        assertArrayEquals(new double[] {4.6, 4.6, 4.6}, f.upper(80), 1e-12);
        assertEquals("ContextMedian", Forecasters.byName("contextmedian").name());
    }

    @Test
    void pooledQuantileOfModelAndClimatologyByHand() {
        // weight 0.5 on the model sample {0, 1, 2, 3} (1/8 each) and 0.5 on the climate {10, 11} (1/4 each):
        // cumulative 1/8, 2/8, 3/8, 4/8 at 0..3, then 6/8 at 10 and 1 at 11
        double[] model = {0, 1, 2, 3};
        double[] climate = {10, 11};
        assertEquals(3, org.spikeflow.forecast.internal.ClimatologyBlend.quantile(model, 0.5, climate, 0.5), 0);
        assertEquals(10, org.spikeflow.forecast.internal.ClimatologyBlend.quantile(model, 0.5, climate, 0.6), 0);
        assertEquals(0, org.spikeflow.forecast.internal.ClimatologyBlend.quantile(model, 0.5, climate, 0.1), 0);
        // the pure ends interpolate like every other quantile here
        assertEquals(1.5, org.spikeflow.forecast.internal.ClimatologyBlend.quantile(model, 1, climate, 0.5), 0);
        assertEquals(10.5, org.spikeflow.forecast.internal.ClimatologyBlend.quantile(model, 0, climate, 0.5), 0);
    }
}
