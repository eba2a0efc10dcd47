package org.spikeflow.izhikevich.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;
import org.spikeflow.izhikevich.Kernel;
import org.spikeflow.izhikevich.NeuronParameters;
import org.spikeflow.izhikevich.Population;
import org.spikeflow.izhikevich.PopulationResult;
import org.spikeflow.izhikevich.PopulationSimulation;
import org.spikeflow.izhikevich.Precision;
import org.spikeflow.izhikevich.Scheme;

/**
 * Float precision is float32 arithmetic throughout, from parameters rounded once: checked against a float32 scalar
 * euler written here (the same definition a C {@code float} or NumPy {@code float32} reference computes).
 */
class FloatPrecisionReferenceTest {

    private static final int N = 1000;
    private static final double DURATION = 1000;
    private static final double DT = 0.1;
    private static final int STEPS = 10000;

    /** Float32 euler of one neuron with the default quadratic 0.04 v² + 5 v + 140, vPeak 30, v0 −65. */
    private static final class Reference {
        int spikes;
        float v;
        float u;

        Reference(double a, double b, double c, double d, double current, boolean uFromDouble) {
            float fa = (float) a, fb = (float) b, fc = (float) c, fd = (float) d, fi = (float) current;
            float k2 = 0.04f, k1 = 5f, k0 = 140f, vPeak = 30f, dt = (float) DT;
            v = -65f;
            // the bug being guarded against: b·v0 in double, then rounded
            u = uFromDouble ? (float) (b * -65.0) : fb * v;
            for (int k = 0; k < STEPS; k++) {
                float dv = k2 * v * v + k1 * v + k0 - u + fi;
                float du = fa * (fb * v - u);
                v = v + dt * dv;
                u = u + dt * du;
                if (v >= vPeak) {
                    v = fc;
                    u = u + fd;
                    spikes++;
                }
            }
        }
    }

    @Test
    void floatPopulationEqualsFloat32ReferenceForEveryKernelAndThreadCount() {
        Population pop = PopulationTest.random(N, 1);
        Reference[] ref = new Reference[N];
        int differingIfRoundedFromDouble = 0;
        for (int i = 0; i < N; i++) {
            ref[i] = new Reference(pop.a(i), pop.b(i), pop.c(i), pop.d(i), pop.current(i), false);
            Reference old = new Reference(pop.a(i), pop.b(i), pop.c(i), pop.d(i), pop.current(i), true);
            if (old.spikes != ref[i].spikes) {
                differingIfRoundedFromDouble++;
            }
        }
        // the population holds neurons whose spike count depends on how u0 is rounded
        assertTrue(differingIfRoundedFromDouble > 0, "no neuron of the sample is sensitive to the u0 rounding");
        for (Kernel kernel : PopulationTest.kernels()) {
            for (int threads : new int[] {1, 2, 3}) {
                PopulationResult r = PopulationSimulation.builder(pop).duration(DURATION).dt(DT)
                        .precision(Precision.FLOAT).kernel(kernel).threads(threads).build().run();
                String what = kernel + ", " + threads + " threads, neuron ";
                for (int i = 0; i < N; i++) {
                    assertEquals(ref[i].spikes, r.spikeCounts()[i], what + i + ": spike count");
                    assertEquals(Double.doubleToRawLongBits(ref[i].v), Double.doubleToRawLongBits(r.finalV()[i]),
                            what + i + ": final v");
                    assertEquals(Double.doubleToRawLongBits(ref[i].u), Double.doubleToRawLongBits(r.finalU()[i]),
                            what + i + ": final u");
                }
            }
        }
    }

    @Test
    void singleNeuronFloatRunStartsFromFloatProductOfBAndV0() {
        Population pop = PopulationTest.random(N, 1);
        for (int i = 0; i < N; i++) {
            Reference ref = new Reference(pop.a(i), pop.b(i), pop.c(i), pop.d(i), pop.current(i), false);
            Reference old = new Reference(pop.a(i), pop.b(i), pop.c(i), pop.d(i), pop.current(i), true);
            if (old.spikes == ref.spikes) {
                continue; // only the neurons the rounding affects
            }
            NeuronParameters p = NeuronParameters.builder().a(pop.a(i)).b(pop.b(i)).c(pop.c(i)).d(pop.d(i)).build();
            int spikes = PopulationSimulation.builder(Population.of(p, pop.current(i))).duration(DURATION).dt(DT)
                    .precision(Precision.FLOAT).scheme(Scheme.EULER).kernel(Kernel.GENERIC).build().run()
                    .spikeCounts()[0];
            assertEquals(ref.spikes, spikes, "neuron " + i + " built from its NeuronParameters");
        }
    }
}
