package org.spikeflow.izhikevich.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;
import org.spikeflow.izhikevich.Presets;
import org.spikeflow.izhikevich.protocol.CurrentSource;
import org.spikeflow.izhikevich.protocol.Protocol;

/** Protocol values at given times (the figure code's strict comparisons) and deterministic noise. */
class ProtocolTest {

    static double at(Protocol p, double t) {
        return p.open(0, 0.1).current(0, t);
    }

    @Test
    void stepsPulsesRampsAndSegments() {
        Protocol step = Protocol.step(10, 14);
        assertEquals(0, at(step, 10), "t > T1 is strict");
        assertEquals(14, at(step, 10.25));
        Protocol pulse = Protocol.pulse(20, 25, -15);
        assertEquals(0, at(pulse, 20));
        assertEquals(-15, at(pulse, 22));
        assertEquals(0, at(pulse, 25));
        Protocol ramp = Protocol.ramp(30, 0.075);
        assertEquals(0, at(ramp, 30));
        assertEquals(0.075 * (100 - 30), at(ramp, 100));
        assertEquals(-0.5 + 0.015 * (130 - 30), at(Protocol.ramp(30, 0.015, -0.5), 130));
        assertEquals(-0.5, at(Protocol.ramp(30, 0.015, -0.5), 10));
        Protocol train = Protocol.pulseTrain(5, 2, 10, 3, 7);
        assertEquals(7, at(train, 6));
        assertEquals(0, at(train, 8));
        assertEquals(7, at(train, 26));
        assertEquals(0, at(train, 36), "only 3 pulses");
        Protocol steps = Protocol.steps(1, new double[] {10, 20}, new double[] {2, 3});
        assertEquals(1, at(steps, 10));
        assertEquals(2, at(steps, 15));
        assertEquals(2, at(steps, 20));
        assertEquals(3, at(steps, 21));
        Protocol pl = Protocol.piecewiseLinear(new double[] {0, 200, 200, 300, 312.5, 312.5},
                new double[] {0, 8, 0, 0, 4, 0});
        assertEquals(100 / 25.0, at(pl, 100));
        assertEquals(0, at(pl, 200), "jump: the value after it applies at the jump time");
        assertEquals((306 - 300) / 12.5 * 4, at(pl, 306));
        assertEquals(0, at(pl, 312.5));
        assertEquals(0, at(pl, 350));
        Protocol sum = Protocol.constant(1).plus(Protocol.step(5, 2)).plus(Protocol.pulse(6, 8, 4));
        assertEquals(7, at(sum, 7));
        assertEquals(3, at(sum, 9));
        assertEquals(6, at(sum.scaled(2), 9));
        assertFalse(sum.isStochastic());
        assertTrue(sum.describe().contains("constant"));
    }

    @Test
    void presetProtocolsFollowTheFigureCode() {
        Protocol inh = Presets.get("2004/S").protocol();
        assertEquals(80, at(inh, 49.5));
        assertEquals(75, at(inh, 50));
        assertEquals(75, at(inh, 250));
        assertEquals(80, at(inh, 250.5));
        Protocol rz = Presets.get("2003/RZ").protocol();
        assertEquals(-2, at(rz, 10));
        assertEquals(-0.5, at(rz, 10.25));
        assertEquals(10, at(rz, 62));
        Protocol tcb = Presets.get("2003/TC-burst").protocol();
        assertEquals(-25, at(tcb, 45));
        assertEquals(0, at(tcb, 45.25));
        Protocol dap = Presets.get("2004/Q").protocol();
        assertEquals(0, at(dap, 9));
        assertEquals(20, at(dap, 9.1));
        assertEquals(0, at(dap, 11));
    }

    @Test
    void whiteNoiseIsDeterministicPerSeedAndNeuron() {
        Protocol noise = Protocol.whiteNoise(1, 2, 42);
        assertTrue(noise.isStochastic());
        double dt = 0.1;
        CurrentSource a = noise.open(3, dt);
        CurrentSource b = noise.open(3, dt);
        CurrentSource other = noise.open(4, dt);
        CurrentSource otherSeed = Protocol.whiteNoise(1, 2, 43).open(3, dt);
        double sum = 0;
        double sum2 = 0;
        int n = 100000;
        boolean differs = false;
        for (int k = 0; k < n; k++) {
            double x = a.current(k, k * dt);
            assertEquals(x, a.current(k, k * dt + 0.05), 0.0, "held within the step");
            assertEquals(x, b.current(k, k * dt), 0.0, "same seed and neuron: same value");
            differs |= x != other.current(k, k * dt) && x != otherSeed.current(k, k * dt);
            sum += x;
            sum2 += x * x;
        }
        assertTrue(differs);
        double mean = sum / n;
        double sd = Math.sqrt(sum2 / n - mean * mean);
        assertEquals(1, mean, 0.05);
        assertEquals(2 / Math.sqrt(dt), sd, 0.05 * 2 / Math.sqrt(dt), "sigma/sqrt(dt)");
        // values depend only on the step index, not on which steps were read
        CurrentSource skip = noise.open(3, dt);
        CurrentSource all = noise.open(3, dt);
        for (int k = 0; k < 10; k++) {
            all.current(k, 0);
        }
        assertEquals(all.current(10, 0), skip.current(10, 0), 0.0);
    }

    @Test
    void ornsteinUhlenbeckHasTheRequestedStatistics() {
        Protocol ou = Protocol.ornsteinUhlenbeck(5, 3, 10, 7);
        CurrentSource s = ou.open(0, 0.5);
        int n = 400000;
        double sum = 0;
        double sum2 = 0;
        double lag = 0;
        double prev = 0;
        for (int k = 0; k < n; k++) {
            double x = s.current(k, k * 0.5);
            sum += x;
            sum2 += x * x;
            if (k > 0) {
                lag += (x - 5) * (prev - 5);
            }
            prev = x;
        }
        double mean = sum / n;
        double var = sum2 / n - mean * mean;
        assertEquals(5, mean, 0.1);
        assertEquals(3, Math.sqrt(var), 0.1);
        assertEquals(Math.exp(-0.5 / 10), lag / (n - 1) / var, 0.02, "lag-1 autocorrelation exp(-dt/tau)");
        assertEquals(ou.open(9, 0.5).current(100, 0), ou.open(9, 0.5).current(100, 0), 0.0);
        assertNotEquals(ou.open(9, 0.5).current(100, 0), ou.open(10, 0.5).current(100, 0));
    }
}
