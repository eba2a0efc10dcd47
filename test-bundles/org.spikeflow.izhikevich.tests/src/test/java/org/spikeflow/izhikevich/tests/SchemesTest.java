package org.spikeflow.izhikevich.tests;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.spikeflow.izhikevich.NeuronParameters;
import org.spikeflow.izhikevich.Precision;
import org.spikeflow.izhikevich.Presets;
import org.spikeflow.izhikevich.Scheme;
import org.spikeflow.izhikevich.Simulation;
import org.spikeflow.izhikevich.SimulationResult;
import org.spikeflow.izhikevich.protocol.Protocol;

/** izhikevich2003 and izhikevich2004 against the published codes; rk4 convergence order; float precision. */
class SchemesTest {

    @Test
    void izhikevich2003ReproducesThePublishedNetworkCodeAtOneMs() {
        double a = 0.02, b = 0.2, c = -50, d = 2, current = 10;
        // published: per ms, fired=find(v>=30) (record t), reset; v=v+0.5*(0.04*v.^2+5*v+140-u+I) twice; u=u+a.*(b.*v-u)
        double v = -65, u = b * v;
        List<Double> spikes = new ArrayList<>();
        int steps = 1000;
        for (int t = 0; t < steps; t++) {
            if (v >= 30) {
                spikes.add((double) t);
                v = c;
                u = u + d;
            }
            v = v + 0.5 * (0.04 * (v * v) + 5 * v + 140 - u + current);
            v = v + 0.5 * (0.04 * (v * v) + 5 * v + 140 - u + current);
            u = u + a * (b * v - u);
        }
        if (v >= 30) {
            spikes.add((double) steps);
            v = c;
            u = u + d;
        }
        SimulationResult r = Simulation.builder(NeuronParameters.of(a, b, c, d)).current(current).dt(1)
                .duration(steps).scheme(Scheme.IZHIKEVICH2003).build().run();
        assertArrayEquals(spikes.stream().mapToDouble(Double::doubleValue).toArray(), r.spikeTimes());
        assertTrue(spikes.size() > 20);
        assertEquals(v, r.finalV(), 0.0);
        assertEquals(u, r.finalU(), 0.0);
    }

    @Test
    void izhikevich2004ReproducesTheFigureCode() {
        // (A) tonic spiking as in figure1.m
        double a = 0.02, b = 0.2, c = -65, d = 6, tau = 0.25;
        double v = -70, u = b * v;
        List<Double> vv = new ArrayList<>();
        List<Double> spikes = new ArrayList<>();
        for (int k = 0; k <= 400; k++) { // tspan = 0:tau:100
            double t = k * tau;
            double current = t > 10 ? 14 : 0;
            v = v + tau * (0.04 * (v * v) + 5 * v + 140 - u + current);
            u = u + tau * a * (b * v - u);
            if (v > 30) {
                vv.add(30.0);
                spikes.add(t);
                v = c;
                u = u + d;
            } else {
                vv.add(v);
            }
        }
        SimulationResult r = Presets.get("2004/A-tonic-spiking").run();
        assertArrayEquals(vv.stream().mapToDouble(Double::doubleValue).toArray(), r.v());
        assertArrayEquals(spikes.stream().mapToDouble(Double::doubleValue).toArray(), r.spikeTimes());
        assertEquals(401, r.time().length);
        assertEquals(100.0, r.time()[400]);
    }

    /** The network code in float32 (as with single() in Matlab or float32 in NumPy): every operation rounded. */
    @Test
    void izhikevich2003InFloatIsThePublishedNetworkCodeInFloat32() {
        float a = 0.02f, b = 0.2f, c = -50f, d = 2f, current = 10f;
        float v = -65f, u = b * v;
        List<Double> spikes = new ArrayList<>();
        int steps = 1000;
        for (int t = 0; t < steps; t++) {
            if (v >= 30f) {
                spikes.add((double) t);
                v = c;
                u = u + d;
            }
            v = v + 0.5f * (0.04f * (v * v) + 5f * v + 140f - u + current);
            v = v + 0.5f * (0.04f * (v * v) + 5f * v + 140f - u + current);
            u = u + a * (b * v - u);
        }
        if (v >= 30f) {
            spikes.add((double) steps);
            v = c;
            u = u + d;
        }
        SimulationResult r = Simulation.builder(NeuronParameters.of(0.02, 0.2, -50, 2)).current(10).dt(1)
                .duration(steps).scheme(Scheme.IZHIKEVICH2003).precision(Precision.FLOAT).build().run();
        assertArrayEquals(spikes.stream().mapToDouble(Double::doubleValue).toArray(), r.spikeTimes());
        assertTrue(spikes.size() > 20);
        assertEquals(v, r.finalV(), 0.0);
        assertEquals(u, r.finalU(), 0.0);
    }

    /** figure1.m's tonic spiking in float32: every operation rounded, in the code's order. */
    @Test
    void izhikevich2004InFloatIsTheFigureCodeInFloat32() {
        float a = 0.02f, b = 0.2f, c = -65f, d = 6f, tau = 0.25f;
        float v = -70f, u = b * v;
        List<Double> vv = new ArrayList<>();
        List<Double> uu = new ArrayList<>();
        for (int k = 0; k <= 400; k++) {
            double t = k * 0.25;
            float current = t > 10 ? 14f : 0f;
            v = v + tau * (0.04f * (v * v) + 5f * v + 140f - u + current);
            u = u + tau * a * (b * v - u);
            if (v > 30f) {
                vv.add(30.0);
                v = c;
                u = u + d;
            } else {
                vv.add((double) v);
            }
            uu.add((double) u);
        }
        SimulationResult r = Presets.get("2004/A-tonic-spiking").simulation().precision(Precision.FLOAT).build()
                .run();
        assertArrayEquals(vv.stream().mapToDouble(Double::doubleValue).toArray(), r.v());
        assertArrayEquals(uu.stream().mapToDouble(Double::doubleValue).toArray(), r.u());
        SimulationResult inDouble = Presets.get("2004/A-tonic-spiking").run();
        assertTrue(inDouble.u()[400] != r.u()[400], "the float run is not the double run");
    }

    @Test
    void accommodationUsesTheFigureCodesRecoveryEquation() {
        double a = 0.02, b = 1, c = -55, d = 4, tau = 0.5;
        double v = -65, u = -16;
        int n = 0;
        double[] ref = new double[801];
        for (int k = 0; k <= 800; k++) {
            double t = k * tau;
            double current = t < 200 ? t / 25 : t < 300 ? 0 : t < 312.5 ? (t - 300) / 12.5 * 4 : 0;
            v = v + tau * (0.04 * (v * v) + 5 * v + 140 - u + current);
            u = u + tau * a * (b * (v + 65));
            if (v > 30) {
                ref[k] = 30;
                v = c;
                u = u + d;
                n++;
            } else {
                ref[k] = v;
            }
        }
        SimulationResult r = Presets.get("2004/R").run();
        assertEquals(n, r.spikeCount());
        assertArrayEquals(ref, r.v());
    }

    static double finalV(Scheme s, double dt) {
        return Simulation.builder(NeuronParameters.builder().v0(-70).build()).current(2).duration(40).dt(dt)
                .scheme(s).build().run().finalV();
    }

    @Test
    void rk4IsFourthOrderOnASubthresholdTrajectory() {
        double h = 0.2;
        double v1 = finalV(Scheme.RK4, h);
        double v2 = finalV(Scheme.RK4, h / 2);
        double v3 = finalV(Scheme.RK4, h / 4);
        double ratio = Math.abs(v1 - v2) / Math.abs(v2 - v3);
        assertTrue(ratio > 13 && ratio < 19, "error ratio when halving dt ~16, got " + ratio);
        double e1 = Math.abs(finalV(Scheme.EULER, h) - finalV(Scheme.EULER, h / 2));
        double e2 = Math.abs(finalV(Scheme.EULER, h / 2) - finalV(Scheme.EULER, h / 4));
        assertTrue(e1 / e2 > 1.7 && e1 / e2 < 2.3, "euler is first order: " + e1 / e2);
    }

    /** Classical RK4 written in float32 (a subthreshold run: no event location), every operation rounded. */
    @Test
    void rk4InFloatIsClassicalRk4InFloat32() {
        float a = 0.02f, b = 0.2f, k2 = 0.04f, k1 = 5f, k0 = 140f, current = 2f, h = 0.25f;
        float v = -70f, u = b * v;
        for (int k = 0; k < 400; k++) {
            float x = v, y = u;
            float k1v = k2 * x * x + k1 * x + k0 - y + current, k1u = a * (b * x - y);
            float x2 = x + 0.5f * h * k1v, y2 = y + 0.5f * h * k1u;
            float k2v = k2 * x2 * x2 + k1 * x2 + k0 - y2 + current, k2u = a * (b * x2 - y2);
            float x3 = x + 0.5f * h * k2v, y3 = y + 0.5f * h * k2u;
            float k3v = k2 * x3 * x3 + k1 * x3 + k0 - y3 + current, k3u = a * (b * x3 - y3);
            float x4 = x + h * k3v, y4 = y + h * k3u;
            float k4v = k2 * x4 * x4 + k1 * x4 + k0 - y4 + current, k4u = a * (b * x4 - y4);
            v = x + h / 6f * (k1v + 2f * k2v + 2f * k3v + k4v);
            u = y + h / 6f * (k1u + 2f * k2u + 2f * k3u + k4u);
        }
        SimulationResult r = Simulation.builder(NeuronParameters.of(0.02, 0.2, -65, 8).withV0(-70)).current(2)
                .dt(0.25).duration(100).scheme(Scheme.RK4).precision(Precision.FLOAT).build().run();
        assertEquals(0, r.spikeCount());
        assertEquals(v, r.finalV(), 0.0);
        assertEquals(u, r.finalU(), 0.0);
        assertTrue(Simulation.builder(NeuronParameters.of(0.02, 0.2, -65, 8).withV0(-70)).current(2).dt(0.25)
                .duration(100).scheme(Scheme.RK4).build().run().finalU() != r.finalU(), "float is not double");
    }

    @Test
    void rk4LocatesSpikesWithinTheStep() {
        NeuronParameters p = NeuronParameters.of(0.02, 0.2, -65, 8);
        double[] fine = Simulation.builder(p).current(10).duration(200).dt(0.001).scheme(Scheme.RK4).build().run()
                .spikeTimes();
        double[] coarse = Simulation.builder(p).current(10).duration(200).dt(0.05).scheme(Scheme.RK4).build().run()
                .spikeTimes();
        assertEquals(fine.length, coarse.length);
        for (int i = 0; i < fine.length; i++) {
            assertEquals(fine[i], coarse[i], 0.05, "spike " + i);
            assertTrue(Math.abs(coarse[i] / 0.05 - Math.rint(coarse[i] / 0.05)) > 1e-9 || i > 100,
                    "interpolated, not on the grid");
        }
    }

    @Test
    void floatPrecisionFollowsDoubleClosely() {
        for (Scheme s : Scheme.all()) {
            SimulationResult d = Presets.get("2003/CH").simulation().scheme(s).build().run();
            SimulationResult f = Presets.get("2003/CH").simulation().scheme(s).precision(Precision.FLOAT).build()
                    .run();
            assertTrue(Math.abs(d.spikeCount() - f.spikeCount()) <= 1, s + ": " + d.spikeCount() + " vs "
                    + f.spikeCount());
            assertEquals(d.spikeTimes()[0], f.spikeTimes()[0], 0.5, s.id());
            float[] check = {(float) f.v()[10]};
            assertEquals(check[0], f.v()[10], 0.0, "float values are floats");
        }
    }

    @Test
    void schemesParseByIdAndDescribeTheirSource() {
        for (Scheme s : Scheme.all()) {
            assertEquals(s, Scheme.parse(s.id()));
            assertTrue(!s.source().isBlank());
        }
        assertEquals(Scheme.EULER, Scheme.parse("EULER"));
        assertEquals(Precision.FLOAT, Precision.parse("float"));
        IllegalArgumentException e = org.junit.jupiter.api.Assertions.assertThrows(IllegalArgumentException.class,
                () -> Scheme.parse("heun"));
        assertTrue(e.getMessage().contains("rk4"));
        assertTrue(Protocol.constant(1).isConstant());
    }
}
