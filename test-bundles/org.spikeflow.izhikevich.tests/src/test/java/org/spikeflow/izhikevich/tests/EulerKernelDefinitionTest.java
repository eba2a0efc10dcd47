package org.spikeflow.izhikevich.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.List;
import java.util.SplittableRandom;

import org.junit.jupiter.api.Test;
import org.spikeflow.izhikevich.Precision;
import org.spikeflow.izhikevich.Scheme;
import org.spikeflow.izhikevich.internal.Control;
import org.spikeflow.izhikevich.internal.EulerKernel;
import org.spikeflow.izhikevich.internal.Grid;
import org.spikeflow.izhikevich.internal.NeuronSink;
import org.spikeflow.izhikevich.internal.NeuronSpec;
import org.spikeflow.izhikevich.internal.ScalarEulerKernel;
import org.spikeflow.izhikevich.internal.SpikeEvents;
import org.spikeflow.izhikevich.internal.VectorSupport;

/**
 * The fast Euler kernels (vector and blocked scalar) against the one definition of the rule, {@link Scheme#EULER}: each
 * kernel runs a block of neurons directly and every neuron's final state, spike count and spike times must be
 * bit-identical to the scheme integrating that neuron alone, in double and in float.
 */
class EulerKernelDefinitionTest {

    private static final int NEURONS = 37; // not a multiple of any vector width: the tail lanes are exercised too
    private static final long STEPS = 4000;
    private static final double DT = 0.25;
    private static final double K2 = 0.04, K1 = 5, K0 = 140, V_PEAK = 30, V0 = -65;

    private final double[] a = new double[NEURONS], b = new double[NEURONS], c = new double[NEURONS],
            d = new double[NEURONS], current = new double[NEURONS];

    EulerKernelDefinitionTest() {
        SplittableRandom rnd = new SplittableRandom(5);
        for (int j = 0; j < NEURONS; j++) {
            a[j] = 0.01 + 0.09 * rnd.nextDouble();
            b[j] = 0.2 + 0.05 * rnd.nextDouble();
            c[j] = -65 + 15 * rnd.nextDouble();
            d[j] = 0.05 + 7.95 * rnd.nextDouble();
            current[j] = j == 0 ? 0 : 15 * rnd.nextDouble(); // neuron 0 stays silent
        }
    }

    static List<EulerKernel> kernels() {
        List<EulerKernel> kernels = new ArrayList<>(List.of(ScalarEulerKernel.INSTANCE));
        EulerKernel vector = VectorSupport.kernel();
        assertNotNull(vector, "vector kernel: " + VectorSupport.unavailableReason());
        kernels.add(vector);
        return kernels;
    }

    /** The definition: the scheme on one neuron; returns {final v, final u} and collects its spike times. */
    private double[] definition(int j, Precision precision, List<Double> spikes) {
        NeuronSpec spec = new NeuronSpec();
        spec.a = a[j];
        spec.b = b[j];
        spec.c = c[j];
        spec.d = d[j];
        spec.k2 = K2;
        spec.k1 = K1;
        spec.k0 = K0;
        spec.vPeak = V_PEAK;
        spec.v0 = V0;
        spec.u0 = b[j] * V0;
        spec.defaultU0 = true;
        double[] out = new double[2];
        Scheme.EULER.integrate(precision, spec, (step, t) -> current[j], new Grid(Scheme.EULER, STEPS * DT, DT),
                new NeuronSink.SpikesOnly() {
                    @Override
                    public void spike(double t) {
                        spikes.add(t);
                    }
                }, new Control(), out);
        return out;
    }

    @Test
    void doubleKernelsEqualTheSchemeDefinition() {
        for (EulerKernel kernel : kernels()) {
            double[] v = new double[NEURONS], u = new double[NEURONS];
            for (int j = 0; j < NEURONS; j++) {
                v[j] = V0;
                u[j] = b[j] * V0;
            }
            int[] counts = new int[NEURONS];
            SpikeEvents events = new SpikeEvents();
            kernel.runDouble(a, b, c, d, current, v, u, 0, NEURONS, 0, 0, STEPS, DT, K2, K1, K0, V_PEAK, counts,
                    events);
            int total = 0;
            for (int j = 0; j < NEURONS; j++) {
                List<Double> spikes = new ArrayList<>();
                double[] expected = definition(j, Precision.DOUBLE, spikes);
                String what = kernel.name() + ", neuron " + j;
                assertEquals(expected[0], v[j], what + ": final v");
                assertEquals(expected[1], u[j], what + ": final u");
                assertEquals(spikes.size(), counts[j], what + ": spike count");
                assertEquals(spikes, spikeTimes(events, j), what + ": spike times");
                total += counts[j];
            }
            assertTrue(total > 10 * NEURONS, "the neurons fire: " + total);
        }
    }

    @Test
    void floatKernelsEqualTheSchemeDefinition() {
        float[] af = floats(a), bf = floats(b), cf = floats(c), df = floats(d), cur = floats(current);
        for (EulerKernel kernel : kernels()) {
            float[] v = new float[NEURONS], u = new float[NEURONS];
            for (int j = 0; j < NEURONS; j++) {
                v[j] = (float) V0;
                u[j] = bf[j] * (float) V0;
            }
            int[] counts = new int[NEURONS];
            SpikeEvents events = new SpikeEvents();
            kernel.runFloat(af, bf, cf, df, cur, v, u, 0, NEURONS, 0, 0, STEPS, (float) DT, (float) K2, (float) K1,
                    (float) K0, (float) V_PEAK, counts, events, DT);
            for (int j = 0; j < NEURONS; j++) {
                List<Double> spikes = new ArrayList<>();
                double[] expected = definition(j, Precision.FLOAT, spikes);
                String what = kernel.name() + " (float), neuron " + j;
                assertEquals(expected[0], v[j], what + ": final v");
                assertEquals(expected[1], u[j], what + ": final u");
                assertEquals(spikes.size(), counts[j], what + ": spike count");
                assertEquals(spikes, spikeTimes(events, j), what + ": spike times");
            }
        }
    }

    private static List<Double> spikeTimes(SpikeEvents events, int neuron) {
        List<Double> times = new ArrayList<>();
        for (int i = 0; i < events.size(); i++) {
            if (events.neuron(i) == neuron) {
                times.add(events.time(i));
            }
        }
        return times;
    }

    private static float[] floats(double[] values) {
        float[] f = new float[values.length];
        for (int i = 0; i < values.length; i++) {
            f[i] = (float) values[i];
        }
        return f;
    }
}
