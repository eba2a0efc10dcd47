package org.spikeflow.nodes.izhikevich.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.spikeflow.testing.NodeTesting.doubles;

import java.util.SplittableRandom;

import org.junit.jupiter.api.Test;
import org.spikeflow.core.data.DataTable;
import org.spikeflow.core.data.IntColumn;
import org.spikeflow.core.flowvar.FlowObjectStack;
import org.spikeflow.testing.NodeTesting;
import org.spikeflow.testing.PlainEuler;

/**
 * The Simulator node in float precision computes float32 arithmetic throughout, from parameters rounded once: a u0 that
 * the table leaves empty is {@code (float) b · (float) v0}, not {@code b·v0} in double then rounded. Checked against a
 * float32 euler written here (what C {@code float} or NumPy {@code float32} compute).
 */
class SimulatorFloatPrecisionTest {

    private static final int N = 1000;
    private static final int STEPS = 10000; // 1000 ms at dt 0.1

    /**
     * Float32 euler of one neuron over {@link #STEPS} steps of 0.1 ms; u0 NaN: b·v0 as a float product, or (the old
     * rounding) the double product rounded once when {@code u0InDouble}.
     */
    private static PlainEuler.FloatState float32Euler(double a, double b, double c, double d, double current,
            double u0, boolean u0InDouble) {
        float start = !Double.isNaN(u0) ? (float) u0 : u0InDouble ? (float) (b * PlainEuler.V0) : (float) b * -65f;
        return PlainEuler.ofFloat(a, b, c, d, current, 0.1, STEPS, start);
    }

    @Test
    void aFloatRunFromAParameterTableEqualsTheFloat32Reference() throws Exception {
        SplittableRandom random = new SplittableRandom(1);
        double[] a = new double[N], b = new double[N], c = new double[N], d = new double[N], i = new double[N];
        double[] u0 = new double[N];
        for (int j = 0; j < N; j++) {
            a[j] = 0.01 + 0.09 * random.nextDouble();
            b[j] = 0.2 + 0.05 * random.nextDouble();
            c[j] = -65 + 15 * random.nextDouble();
            d[j] = 0.05 + 7.95 * random.nextDouble();
            i[j] = 15 * random.nextDouble();
            // every fifth neuron has its own u0, the others an empty cell (b·v0)
            u0[j] = j % 5 == 0 ? -13 - random.nextDouble() : Double.NaN;
        }
        DataTable params = Harness.table("a", a, "b", b, "c", c, "d", d, "I", i, "u0", u0);
        PlainEuler.FloatState[] ref = new PlainEuler.FloatState[N];
        int sensitive = 0;
        for (int j = 0; j < N; j++) {
            ref[j] = float32Euler(a[j], b[j], c[j], d[j], i[j], u0[j], false);
            if (float32Euler(a[j], b[j], c[j], d[j], i[j], u0[j], true).spikes() != ref[j].spikes()) {
                sensitive++;
            }
        }
        assertTrue(sensitive > 0, "no neuron of the sample is sensitive to how u0 is rounded");
        for (int threads : new int[] {1, 2}) {
            DataTable[] out = Harness.run(Harness.simulator("{'threads': " + threads + ", 'duration': 1000, 'dt': 0.1,"
                    + " 'precision': 'float', 'recording': {'trace': false, 'spikeTimes': false, 'statistics':"
                    + " false}}"), FlowObjectStack.empty(), Harness.context(threads), params, null);
            int[] counts = ((IntColumn) out[2].getColumn("Spike count")).toArray();
            double[] finalV = doubles(out[2], "Final v (mV)");
            double[] finalU = doubles(out[2], "Final u");
            for (int j = 0; j < N; j++) {
                String what = threads + " threads, neuron " + j;
                assertEquals(ref[j].spikes(), counts[j], what + ": spike count");
                assertEquals(ref[j].v(), finalV[j], 0.0, what + ": final v");
                assertEquals(ref[j].u(), finalU[j], 0.0, what + ": final u");
            }
        }
    }

    @Test
    void aFloatRunOfTheSettingsNeuronStartsFromTheFloatProduct() throws Exception {
        // the first random b and I whose final state depends on how u0 is rounded
        SplittableRandom random = new SplittableRandom(7);
        for (int tries = 0; tries < 1000; tries++) {
            double b = 0.2 + 0.05 * random.nextDouble();
            double current = 15 * random.nextDouble();
            PlainEuler.FloatState ref = float32Euler(0.02, b, -65, 8, current, Double.NaN, false);
            PlainEuler.FloatState old = float32Euler(0.02, b, -65, 8, current, Double.NaN, true);
            if (ref.u() == old.u() && ref.v() == old.v()) {
                continue;
            }
            DataTable[] out = Harness.simulate("{'a': 0.02, 'b': " + b + ", 'c': -65, 'd': 8, 'current': " + current
                    + ", 'duration': 1000, 'dt': 0.1, 'precision': 'float'}");
            assertEquals(ref.v(), doubles(out[2], "Final v (mV)")[0], 0.0, "b = " + b + ", I = " + current);
            assertEquals(ref.u(), doubles(out[2], "Final u")[0], 0.0, "b = " + b + ", I = " + current);
            assertEquals(ref.spikes(), ((IntColumn) out[2].getColumn("Spike count")).get(0));
            return;
        }
        throw new AssertionError("no b found whose u0 depends on the rounding");
    }
}
