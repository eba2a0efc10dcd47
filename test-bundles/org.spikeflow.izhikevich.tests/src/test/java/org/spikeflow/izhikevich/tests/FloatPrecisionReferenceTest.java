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
            this(a, b, c, d, current, uFromDouble, Double.NaN);
        }

        /**
         * @param u0
         *            the given initial u, or NaN for b·v0
         */
        Reference(double a, double b, double c, double d, double current, boolean uFromDouble, double u0) {
            float fa = (float) a, fb = (float) b, fc = (float) c, fd = (float) d, fi = (float) current;
            float k2 = 0.04f, k1 = 5f, k0 = 140f, vPeak = 30f, dt = (float) DT;
            v = -65f;
            // the bug being guarded against: b·v0 in double, then rounded
            u = !Double.isNaN(u0) ? (float) u0 : uFromDouble ? (float) (b * -65.0) : fb * v;
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

    /** A population may give u0 for some neurons and leave it NaN (b·v0, in the run's precision) for the others. */
    @Test
    void givenAndDefaultU0MixInOneFloatPopulation() {
        Population random = PopulationTest.random(N, 1);
        double[] a = new double[N], b = new double[N], c = new double[N], d = new double[N], i = new double[N];
        double[] u0 = new double[N];
        for (int j = 0; j < N; j++) {
            a[j] = random.a(j);
            b[j] = random.b(j);
            c[j] = random.c(j);
            d[j] = random.d(j);
            i[j] = random.current(j);
            u0[j] = j % 3 == 0 ? -12.5 - j * 1e-3 : Double.NaN;
        }
        Population pop = Population.builder(N).a(a).b(b).c(c).d(d).current(i).u0(u0).build();
        int sensitive = 0;
        for (Kernel kernel : PopulationTest.kernels()) {
            PopulationResult r = PopulationSimulation.builder(pop).duration(DURATION).dt(DT).precision(Precision.FLOAT)
                    .kernel(kernel).threads(2).build().run();
            for (int j = 0; j < N; j++) {
                Reference ref = new Reference(a[j], b[j], c[j], d[j], i[j], false, u0[j]);
                if (kernel == Kernel.GENERIC
                        && new Reference(a[j], b[j], c[j], d[j], i[j], true, u0[j]).spikes != ref.spikes) {
                    sensitive++;
                }
                String what = kernel + ", neuron " + j;
                assertEquals(ref.spikes, r.spikeCounts()[j], what + ": spike count");
                assertEquals((double) ref.v, r.finalV()[j], 0.0, what + ": final v");
                assertEquals((double) ref.u, r.finalU()[j], 0.0, what + ": final u");
            }
        }
        assertTrue(sensitive > 0, "no neuron with the default u0 is sensitive to its rounding");
        assertEquals(b[1] * -65, pop.u0(1), 0.0, "the double value of a default u0");
        assertEquals(u0[3], pop.u0(3), 0.0);
    }
}
