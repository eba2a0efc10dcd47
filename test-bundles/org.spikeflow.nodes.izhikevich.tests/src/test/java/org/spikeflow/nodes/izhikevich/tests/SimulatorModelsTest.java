package org.spikeflow.nodes.izhikevich.tests;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Arrays;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.spikeflow.core.data.DataTable;
import org.spikeflow.testing.NodeTesting;

/**
 * The Simulator's other models, checked against published behaviour: the Hodgkin–Huxley axon fires at about 68 Hz at 10
 * µA/cm² (Rinzel &amp; Miller 1980; Dayan &amp; Abbott 2001, ch. 5) and not repetitively at 6 µA/cm² (below the
 * rheobase of repetitive firing, about 6.26); the AdEx patterns of Naud et al. 2008 (Fig. 4a, b) are tonic (constant
 * intervals) and adapting (growing intervals). Also: the measurement noise has the requested standard deviation and
 * leaves the dynamics alone.
 */
class SimulatorModelsTest {

    private static double[] spikeTimes(DataTable spikes) {
        return NodeTesting.doubles(spikes, "Spike time (ms)");
    }

    private static double[] intervals(double[] times) {
        double[] isi = new double[times.length - 1];
        for (int i = 0; i < isi.length; i++) {
            isi[i] = times[i + 1] - times[i];
        }
        return isi;
    }

    @Test
    void hodgkinHuxleyFiresAtAbout68HzAt10AndNotAt6() throws Exception {
        DataTable[] out = Harness.simulate("{'model': 'hodgkinHuxley', 'current': 10, 'dt': 0.01, 'duration': 1000,"
                + " 'recording': {'spikeTimes': true, 'u': true, 'current': true, 'decimation': 10}}");
        assertEquals(List.of("Time (ms)", "Membrane Potential (mV)", "u", "I (pA)"), out[0].getSpec().columnNames(),
                "the Izhikevich simulator's trace layout");
        assertEquals(10001, out[0].getRowCount());
        assertTrue(Arrays.stream(NodeTesting.doubles(out[0], "u")).allMatch(Double::isNaN), "no u in this model");
        assertEquals(10, NodeTesting.doubles(out[0], "I (pA)")[500], 0.0);
        double[] late = Arrays.stream(spikeTimes(out[1])).filter(t -> t >= 200).toArray();
        double rate = 1000 * (late.length - 1) / (late[late.length - 1] - late[0]);
        assertEquals(68, rate, 5, "rate at 10 µA/cm²");

        DataTable[] below = Harness.simulate("{'model': 'hodgkinHuxley', 'current': 6, 'dt': 0.01, 'duration': 500,"
                + " 'recording': {'spikeTimes': true}}");
        assertEquals(0, Arrays.stream(spikeTimes(below[1])).filter(t -> t >= 100).count(), "6 µA/cm²: no firing");
    }

    @Test
    void adexTonicKeepsItsIntervalsAndAdaptingStretchesThem() throws Exception {
        DataTable[] tonic = Harness.simulate("{'model': 'adex', 'adexParameters': 'tonic', 'current': 500, 'dt': 0.01,"
                + " 'duration': 500, 'recording': {'spikeTimes': true}}");
        double[] isi = intervals(spikeTimes(tonic[1]));
        assertTrue(isi.length > 10, "tonic spiking at 500 pA: " + isi.length);
        double min = Arrays.stream(isi, 1, isi.length).min().orElseThrow();
        double max = Arrays.stream(isi, 1, isi.length).max().orElseThrow();
        assertTrue(max / min < 1.1, "tonic: intervals stay the same " + Arrays.toString(isi));

        DataTable[] adapting = Harness.simulate("{'model': 'adex', 'adexParameters': 'adapting', 'current': 500,"
                + " 'dt': 0.01, 'duration': 500, 'recording': {'spikeTimes': true}}");
        double[] grow = intervals(spikeTimes(adapting[1]));
        assertTrue(grow.length >= 3 && grow[grow.length - 1] > 2 * grow[0], "adapting: intervals grow "
                + Arrays.toString(grow));
        assertEquals("AdEx adapting", adapting[2].getColumn("Label").getObject(0));
    }

    @Test
    void otherModelsRefuseParameterTablesAndUnknownPatterns() throws Exception {
        Exception e = assertThrows(Exception.class, () -> Harness.simulate(Harness.simulator("{'model': 'adex'}"),
                Harness.parameters(new double[] {0.02, 0.2, -65, 8, 10}), null));
        assertTrue(e.getMessage().contains("'model'") && e.getMessage().contains("parameter table"), e.getMessage());
        Exception unknown = assertThrows(Exception.class, () -> Harness.simulate("{'model': 'adex',"
                + " 'adexParameters': 'tonik'}"));
        assertTrue(unknown.getMessage().contains("adexParameters") && unknown.getMessage().contains("tonic"),
                unknown.getMessage());
    }

    @Test
    void measurementNoiseHasItsStandardDeviationAndLeavesTheDynamicsAlone() throws Exception {
        String neuron = "'preset': 'seed/RS', 'recording': {'spikeTimes': true, 'u': true}";
        DataTable[] clean = Harness.simulate("{" + neuron + "}");
        DataTable[] noisy = Harness.simulate("{" + neuron + ", 'measurementNoise': 0.3, 'measurementSeed': 7}");
        double[] v = NodeTesting.doubles(clean[0], "Membrane Potential (mV)");
        double[] w = NodeTesting.doubles(noisy[0], "Membrane Potential (mV)");
        double sum = 0;
        double squares = 0;
        for (int i = 0; i < v.length; i++) {
            sum += w[i] - v[i];
            squares += (w[i] - v[i]) * (w[i] - v[i]);
        }
        double mean = sum / v.length;
        double sd = Math.sqrt(squares / v.length - mean * mean);
        // v.length ≈ 4000 samples: the sample sd is within ±5 % of 0.3 with overwhelming probability
        assertEquals(0.3, sd, 0.015, "measurement noise sd");
        assertEquals(0, mean, 0.03, "measurement noise mean");
        assertArrayEquals(NodeTesting.doubles(clean[0], "u"), NodeTesting.doubles(noisy[0], "u"), 0.0, "u untouched");
        assertArrayEquals(spikeTimes(clean[1]), spikeTimes(noisy[1]), 0.0, "spikes untouched");
    }
}
