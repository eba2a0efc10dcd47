package org.spikeflow.izhikevich.tests;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.SplittableRandom;

import org.junit.jupiter.api.Test;
import org.spikeflow.izhikevich.Kernel;
import org.spikeflow.izhikevich.NeuronParameters;
import org.spikeflow.izhikevich.Population;
import org.spikeflow.izhikevich.PopulationResult;
import org.spikeflow.izhikevich.PopulationSimulation;
import org.spikeflow.izhikevich.Precision;
import org.spikeflow.izhikevich.RecordingOptions;
import org.spikeflow.izhikevich.Scheme;
import org.spikeflow.izhikevich.SimulationResult;
import org.spikeflow.izhikevich.TraceVariable;
import org.spikeflow.izhikevich.internal.VectorSupport;
import org.spikeflow.testing.PlainEuler;

/**
 * The {@code euler} scheme is bit-reproducible: against a C program compiled with {@code gcc -O2 -ffp-contract=off}
 * (reference/euler_reference.c, its output stored as reference/euler_reference.txt in hex floats) and against a
 * straightforward re-implementation of the expression in this test, for every kernel.
 */
class EulerReferenceTest {

    record Case(String name, boolean isFloat, double a, double b, double c, double d, double current, double dt,
            int steps, List<long[]> spikeSteps, List<double[]> states, double endV, double endU, int spikes) {
    }

    static List<Case> cases() throws IOException {
        InputStream in = EulerReferenceTest.class.getResourceAsStream("reference/euler_reference.txt");
        assertNotNull(in, "fixture reference/euler_reference.txt");
        List<Case> out = new ArrayList<>();
        try (BufferedReader r = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8))) {
            String[] head = null;
            List<long[]> spikes = new ArrayList<>();
            List<double[]> states = new ArrayList<>();
            for (String line; (line = r.readLine()) != null;) {
                String[] f = line.trim().split(" ");
                switch (f[0]) {
                    case "case" -> {
                        head = f;
                        spikes = new ArrayList<>();
                        states = new ArrayList<>();
                    }
                    case "spike" -> spikes.add(new long[] {Long.parseLong(f[1])});
                    case "s" -> states.add(new double[] {Long.parseLong(f[1]), hex(f[2]), hex(f[3])});
                    case "end" -> out.add(new Case(head[1], head[2].equals("float"), hex(head[3]), hex(head[4]),
                            hex(head[5]), hex(head[6]), hex(head[7]), hex(head[8]), Integer.parseInt(head[9]), spikes,
                            states, hex(f[1]), hex(f[2]), Integer.parseInt(f[3])));
                    default -> throw new IllegalStateException("bad fixture line " + line);
                }
            }
        }
        return out;
    }

    static double hex(String s) {
        return Double.parseDouble(s);
    }

    @Test
    void singleNeuronTraceMatchesTheCReferenceBitForBit() throws IOException {
        List<Case> cases = cases();
        assertEquals(21, cases.size());
        for (Case c : cases) {
            SimulationResult r = org.spikeflow.izhikevich.Simulation
                    .builder(NeuronParameters.of(c.a(), c.b(), c.c(), c.d())).current(c.current()).dt(c.dt())
                    .duration(c.steps() * c.dt()).scheme(Scheme.EULER)
                    .precision(c.isFloat() ? Precision.FLOAT : Precision.DOUBLE).record(TraceVariable.V,
                            TraceVariable.U)
                    .build().run();
            double[] v = r.v();
            double[] u = r.u();
            assertEquals(c.steps() + 1, v.length, c.name());
            for (double[] s : c.states()) {
                int k = (int) s[0];
                boolean spiked = c.spikeSteps().stream().anyMatch(x -> x[0] == k);
                // point k+1 is the state after step k; a spike point shows vPeak, u after the reset
                assertEquals(spiked ? 30.0 : s[1], v[k + 1], 0.0, c.name() + " " + c.dt() + " v after step " + k);
                assertEquals(s[2], u[k + 1], 0.0, c.name() + " " + c.dt() + " u after step " + k);
            }
            assertEquals(c.spikes(), r.spikeCount(), c.name());
            double[] st = r.spikeTimes();
            for (int i = 0; i < st.length; i++) {
                assertEquals((c.spikeSteps().get(i)[0] + 1) * c.dt(), st[i], 0.0, c.name() + " spike " + i);
            }
            assertEquals(c.endV(), r.finalV(), 0.0, c.name() + " final v");
            assertEquals(c.endU(), r.finalU(), 0.0, c.name() + " final u");
        }
    }

    @Test
    void everyKernelMatchesTheCReferenceBitForBit() throws IOException {
        List<Case> cases = cases();
        for (boolean f : new boolean[] {false, true}) {
            for (double dt : new double[] {0.1, 0.25}) {
                List<Case> sel = cases.stream().filter(c -> c.isFloat() == f && c.dt() == dt).toList();
                if (sel.isEmpty()) {
                    continue;
                }
                int n = sel.size();
                double[] a = new double[n], b = new double[n], c = new double[n], d = new double[n], i = new double[n];
                for (int j = 0; j < n; j++) {
                    a[j] = sel.get(j).a();
                    b[j] = sel.get(j).b();
                    c[j] = sel.get(j).c();
                    d[j] = sel.get(j).d();
                    i[j] = sel.get(j).current();
                }
                Population pop = Population.builder(n).a(a).b(b).c(c).d(d).current(i).build();
                for (Kernel k : kernels()) {
                    PopulationResult r = PopulationSimulation.builder(pop).duration(sel.get(0).steps() * dt).dt(dt)
                            .precision(f ? Precision.FLOAT : Precision.DOUBLE).kernel(k).threads(2).build().run();
                    for (int j = 0; j < n; j++) {
                        String what = k + " " + (f ? "float " : "double ") + sel.get(j).name() + " dt " + dt;
                        assertEquals(sel.get(j).spikes(), r.spikeCount(j), what);
                        assertEquals(sel.get(j).endV(), r.finalV()[j], 0.0, what);
                        assertEquals(sel.get(j).endU(), r.finalU()[j], 0.0, what);
                    }
                }
            }
        }
    }

    static List<Kernel> kernels() {
        List<Kernel> k = new ArrayList<>(List.of(Kernel.GENERIC, Kernel.BLOCKED));
        if (VectorSupport.kernel() != null) {
            k.add(Kernel.VECTOR);
        }
        return k;
    }

    /** The plain double reference: {v, u, spikes}. */
    static double[] plainEuler(double a, double b, double c, double d, double current, double dt, int steps) {
        PlainEuler.State s = PlainEuler.ofDouble(a, b, c, d, current, dt, steps);
        return new double[] {s.v(), s.u(), s.spikes()};
    }

    /** The plain float32 reference: {v, u, spikes}. */
    static double[] plainEulerFloat(double a, double b, double c, double d, double current, double dt, int steps) {
        PlainEuler.FloatState s = PlainEuler.ofFloat(a, b, c, d, current, dt, steps);
        return new double[] {s.v(), s.u(), s.spikes()};
    }

    @Test
    void randomPopulationMatchesThePlainReImplementation() {
        int n = 1003; // not a multiple of the block or vector length
        SplittableRandom rnd = new SplittableRandom(7);
        double[] a = new double[n], b = new double[n], c = new double[n], d = new double[n], i = new double[n];
        for (int j = 0; j < n; j++) {
            a[j] = 0.01 + 0.09 * rnd.nextDouble();
            b[j] = 0.2 + 0.05 * rnd.nextDouble();
            c[j] = -65 + 15 * rnd.nextDouble();
            d[j] = 0.05 + 7.95 * rnd.nextDouble();
            i[j] = 15 * rnd.nextDouble();
        }
        Population pop = Population.builder(n).a(a).b(b).c(c).d(d).current(i).build();
        int steps = 2000;
        for (Precision p : Precision.values()) {
            double[] ev = new double[n], eu = new double[n];
            int[] ec = new int[n];
            for (int j = 0; j < n; j++) {
                double[] x = p == Precision.FLOAT
                        ? plainEulerFloat(a[j], b[j], c[j], d[j], i[j], 0.1, steps)
                        : plainEuler(a[j], b[j], c[j], d[j], i[j], 0.1, steps);
                ev[j] = x[0];
                eu[j] = x[1];
                ec[j] = (int) x[2];
            }
            for (Kernel k : kernels()) {
                PopulationResult r = PopulationSimulation.builder(pop).duration(steps * 0.1).dt(0.1).precision(p)
                        .kernel(k).threads(2).build().run();
                assertEquals(steps, r.updatesPerNeuron());
                assertArrayEquals(ec, r.spikeCounts(), k + " " + p);
                assertArrayEquals(ev, r.finalV(), k + " " + p);
                assertArrayEquals(eu, r.finalU(), k + " " + p);
            }
        }
    }
}
