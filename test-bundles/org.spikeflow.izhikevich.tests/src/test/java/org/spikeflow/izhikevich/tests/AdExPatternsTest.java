package org.spikeflow.izhikevich.tests;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Arrays;

import org.junit.jupiter.api.Test;
import org.spikeflow.izhikevich.models.AdEx;
import org.spikeflow.izhikevich.models.AdEx.Pattern;
import org.spikeflow.izhikevich.models.ModelRun;
import org.spikeflow.izhikevich.protocol.Protocol;

/**
 * The firing patterns of Naud, Marcille, Clopath &amp; Gerstner 2008 (Biol Cybern 99:335, Fig. 4 and Table 1): each
 * published parameter set under its published step current shows the qualitative signature the paper names it for. The
 * criteria are the paper's definitions (Sect. 3: tonic = constant ISIs, adaptation = ISIs increasing, initial burst = a
 * group of short ISIs then regular firing, bursting = alternating short and long ISIs, delayed = a first spike latency
 * long compared with the ISIs, transient = a few spikes then silence, irregular = no periodic pattern), with thresholds
 * set by factors (2x, 5x, ...) far from the boundaries, not from this code's output.
 */
class AdExPatternsTest {

    private static final double DURATION = 1000;
    private static final double DT = 0.01;

    private static ModelRun run(Pattern p) {
        return AdEx.simulate(p.parameters(), p.step(0), DURATION, DT);
    }

    private static double[] isis(Pattern p) {
        return run(p).interSpikeIntervals();
    }

    private static double mean(double[] x) {
        return Arrays.stream(x).average().orElseThrow();
    }

    private static double cv(double[] x) {
        double m = mean(x);
        double var = Arrays.stream(x).map(v -> (v - m) * (v - m)).sum() / x.length;
        return Math.sqrt(var) / m;
    }

    /** @return the ISIs of the second half of the run (the steady state) */
    private static double[] steadyIsis(Pattern p) {
        ModelRun r = run(p);
        double[] late = r.spikesBetween(DURATION / 2, DURATION);
        double[] isi = new double[late.length - 1];
        for (int i = 0; i < isi.length; i++) {
            isi[i] = late[i + 1] - late[i];
        }
        return isi;
    }

    @Test
    void tonicFiresAtAConstantRate() {
        double[] isi = isis(Pattern.TONIC);
        assertTrue(isi.length > 20, "tonic fires repetitively, got " + isi.length + " ISIs");
        // after the first few ISIs constant: the steady ISIs vary by less than 1 %, and the adaptation from the
        // first ISI to the steady one is small (< 10 %, where ADAPTING more than doubles)
        double[] steady = steadyIsis(Pattern.TONIC);
        assertTrue(cv(steady) < 0.01, "steady ISIs constant, CV " + cv(steady));
        assertTrue(mean(steady) / isi[0] < 1.1, "little adaptation: first " + isi[0] + ", steady " + mean(steady));
    }

    @Test
    void adaptingIntervalsIncrease() {
        double[] isi = isis(Pattern.ADAPTING);
        assertTrue(isi.length >= 5, "adapting fires repetitively");
        for (int i = 1; i < 5; i++) {
            assertTrue(isi[i] > isi[i - 1], "ISIs increase at first: " + Arrays.toString(isi));
        }
        double[] steady = steadyIsis(Pattern.ADAPTING);
        assertTrue(mean(steady) > 3 * isi[0], "steady ISI several times the first: " + Arrays.toString(isi));
        assertTrue(cv(steady) < 0.05, "then regular: " + Arrays.toString(steady));
    }

    @Test
    void initialBurstThenRegularFiring() {
        double[] isi = isis(Pattern.INITIAL_BURST);
        double[] steady = steadyIsis(Pattern.INITIAL_BURST);
        assertTrue(cv(steady) < 0.05, "regular firing after the burst: " + Arrays.toString(steady));
        double regular = mean(steady);
        // the burst: the first two ISIs are much shorter (< 1/4) than the regular ISI
        assertTrue(isi[0] < regular / 4 && isi[1] < regular / 4, "initial burst: " + Arrays.toString(isi));
        // and no short ISI once regular firing has set in
        for (int i = 3; i < isi.length; i++) {
            assertTrue(isi[i] > regular / 2, "only one burst: " + Arrays.toString(isi));
        }
    }

    @Test
    void regularBurstingHasABimodalIntervalDistribution() {
        double[] steady = steadyIsis(Pattern.REGULAR_BURSTING);
        assertBimodal(steady, "regular bursting");
    }

    @Test
    void delayedAcceleratingStartsLateAndSpeedsUp() {
        ModelRun r = run(Pattern.DELAYED_ACCELERATING);
        double[] isi = r.interSpikeIntervals();
        assertTrue(isi.length > 10, "fires repetitively after the delay");
        double latency = r.spikeTimes()[0];
        double steady = mean(steadyIsis(Pattern.DELAYED_ACCELERATING));
        assertTrue(latency > 2 * steady, "first-spike latency " + latency + " ms long compared with ISI " + steady);
        assertTrue(isi[isi.length - 1] < isi[0], "accelerating: " + Arrays.toString(isi));
        for (int i = 1; i < 10; i++) {
            assertTrue(isi[i] <= isi[i - 1], "ISIs decrease: " + Arrays.toString(isi));
        }
    }

    @Test
    void delayedRegularBurstingStartsLateThenBursts() {
        ModelRun r = run(Pattern.DELAYED_REGULAR_BURSTING);
        double[] isi = r.interSpikeIntervals();
        double latency = r.spikeTimes()[0];
        // the first burst comes late: latency long compared with the intra-burst ISIs (the short mode)
        double shortest = Arrays.stream(isi).min().orElseThrow();
        assertTrue(latency > 5 * shortest, "latency " + latency + " vs intra-burst ISI " + shortest);
        assertBimodal(steadyIsis(Pattern.DELAYED_REGULAR_BURSTING), "delayed regular bursting");
    }

    @Test
    void transientFiresAFewSpikesThenStops() {
        ModelRun r = run(Pattern.TRANSIENT);
        assertTrue(r.spikeCount() >= 1 && r.spikeCount() <= 3, "a few spikes: " + r.spikeCount());
        assertEquals(0, r.spikesBetween(100, DURATION).length, "silent after the onset transient");
        double[] v = r.voltage();
        // and at rest below threshold (not stuck at the cut): V settles below VT
        assertTrue(v[v.length - 1] < Pattern.TRANSIENT.parameters().threshold(), "rests below VT");
    }

    @Test
    void irregularHasNoShortPeriodAndWidelySpreadIntervals() {
        double[] steady = steadyIsis(Pattern.IRREGULAR);
        assertTrue(steady.length > 10, "keeps firing");
        assertTrue(cv(steady) > 0.4, "widely spread ISIs, CV " + cv(steady));
        // not a regular pattern: for no period 1..4 do the ISIs repeat (within 0.5 ms)
        for (int period = 1; period <= 4; period++) {
            boolean periodic = true;
            for (int i = period; i < steady.length; i++) {
                periodic &= Math.abs(steady[i] - steady[i - period]) < 0.5;
            }
            assertFalse(periodic, "ISIs repeat with period " + period + ": " + Arrays.toString(steady));
        }
    }

    /**
     * Bursting: the ISIs fall into two well separated groups (a gap between them wider than the longer group's lower
     * end / 3), both groups occur repeatedly.
     */
    private static void assertBimodal(double[] isi, String what) {
        double[] sorted = isi.clone();
        Arrays.sort(sorted);
        int gapAt = 0;
        double gapRatio = 1;
        for (int i = 1; i < sorted.length; i++) {
            double ratio = sorted[i] / sorted[i - 1];
            if (ratio > gapRatio) {
                gapRatio = ratio;
                gapAt = i;
            }
        }
        assertTrue(gapRatio > 5, what + ": long (inter-burst) ISIs over 5x the short (intra-burst) ones: "
                + Arrays.toString(isi));
        assertTrue(gapAt >= 2 && sorted.length - gapAt >= 2, what + ": both modes recur: " + Arrays.toString(isi));
        assertTrue(gapAt > sorted.length - gapAt - 1, what + ": at least one short ISI per burst");
    }

    @Test
    void drivenByTheSharedProtocolsIncludingSeededNoise() {
        AdEx.Parameters p = Pattern.TONIC.parameters();
        Protocol noisy = Protocol.ornsteinUhlenbeck(500, 150, 5, 7);
        ModelRun a = AdEx.simulate(p, noisy, 500, DT);
        ModelRun b = AdEx.simulate(p, noisy, 500, DT);
        assertArrayEquals(a.voltage(), b.voltage(), "seeded noise: same run twice");
        ModelRun c = AdEx.simulate(p, Protocol.ornsteinUhlenbeck(500, 150, 5, 8), 500, DT);
        assertFalse(Arrays.equals(a.spikeTimes(), c.spikeTimes()), "another seed, other spikes");
        // a step delays the first spike to after its onset
        ModelRun stepped = AdEx.simulate(p, Protocol.step(100, 500), 300, DT);
        assertTrue(stepped.spikeTimes()[0] > 100, "no spike before the step");
        assertEquals(0, AdEx.simulate(p, Protocol.constant(0), 300, DT).spikeCount(), "silent at rest");
    }

    @Test
    void bretteGerstner2005CellAdaptsUnderAStep() {
        // Brette & Gerstner 2005 (Fig. 2): the regular-spiking cell fires with spike-frequency adaptation under a
        // 1 nA step: ISIs lengthen and settle at a clearly longer value
        ModelRun r = AdEx.simulate(AdEx.BRETTE_GERSTNER_2005, Protocol.step(20, 1000), 420, DT);
        assertTrue(r.spikeTimes()[0] > 20, "no spike before the step");
        double[] isi = r.interSpikeIntervals();
        assertTrue(isi.length > 5, "repetitive firing");
        for (int i = 1; i < isi.length; i++) {
            assertTrue(isi[i] >= isi[i - 1], "ISIs lengthen: " + Arrays.toString(isi));
        }
        assertTrue(isi[isi.length - 1] > 2 * isi[0], "adaptation: " + Arrays.toString(isi));
    }

    @Test
    void patternsParseByIdAndName() {
        for (Pattern p : Pattern.values()) {
            assertEquals(p, Pattern.parse(p.id()));
            assertEquals(p, Pattern.parse(" " + p.name().toLowerCase(java.util.Locale.ROOT) + " "));
        }
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class, () -> Pattern.parse("chattering"));
        assertTrue(e.getMessage().contains("'chattering'") && e.getMessage().contains("tonic"), e.getMessage());
    }

    @Test
    void rejectsBadInput() {
        assertThrows(IllegalArgumentException.class,
                () -> new AdEx.Parameters(200, 10, -70, -50, 2, 2, 30, 0, -58, -60));
        assertThrows(IllegalArgumentException.class,
                () -> AdEx.simulate(Pattern.TONIC.parameters(), Protocol.constant(0), 10, 0));
    }
}
