package org.spikeflow.izhikevich.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.spikeflow.izhikevich.Preset;
import org.spikeflow.izhikevich.Presets;
import org.spikeflow.izhikevich.Recovery;
import org.spikeflow.izhikevich.Scheme;
import org.spikeflow.izhikevich.SimulationResult;

/**
 * One test per published preset, checking the behaviour it is named for as the papers describe it (Izhikevich 2003,
 * Fig. 2; Izhikevich 2004, Fig. 1), run with the scheme of the published figure code.
 */
class PresetBehaviourTest {

    static SimulationResult run(String name) {
        Preset p = Presets.get(name);
        assertEquals(Scheme.IZHIKEVICH2004, p.scheme(), "figure-code scheme");
        return p.run();
    }

    static double[] spikes(String name) {
        return run(name).spikeTimes();
    }

    static double[] isis(double[] s) {
        double[] r = new double[Math.max(0, s.length - 1)];
        for (int i = 1; i < s.length; i++) {
            r[i - 1] = s[i] - s[i - 1];
        }
        return r;
    }

    /** Groups spikes into bursts: runs with ISIs ≤ 10 ms; returns the size of each group (singles are 1). */
    static List<Integer> groups(double[] s) {
        List<Integer> g = new ArrayList<>();
        int run = s.length > 0 ? 1 : 0;
        for (int i = 1; i < s.length; i++) {
            if (s[i] - s[i - 1] <= 10) {
                run++;
            } else {
                g.add(run);
                run = 1;
            }
        }
        if (run > 0) {
            g.add(run);
        }
        return g;
    }

    static boolean none(double[] s, double from, double to) {
        return Arrays.stream(s).noneMatch(t -> t >= from && t <= to);
    }

    @Test
    void allPresetsAreListedWithSourcesAndStableNames() {
        assertEquals(12 + 8 + 20, Presets.all().size());
        assertEquals(8, Presets.family("2003").size());
        assertEquals(20, Presets.family("2004").size());
        for (Preset p : Presets.all()) {
            assertFalse(p.source().isBlank());
            assertFalse(p.behaviour().isBlank());
            assertEquals(p, Presets.get(p.name().toUpperCase()));
        }
        assertEquals("2004/T-inhibition-induced-bursting", Presets.get("2004/T").name());
        assertEquals(4.1, Presets.get("2004/G-class-1-excitable").parameters().k1());
        assertEquals(108, Presets.get("2004/L-integrator").parameters().k0());
        assertEquals(Recovery.ACCOMMODATION, Presets.get("2004/R-accommodation").parameters().recovery());
        assertEquals(-16, Presets.get("2004/R-accommodation").parameters().u0());
        IllegalArgumentException e = org.junit.jupiter.api.Assertions.assertThrows(IllegalArgumentException.class,
                () -> Presets.get("2004/Z"));
        assertTrue(e.getMessage().contains("2004/A-tonic-spiking"), e.getMessage());
    }

    // ---- Izhikevich 2003, Fig. 2 ----------------------------------------------------------------------------------

    @Test
    void rs2003FiresTonicallyWithAdaptation() {
        double[] s = spikes("2003/RS");
        double[] isi = isis(s);
        assertTrue(s.length >= 4 && none(s, 0, 15), Arrays.toString(s));
        assertTrue(isi[isi.length - 1] > 2 * isi[0], "ISIs lengthen: " + Arrays.toString(isi));
    }

    @Test
    void ib2003BurstsThenFiresSingleSpikes() {
        double[] s = spikes("2003/IB");
        List<Integer> g = groups(s);
        assertTrue(g.get(0) >= 2, "initial burst: " + g);
        assertTrue(g.size() >= 3 && g.subList(1, g.size()).stream().allMatch(x -> x == 1), "then single spikes: " + g);
    }

    @Test
    void ch2003FiresRepetitiveBursts() {
        List<Integer> g = groups(spikes("2003/CH"));
        assertTrue(g.size() >= 3 && g.stream().allMatch(x -> x >= 3), "bursts of >= 3 spikes: " + g);
    }

    @Test
    void fs2003FiresFastWithLittleAdaptation() {
        double[] s = spikes("2003/FS");
        double[] isi = isis(s);
        assertTrue(s.length >= 12, "high frequency: " + s.length);
        double late = isi[isi.length - 1];
        assertTrue(late < 12 && late / isi[2] < 1.3, "little adaptation: " + Arrays.toString(isi));
    }

    @Test
    void tc2003FiresTonicallyWhenDepolarized() {
        double[] s = spikes("2003/TC");
        assertTrue(none(s, 0, 30) && s.length >= 3, Arrays.toString(s));
        assertTrue(Arrays.stream(isis(s)).allMatch(x -> x > 10), "tonic, no bursts: " + Arrays.toString(s));
    }

    @Test
    void tcBurst2003FiresAReboundBurstAfterHyperpolarization() {
        double[] s = spikes("2003/TC-burst");
        assertTrue(none(s, 0, 45), "silent while hyperpolarized");
        assertTrue(s.length >= 3 && s[0] < 60 && isis(s)[0] < 10, "rebound burst: " + Arrays.toString(s));
    }

    @Test
    void rz2003FiresOnlyForThePulse() {
        double[] s = spikes("2003/RZ");
        assertTrue(s.length >= 1 && none(s, 0, 60) && s[0] < 75, "responds to the 60-65 ms pulse: "
                + Arrays.toString(s));
    }

    @Test
    void lts2003FiresFastWithAdaptation() {
        double[] s = spikes("2003/LTS");
        double[] isi = isis(s);
        assertTrue(none(s, 0, 25) && s.length >= 10, Arrays.toString(s));
        assertTrue(isi[isi.length - 1] > 2 * isi[0], "adapts: " + Arrays.toString(isi));
    }

    // ---- Izhikevich 2004, Fig. 1 ----------------------------------------------------------------------------------

    @Test
    void aTonicSpikingFiresRegularly() {
        double[] s = spikes("2004/A");
        double[] isi = isis(s);
        assertTrue(none(s, 0, 10) && s.length >= 4, Arrays.toString(s));
        double[] late = Arrays.copyOfRange(isi, isi.length - 2, isi.length);
        assertTrue(Math.abs(late[1] - late[0]) < 0.05 * late[0], "regular train: " + Arrays.toString(isi));
    }

    @Test
    void bPhasicSpikingFiresOnce() {
        double[] s = spikes("2004/B");
        assertEquals(1, s.length, Arrays.toString(s));
        assertTrue(s[0] > 20 && s[0] < 60, "at the onset of the input: " + s[0]);
    }

    @Test
    void cTonicBurstingFiresBursts() {
        double[] s = spikes("2004/C");
        List<Integer> g = groups(s);
        assertTrue(none(s, 0, 22));
        assertTrue(g.size() >= 3 && g.stream().allMatch(x -> x >= 3), "periodic bursts: " + g);
    }

    @Test
    void dPhasicBurstingFiresOneBurst() {
        double[] s = spikes("2004/D");
        List<Integer> g = groups(s);
        assertEquals(1, g.size(), "one burst: " + Arrays.toString(s));
        assertTrue(g.get(0) >= 3 && s[0] > 20, Arrays.toString(s));
    }

    @Test
    void eMixedModeBurstsThenSpikesTonically() {
        List<Integer> g = groups(spikes("2004/E"));
        assertTrue(g.get(0) >= 2, "phasic burst at onset: " + g);
        assertTrue(g.size() >= 3 && g.subList(1, g.size()).stream().allMatch(x -> x == 1), "then tonic spikes: " + g);
    }

    @Test
    void fSpikeFrequencyAdaptationLengthensIsis() {
        double[] isi = isis(spikes("2004/F"));
        assertTrue(isi.length >= 4);
        for (int i = 1; i < isi.length; i++) {
            assertTrue(isi[i] > isi[i - 1], "ISIs increase: " + Arrays.toString(isi));
        }
        assertTrue(isi[isi.length - 1] > 5 * isi[0]);
    }

    @Test
    void gClass1RateGrowsFromZeroWithTheRamp() {
        double[] s = spikes("2004/G");
        double[] isi = isis(s);
        assertTrue(s.length >= 5 && s[0] > 40, "no firing at the start of the ramp: " + Arrays.toString(s));
        assertTrue(1000 / isi[0] < 30, "starts at a low frequency: " + isi[0] + " ms");
        for (int i = 1; i < isi.length; i++) {
            assertTrue(isi[i] < isi[i - 1], "rate grows with the ramp: " + Arrays.toString(isi));
        }
        assertTrue(1000 / isi[isi.length - 1] > 2 * 1000 / isi[0]);
    }

    @Test
    void hClass2StartsFiringAtANonZeroFrequency() {
        double[] s = spikes("2004/H");
        double[] isi = isis(s);
        assertTrue(s.length >= 5 && s[0] > 60, Arrays.toString(s));
        assertTrue(1000 / isi[0] > 40, "first ISI already short: " + isi[0] + " ms");
        double[] g = isis(spikes("2004/G"));
        assertTrue(isi[0] < g[0] / 1.5, "class 2 starts faster than class 1");
    }

    @Test
    void iSpikeLatencyFiresLateAfterABriefPulse() {
        double[] s = spikes("2004/I");
        assertEquals(1, s.length);
        assertTrue(s[0] > 13 + 5, "latency after the 10-13 ms pulse ends: " + s[0]);
    }

    @Test
    void jSubthresholdOscillationsAreDamped() {
        SimulationResult r = run("2004/J");
        assertEquals(1, r.spikeCount());
        double[] t = r.time();
        double[] v = r.v();
        List<Double> ext = new ArrayList<>();
        for (int i = 1; i + 1 < v.length; i++) {
            if (t[i] > r.spikeTimes()[0] + 2
                    && ((v[i] > v[i - 1] && v[i] >= v[i + 1]) || (v[i] < v[i - 1] && v[i] <= v[i + 1]))) {
                ext.add(v[i]);
            }
        }
        assertTrue(ext.size() >= 4, "oscillates: extrema " + ext);
        for (int i = 2; i < ext.size(); i++) {
            assertTrue(Math.abs(ext.get(i) - ext.get(i - 1)) < Math.abs(ext.get(i - 1) - ext.get(i - 2)),
                    "damped: " + ext);
        }
    }

    @Test
    void kResonatorFiresOnlyForTheResonantPulsePair() {
        double[] s = spikes("2004/K");
        assertTrue(none(s, 0, 280), "no response to the 20 ms pair (40, 60 ms): " + Arrays.toString(s));
        assertEquals(1, s.length);
        assertTrue(s[0] > 320, "fires after the second pulse of the 40 ms pair (280, 320 ms): " + s[0]);
    }

    @Test
    void lIntegratorFiresOnlyForCloselySpacedPulses() {
        double[] s = spikes("2004/L");
        assertEquals(1, s.length, Arrays.toString(s));
        assertTrue(s[0] > 100 / 11.0 + 5 && s[0] < 70, "fires for the 5 ms pair, not the 10 ms pair: " + s[0]);
    }

    @Test
    void mReboundSpikeFiresAfterTheInhibitoryPulseEnds() {
        double[] s = spikes("2004/M");
        assertEquals(1, s.length);
        assertTrue(s[0] > 25, "after the -15 pulse (20-25 ms): " + s[0]);
    }

    @Test
    void nReboundBurstFiresABurstAfterTheInhibitoryPulse() {
        double[] s = spikes("2004/N");
        List<Integer> g = groups(s);
        assertTrue(s[0] > 25 && g.get(0) >= 3, "rebound burst: " + Arrays.toString(s));
    }

    @Test
    void oThresholdVariabilityDependsOnPriorInhibition() {
        double[] s = spikes("2004/O");
        assertTrue(none(s, 0, 70), "the 10-15 ms pulse alone is subthreshold: " + Arrays.toString(s));
        assertEquals(1, s.length);
        assertTrue(s[0] > 80, "the same pulse fires after inhibition: " + s[0]);
    }

    @Test
    void pBistabilitySwitchesBetweenRestAndSpiking() {
        double[] s = spikes("2004/P");
        assertTrue(none(s, 0, 37.5) && s.length >= 3, "switched on by the first pulse: " + Arrays.toString(s));
        assertTrue(none(s, 230, 300), "switched off by the second pulse: " + Arrays.toString(s));
    }

    @Test
    void qDepolarizingAfterPotentialFollowsTheSpike() {
        SimulationResult r = run("2004/Q");
        assertEquals(1, r.spikeCount());
        double ts = r.spikeTimes()[0];
        double[] t = r.time();
        double[] v = r.v();
        double max = -1e9;
        for (int i = 0; i < t.length; i++) {
            if (t[i] > ts + 1.5 && t[i] < ts + 8) {
                max = Math.max(max, v[i]);
            }
        }
        assertTrue(max > -55, "v rises above the reset value c = -60 after the spike (DAP): " + max);
    }

    @Test
    void rAccommodationIgnoresTheSlowRampButFiresForTheFastOne() {
        double[] s = spikes("2004/R");
        assertTrue(none(s, 0, 300), "no spike during the slow ramp to 8: " + Arrays.toString(s));
        assertEquals(1, s.length, "one spike for the fast ramp to 4");
    }

    @Test
    void sInhibitionInducedSpikingFiresWhileHyperpolarized() {
        double[] s = spikes("2004/S");
        assertTrue(s.length >= 2, Arrays.toString(s));
        assertTrue(none(s, 0, 50) && none(s, 260, 350), "only during 50-250 ms: " + Arrays.toString(s));
        assertTrue(groups(s).stream().allMatch(x -> x == 1), "single spikes");
    }

    @Test
    void tInhibitionInducedBurstingFiresBurstsWhileHyperpolarized() {
        double[] s = spikes("2004/T");
        List<Integer> g = groups(s);
        assertTrue(g.size() >= 2 && g.stream().allMatch(x -> x >= 3), "bursts: " + g);
        assertTrue(none(s, 0, 50) && none(s, 260, 350), "only during 50-250 ms: " + Arrays.toString(s));
    }

    // ---- the seed's types: named-for behaviour under the seed's constant current ----------------------------------

    @Test
    void seedTypesBehaveAsNamed() {
        assertTrue(groups(Presets.get("seed/CH").run().spikeTimes()).stream().filter(x -> x >= 3).count() >= 3,
                "chattering bursts");
        assertTrue(Presets.get("seed/FS").run().spikeCount() > Presets.get("seed/RS").run().spikeCount() * 3,
                "fast spiking fires much faster than regular spiking");
        double[] sl = Presets.get("seed/spike-latency").run().spikeTimes();
        double[] rs = Presets.get("seed/RS").run().spikeTimes();
        assertTrue(sl[0] > rs[0], "spike latency: later first spike than RS");
        assertTrue(groups(Presets.get("seed/IB").run().spikeTimes()).get(0) >= 2, "IB: initial burst");
    }
}
