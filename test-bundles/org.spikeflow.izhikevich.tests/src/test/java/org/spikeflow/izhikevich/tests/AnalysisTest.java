package org.spikeflow.izhikevich.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;
import org.spikeflow.izhikevich.NeuronParameters;
import org.spikeflow.izhikevich.analysis.FICurve;
import org.spikeflow.izhikevich.analysis.PhasePlane;

/** F–I curve and phase plane. */
class AnalysisTest {

    @Test
    void fiCurveOfRegularSpikingHasARheobaseAndGrows() {
        double[] currents = new double[31];
        for (int i = 0; i < currents.length; i++) {
            currents[i] = i * 0.5;
        }
        FICurve f = FICurve.compute(NeuronParameters.of(0.02, 0.2, -65, 8), currents, 1000, 200, 0.1);
        double[] r = f.rates();
        assertEquals(0, r[0]);
        assertEquals(0, r[6], "I = 3 is below the saddle-node at I = 4");
        double rheo = f.rheobase();
        assertTrue(rheo >= 3.5 && rheo <= 5, "rheobase " + rheo);
        for (int i = 1; i < r.length; i++) {
            assertTrue(r[i] >= r[i - 1], "rate grows with current at " + currents[i]);
        }
        assertTrue(r[30] > 20, "15 pA: " + r[30] + " Hz");
    }

    @Test
    void nullclinesAndFixedPoints() {
        NeuronParameters rs = NeuronParameters.of(0.02, 0.2, -65, 8);
        PhasePlane.Nullclines n = PhasePlane.nullclines(rs, 0, -80, 30, 111);
        assertEquals(-80, n.v()[0]);
        assertEquals(30, n.v()[110]);
        assertEquals(0.04 * 6400 - 400 + 140, n.vNullcline()[0], 1e-12);
        assertEquals(0.2 * -80, n.uNullcline()[0], 1e-12);
        PhasePlane.FixedPoint[] fp = PhasePlane.fixedPoints(rs, 0);
        assertEquals(2, fp.length);
        assertEquals(-70, fp[0].v(), 1e-9);
        assertEquals(-14, fp[0].u(), 1e-9);
        assertTrue(fp[0].stable(), "rest is stable");
        assertEquals(-50, fp[1].v(), 1e-9);
        assertFalse(fp[1].stable(), "the other one is a saddle");
        assertEquals(0, PhasePlane.fixedPoints(rs, 10).length, "I = 10: no rest state, the neuron fires");
    }
}
