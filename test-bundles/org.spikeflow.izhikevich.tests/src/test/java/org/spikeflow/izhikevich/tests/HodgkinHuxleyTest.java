package org.spikeflow.izhikevich.tests;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Arrays;

import org.junit.jupiter.api.Test;
import org.spikeflow.izhikevich.models.HodgkinHuxley;
import org.spikeflow.izhikevich.models.ModelRun;
import org.spikeflow.izhikevich.protocol.Protocol;

/**
 * Published behaviour of the 1952 squid axon at 6.3 °C under constant current (µA/cm²), integrated with RK4 at dt =
 * 0.01 ms.
 *
 * <ul> <li>Repetitive firing needs I above about 6.26 µA/cm² (the saddle-node of periodic orbits; Rinzel &amp; Miller
 * 1980, Math Biosci 49:27; Hassard 1978, J Theor Biol 71:401); below it a step from rest gives at most a transient
 * spike or two and then rest.</li> <li>At 10 µA/cm² the axon fires periodically at about 68 Hz (period about 14.6 ms):
 * the f–I curve of the 6.3 °C model starts near 50 Hz at the onset of repetitive firing and rises slowly, passing 65–70
 * Hz at 10 µA/cm² (Rinzel &amp; Miller 1980; Dayan &amp; Abbott, Theoretical Neuroscience, 2001, ch. 5). Tolerance ±5
 * Hz: wide enough for the differing read-offs of the published curves, narrow enough to fail for a wrong rate function
 * or constant, which moves the rate by more than that or stops the firing.</li> <li>The action potential peaks near +40
 * mV, some 10 mV below ENa = 50 mV (Hodgkin &amp; Huxley 1952, computed action potentials; Dayan &amp; Abbott ch. 5);
 * accepted range 30–48 mV.</li> </ul>
 */
class HodgkinHuxleyTest {

    private static final double DT = 0.01;

    @Test
    void restsAtMinus65WithoutInput() {
        ModelRun r = HodgkinHuxley.simulate(Protocol.constant(0), 100, DT);
        double[] v = r.voltage();
        assertEquals(0, r.spikeCount());
        assertEquals(-65, v[v.length - 1], 0.1, "EL = -54.387 mV puts rest at -65 mV");
    }

    @Test
    void noRepetitiveFiringBelowTheRheobase() {
        for (double current : new double[] {1, 3, 5, 6}) {
            ModelRun r = HodgkinHuxley.simulate(Protocol.constant(current), 500, DT);
            assertTrue(r.spikeCount() <= 2, current + " µA/cm²: at most an onset transient, got " + r.spikeCount());
            assertEquals(0, r.spikesBetween(100, 500).length, current + " µA/cm²: then no firing");
        }
    }

    @Test
    void firesRepetitivelyAboveIt() {
        ModelRun r = HodgkinHuxley.simulate(Protocol.constant(7), 500, DT);
        assertTrue(r.spikesBetween(100, 500).length > 10, "7 µA/cm²: repetitive firing");
    }

    @Test
    void firesAtAbout68HzAt10() {
        ModelRun r = HodgkinHuxley.simulate(Protocol.constant(10), 1000, DT);
        double[] late = r.spikesBetween(200, 1000);
        double rate = 1000 * (late.length - 1) / (late[late.length - 1] - late[0]);
        assertEquals(68, rate, 5, "rate at 10 µA/cm²");
    }

    @Test
    void actionPotentialPeaksNearPlus40() {
        // a single spike: a 1 ms pulse of 20 µA/cm² (charge 20 nC/cm², well above threshold)
        ModelRun r = HodgkinHuxley.simulate(Protocol.pulse(1, 2, 20), 30, DT);
        assertEquals(1, r.spikeCount(), "a single action potential");
        double peak = Arrays.stream(r.voltage()).max().orElseThrow();
        assertTrue(peak > 30 && peak < 48, "peak " + peak + " mV");
        double[] v = r.voltage();
        assertTrue(v[v.length - 1] < -60, "repolarised (with the undershoot toward EK) by 30 ms");
    }

    @Test
    void seededNoiseIsReproducible() {
        Protocol noisy = Protocol.ornsteinUhlenbeck(8, 2, 5, 3);
        assertArrayEquals(HodgkinHuxley.simulate(noisy, 200, DT).voltage(),
                HodgkinHuxley.simulate(noisy, 200, DT).voltage());
    }
}
