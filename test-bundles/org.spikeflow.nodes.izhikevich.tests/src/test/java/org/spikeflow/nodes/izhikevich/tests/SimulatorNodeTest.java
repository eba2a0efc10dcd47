package org.spikeflow.nodes.izhikevich.tests;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.spikeflow.testing.NodeTesting.doubles;
import static org.spikeflow.nodes.izhikevich.tests.Harness.parameters;
import static org.spikeflow.nodes.izhikevich.tests.Harness.simulate;
import static org.spikeflow.nodes.izhikevich.tests.Harness.simulator;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.stream.Stream;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import org.spikeflow.core.data.DataTable;
import org.spikeflow.core.data.DataTableBuilder;
import org.spikeflow.core.data.DataTableSpec;
import org.spikeflow.core.data.DataType;
import org.spikeflow.core.data.IntColumn;
import org.spikeflow.core.data.StringColumn;
import org.spikeflow.core.flowvar.FlowObjectStack;
import org.spikeflow.core.flowvar.FlowVariable;
import org.spikeflow.core.node.CanceledExecutionException;
import org.spikeflow.core.node.ExecutionContext;
import org.spikeflow.core.runtime.Node;
import org.spikeflow.core.node.NodeLogger;
import org.spikeflow.core.port.PortObjectSpec;
import org.spikeflow.core.settings.InvalidSettingsException;
import org.spikeflow.izhikevich.NeuronParameters;
import org.spikeflow.izhikevich.Precision;
import org.spikeflow.izhikevich.Preset;
import org.spikeflow.izhikevich.Presets;
import org.spikeflow.izhikevich.Scheme;
import org.spikeflow.izhikevich.Simulation;
import org.spikeflow.izhikevich.SimulationResult;
import org.spikeflow.izhikevich.protocol.Protocol;
import org.spikeflow.testing.NodeTesting;
import org.spikeflow.testing.PlainEuler;

/** The Izhikevich Simulator through {@link Node}: settings → outputs, against the library and independent values. */
class SimulatorNodeTest {

    static final List<String> SUMMARY_COLUMNS = List.of("Neuron", "Label", "Spike count", "Firing rate (Hz)",
            "First spike latency (ms)", "ISI mean (ms)", "ISI CV", "Burst count", "Final v (mV)", "Final u", "a", "b",
            "c", "d", "I", "k2", "k1", "k0", "v0", "u0");

    /** Spike counts of the seed's files, as listed in the issue. */
    static final Map<String, Integer> SEED_COUNTS = Map.ofEntries(Map.entry("Regular_Spiking_RS", 5),
            Map.entry("Fast_Spiking_FS", 25), Map.entry("Intrinsically_Bursting_IB", 8),
            Map.entry("Chattering_CH", 21), Map.entry("Low-Threshold_Spiking_LTS", 17),
            Map.entry("Rebound_Spiking", 14), Map.entry("Phasic_Spiking", 8), Map.entry("Spike_Latency", 4),
            Map.entry("Threshold_Variability", 14), Map.entry("Bistable", 5), Map.entry("Rebound_Burst", 16),
            Map.entry("Mixed_Mode", 8));

    /** Forward Euler exactly as the issue writes it, trace point k+1 showing 30 where a spike happened. */
    static double[] issueEuler(double a, double b, double c, double d, double current, double dt, int steps) {
        double[] trace = new double[steps + 1];
        PlainEuler.ofDouble(a, b, c, d, current, dt, steps, trace);
        return trace;
    }

    // ------------------------------------------------------------------------------------------------ columns

    @Test
    void singleNeuronWithDefaultRecordingGivesExactlyTheSeedColumns() throws Exception {
        Node node = simulator(null);
        PortObjectSpec[] specs = node.configure(new PortObjectSpec[2], FlowObjectStack.empty());
        assertEquals(List.of("Time (ms)", "Membrane Potential (mV)"), ((DataTableSpec) specs[0]).columnNames());
        assertEquals(List.of("Neuron", "Spike time (ms)"), ((DataTableSpec) specs[1]).columnNames());
        assertEquals(SUMMARY_COLUMNS, ((DataTableSpec) specs[2]).columnNames());
        DataTable[] out = simulate(node, null, null);
        assertEquals(List.of("Time (ms)", "Membrane Potential (mV)"), out[0].getSpec().columnNames());
        assertEquals(DataType.DOUBLE, out[0].getSpec().getColumnSpec(1).type());
        assertEquals(801, out[0].getRowCount(), "200 ms at dt 0.25 with euler: 800 steps, 801 points");
        assertEquals(1, out[2].getRowCount());
    }

    @Test
    void recordedUAndCurrentFollowTheSeedColumnsAndThePopulationAddsNeuron() throws Exception {
        String settings = "{'recording': {'u': true, 'current': true}}";
        DataTable[] single = simulate(settings);
        assertEquals(List.of("Time (ms)", "Membrane Potential (mV)", "u", "I (pA)"), single[0].getSpec().columnNames());
        DataTable[] population = simulate(simulator(settings), parameters(new double[] {0.02, 0.2, -65, 8, 10}), null);
        assertEquals(List.of("Time (ms)", "Membrane Potential (mV)", "Neuron", "u", "I (pA)"),
                population[0].getSpec().columnNames(), "a parameter table adds Neuron even for one row");
        assertEquals(DataType.INT, population[0].getSpec().getColumnSpec(2).type());
        assertArrayEquals(doubles(single[0], "u"), doubles(population[0], "u"));
        for (double current : doubles(single[0], "I (pA)")) {
            assertEquals(10, current);
        }
    }

    // ------------------------------------------------------------------------------------------------ values

    @Test
    void eulerTraceIsBitIdenticalToTheIssuesExpression() throws Exception {
        DataTable[] out = simulate("{'a': 0.02, 'b': 0.2, 'c': -50, 'd': 2, 'current': 10, 'dt': 0.1,"
                + " 'duration': 300}");
        double[] expected = issueEuler(0.02, 0.2, -50, 2, 10, 0.1, 3000);
        double[] v = doubles(out[0], "Membrane Potential (mV)");
        assertArrayEquals(expected, v, "no tolerance: euler is bit-reproducible");
        double[] t = doubles(out[0], "Time (ms)");
        for (int k = 0; k < t.length; k++) {
            assertEquals(k * 0.1, t[k], 0.0, "t_k = k*dt");
        }
        int spikes = 0;
        List<Double> spikeTimes = new ArrayList<>();
        for (int k = 0; k < expected.length; k++) {
            if (expected[k] == 30) {
                spikes++;
                spikeTimes.add(k * 0.1);
            }
        }
        assertTrue(spikes > 10, "chattering fires: " + spikes);
        assertEquals(spikes, ((IntColumn) out[2].getColumn("Spike count")).get(0));
        assertEquals(spikes, out[1].getRowCount());
        double[] times = doubles(out[1], "Spike time (ms)");
        for (int i = 0; i < spikes; i++) {
            assertEquals(spikeTimes.get(i), times[i], 0.0);
        }
        assertEquals(spikeTimes.get(0), doubles(out[2], "First spike latency (ms)")[0], 0.0);
        assertEquals(spikes / 0.3, doubles(out[2], "Firing rate (Hz)")[0], 1e-12);
    }

    static List<Scheme> schemes() {
        return Scheme.all();
    }

    @ParameterizedTest
    @MethodSource("schemes")
    void everySchemeMatchesTheLibraryBitForBit(Scheme scheme) throws Exception {
        DataTable[] out = simulate("{'a': 0.02, 'b': 0.2, 'c': -55, 'd': 4, 'current': 0, 'dt': 0.25,"
                + " 'duration': 150, 'scheme': '" + scheme.id() + "', 'protocol': [{'type': 'step', 'start': 15,"
                + " 'amplitude': 11}], 'recording': {'u': true}}");
        SimulationResult expected = Simulation.builder(NeuronParameters.of(0.02, 0.2, -55, 4))
                .protocol(Protocol.step(15, 11)).duration(150).dt(0.25).scheme(scheme).build().run();
        assertArrayEquals(expected.time(), doubles(out[0], "Time (ms)"));
        assertArrayEquals(expected.v(), doubles(out[0], "Membrane Potential (mV)"));
        assertArrayEquals(expected.u(), doubles(out[0], "u"));
        assertArrayEquals(expected.spikeTimes(), doubles(out[1], "Spike time (ms)"));
        assertTrue(expected.spikeCount() > 3, scheme + " fires after the step");
        assertEquals(expected.finalV(), doubles(out[2], "Final v (mV)")[0], 0.0);
        assertEquals(expected.finalU(), doubles(out[2], "Final u")[0], 0.0);
    }

    @Test
    void floatPrecisionMatchesTheLibrarysFloatRun() throws Exception {
        DataTable[] out = simulate("{'precision': 'float', 'dt': 0.5, 'duration': 500}");
        SimulationResult expected = Simulation.builder(NeuronParameters.of(0.02, 0.2, -65, 8)).current(10)
                .duration(500).dt(0.5).precision(Precision.FLOAT).build().run();
        assertArrayEquals(expected.v(), doubles(out[0], "Membrane Potential (mV)"));
        SimulationResult inDouble = Simulation.builder(NeuronParameters.of(0.02, 0.2, -65, 8)).current(10)
                .duration(500).dt(0.5).build().run();
        assertNotEquals(inDouble.v()[100], doubles(out[0], "Membrane Potential (mV)")[100], "float differs");
    }

    static Stream<Preset> seedPresets() {
        return Presets.family("seed").stream();
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("seedPresets")
    void aSeedPresetReproducesTheSeedFile(Preset preset) throws Exception {
        DataTable[] out = simulate("{'preset': '" + preset.name() + "'}");
        Harness.Csv file = Harness.seedFile(preset.fileName());
        assertEquals(file.header(), out[0].getSpec().columnNames());
        assertEquals(800, out[0].getRowCount());
        double[] t = doubles(out[0], "Time (ms)");
        double[] v = doubles(out[0], "Membrane Potential (mV)");
        int fileSpikes = 0;
        for (int i = 0; i < 800; i++) {
            assertEquals(file.columns()[0][i], t[i], 0.0, "time axis linspace(0, 200, 800), point " + i);
            // the seed squared with pow(); a few points differ from v*v in the last bits
            assertEquals(file.columns()[1][i], v[i], 1e-12 * Math.max(1, Math.abs(file.columns()[1][i])),
                    "point " + i);
            assertEquals(file.columns()[1][i] == 30.0, v[i] == 30.0, "spike sample at point " + i);
            fileSpikes += file.columns()[1][i] == 30.0 ? 1 : 0;
        }
        int count = ((IntColumn) out[2].getColumn("Spike count")).get(0);
        assertEquals(SEED_COUNTS.get(preset.fileName()), fileSpikes);
        assertEquals(fileSpikes, count);
        assertEquals(preset.label(), ((StringColumn) out[2].getColumn("Label")).get(0));
    }

    @Test
    void withoutThePresetsSetupOnlyItsNeuronIsUsed() throws Exception {
        DataTable[] out = simulate("{'preset': 'seed/FS', 'presetSetup': false, 'scheme': 'euler', 'current': 5,"
                + " 'dt': 0.1, 'duration': 100, 'a': 0.5}");
        NeuronParameters fs = Presets.get("seed/FS").parameters();
        SimulationResult expected = Simulation.builder(fs).current(5).duration(100).dt(0.1).build().run();
        assertArrayEquals(expected.v(), doubles(out[0], "Membrane Potential (mV)"));
        assertEquals(0.1, doubles(out[2], "a")[0], "the preset's a, not the custom setting");
        assertEquals(5, doubles(out[2], "I")[0]);
    }

    @Test
    void a2004PresetRunsAsPublished() throws Exception {
        DataTable[] out = simulate("{'preset': '2004/B'}");
        SimulationResult expected = Presets.get("2004/B-phasic-spiking").run();
        assertArrayEquals(expected.v(), doubles(out[0], "Membrane Potential (mV)"));
        assertEquals(1, out[1].getRowCount(), "phasic spiking fires once");
        assertEquals("(B) phasic spiking", ((StringColumn) out[2].getColumn("Label")).get(0));
        DataTable[] accommodation = simulate("{'preset': '2004/R-accommodation'}");
        assertArrayEquals(Presets.get("2004/R").run().v(), doubles(accommodation[0], "Membrane Potential (mV)"));
        assertEquals(-16, doubles(accommodation[2], "u0")[0], "the preset's explicit u0");
    }

    // ------------------------------------------------------------------------------------------------ protocols

    static Stream<Arguments> components() {
        return Stream.of(
                Arguments.of("{'type': 'constant', 'amplitude': 3}", Protocol.constant(3)),
                Arguments.of("{'type': 'step', 'start': 10, 'amplitude': 14}", Protocol.step(10, 14)),
                Arguments.of("{'type': 'step', 'start': 10, 'end': 60, 'amplitude': 14}", Protocol.pulse(10, 60, 14)),
                Arguments.of("{'type': 'pulse', 'start': 20, 'end': 25, 'amplitude': 30}", Protocol.pulse(20, 25, 30)),
                Arguments.of("{'type': 'pulses', 'times': [10, 30, 50], 'width': 4, 'amplitude': 25}",
                        Protocol.pulses(new double[] {10, 30, 50}, 4, 25)),
                Arguments.of(
                        "{'type': 'pulseTrain', 'start': 5, 'width': 2, 'period': 10, 'count': 6, 'amplitude': 40}",
                        Protocol.pulseTrain(5, 2, 10, 6, 40)),
                Arguments.of("{'type': 'ramp', 'start': 30, 'slope': 0.2}", Protocol.ramp(30, 0.2)),
                Arguments.of("{'type': 'ramp', 'start': 30, 'slope': 0.2, 'offset': -1}", Protocol.ramp(30, 0.2, -1)),
                Arguments.of("{'type': 'steps', 'times': [20, 60], 'values': [8, 14]}",
                        Protocol.steps(0, new double[] {20, 60}, new double[] {8, 14})),
                Arguments.of("{'type': 'piecewise', 'times': [0, 50, 50, 100], 'values': [0, 20, 0, 10]}",
                        Protocol.piecewiseLinear(new double[] {0, 50, 50, 100}, new double[] {0, 20, 0, 10})),
                Arguments.of("{'type': 'whiteNoise', 'mean': 5, 'sigma': 3, 'seed': 7}", Protocol.whiteNoise(5, 3, 7)),
                Arguments.of("{'type': 'ornsteinUhlenbeck', 'mean': 6, 'sigma': 2, 'tau': 5, 'seed': 7}",
                        Protocol.ornsteinUhlenbeck(6, 2, 5, 7)));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("components")
    void protocolComponentsMapOntoTheLibrarysProtocols(String component, Protocol protocol) throws Exception {
        DataTable[] out = simulate("{'current': 0, 'dt': 0.1, 'duration': 150, 'protocol': [" + component + "],"
                + " 'recording': {'current': true}}");
        SimulationResult expected = Simulation.builder(NeuronParameters.of(0.02, 0.2, -65, 8)).protocol(protocol)
                .duration(150).dt(0.1).build().run();
        assertArrayEquals(expected.v(), doubles(out[0], "Membrane Potential (mV)"));
        assertArrayEquals(expected.current(), doubles(out[0], "I (pA)"));
    }

    @Test
    void componentsAreAddedToTheConstantCurrent() throws Exception {
        DataTable[] out = simulate("{'current': 4, 'dt': 0.5, 'duration': 100, 'protocol': [{'type': 'step',"
                + " 'start': 20, 'amplitude': 6}, {'type': 'pulse', 'start': 50, 'end': 60, 'amplitude': -2}],"
                + " 'recording': {'current': true}}");
        double[] t = doubles(out[0], "Time (ms)");
        double[] current = doubles(out[0], "I (pA)");
        for (int k = 0; k < t.length; k++) {
            double expected = 4 + (t[k] > 20 ? 6 : 0) + (t[k] > 50 && t[k] < 60 ? -2 : 0);
            assertEquals(expected, current[k], 1e-12, "t = " + t[k]);
        }
    }

    @Test
    void anIncompleteComponentIsAnErrorNamingTheField() throws Exception {
        InvalidSettingsException e = assertThrows(InvalidSettingsException.class, () -> simulate(
                "{'protocol': [{'type': 'step', 'start': 1, 'amplitude': 1}, {'type': 'pulse', 'start': 10,"
                        + " 'amplitude': 5}]}"));
        assertTrue(e.getMessage().contains("'protocol.1.end'"), e.getMessage());
        InvalidSettingsException unknown = assertThrows(InvalidSettingsException.class,
                () -> simulator("{'protocol': [{'type': 'square'}]}"));
        assertTrue(unknown.getMessage().contains("protocol.0.type"), unknown.getMessage());
    }

    @Test
    void schemeAndPrecisionAreWrittenInLowerCase() throws Exception {
        Node node = simulator("{'scheme': 'izhikevich2004', 'precision': 'float', 'recovery': 'accommodation'}");
        var json = node.getSettingsJson(false);
        assertEquals("izhikevich2004", json.get("scheme").asText());
        assertEquals("float", json.get("precision").asText());
        assertEquals("accommodation", json.get("recovery").asText());
        InvalidSettingsException e = assertThrows(InvalidSettingsException.class,
                () -> simulator("{'scheme': 'EULER'}"));
        assertTrue(e.getMessage().contains("euler, izhikevich2003, izhikevich2004, seed, rk4"), e.getMessage());
    }

    // ------------------------------------------------------------------------------------------------ population

    @Test
    void aParameterTableRunsOneNeuronPerRow() throws Exception {
        double[][] rows = {{0.02, 0.2, -65, 8, 10}, {0.1, 0.2, -65, 2, 12}, {0.02, 0.25, -65, 2, 0}};
        DataTable params = parameters(rows);
        StringColumn labels = StringColumn.of("RS", "FS", "quiet");
        params = params.withColumn(new org.spikeflow.core.data.DataColumnSpec("Sweep", DataType.STRING), labels);
        DataTable[] out = simulate(simulator("{'dt': 0.5, 'duration': 100}"), params, null);
        int points = 201;
        assertEquals(3 * points, out[0].getRowCount());
        int[] neuron = ((IntColumn) out[0].getColumn("Neuron")).toArray();
        double[] v = doubles(out[0], "Membrane Potential (mV)");
        double[] t = doubles(out[0], "Time (ms)");
        int totalSpikes = 0;
        for (int i = 0; i < 3; i++) {
            SimulationResult single = Simulation.builder(NeuronParameters.of(rows[i][0], rows[i][1], rows[i][2],
                    rows[i][3])).current(rows[i][4]).duration(100).dt(0.5).build().run();
            for (int k = 0; k < points; k++) {
                assertEquals(i, neuron[i * points + k]);
                assertEquals(single.v()[k], v[i * points + k], 0.0, "neuron " + i + " point " + k);
                assertEquals(single.time()[k], t[i * points + k], 0.0);
            }
            assertEquals(single.spikeCount(), ((IntColumn) out[2].getColumn("Spike count")).get(i));
            assertEquals(rows[i][4], doubles(out[2], "I")[i]);
            assertEquals(single.finalV(), doubles(out[2], "Final v (mV)")[i], 0.0);
            totalSpikes += single.spikeCount();
        }
        assertEquals(0, ((IntColumn) out[2].getColumn("Spike count")).get(2), "I = 0: silent");
        assertTrue(Double.isNaN(doubles(out[2], "First spike latency (ms)")[2]));
        assertEquals(List.of("RS", "FS", "quiet"), List.of(((StringColumn) out[2].getColumn("Label")).get(0),
                ((StringColumn) out[2].getColumn("Label")).get(1), ((StringColumn) out[2].getColumn("Label")).get(2)));
        assertEquals(totalSpikes, out[1].getRowCount());
        int[] spikeNeuron = ((IntColumn) out[1].getColumn("Neuron")).toArray();
        double[] spikeTime = doubles(out[1], "Spike time (ms)");
        for (int r = 1; r < spikeNeuron.length; r++) {
            assertTrue(spikeNeuron[r] > spikeNeuron[r - 1]
                    || (spikeNeuron[r] == spikeNeuron[r - 1] && spikeTime[r] > spikeTime[r - 1]), "ordered");
        }
    }

    @Test
    void populationResultsDoNotDependOnTheThreadCount() throws Exception {
        int n = 997;
        double[][] rows = new double[n][];
        java.util.SplittableRandom random = new java.util.SplittableRandom(1);
        for (int i = 0; i < n; i++) {
            rows[i] = new double[] {0.01 + 0.09 * random.nextDouble(), 0.2 + 0.05 * random.nextDouble(),
                    -65 + 15 * random.nextDouble(), 0.05 + 8 * random.nextDouble(), 15 * random.nextDouble()};
        }
        DataTable params = parameters(rows);
        DataTable[] one = Harness.run(simulator("{'threads': 1, 'duration': 200, 'dt': 0.1}"),
                FlowObjectStack.empty(), Harness.context(1), params, null);
        DataTable[] four = Harness.run(simulator("{'threads': 4, 'duration': 200, 'dt': 0.1}"),
                FlowObjectStack.empty(), Harness.context(4), params, null);
        assertArrayEquals(doubles(one[0], "Membrane Potential (mV)"), doubles(four[0], "Membrane Potential (mV)"));
        assertArrayEquals(doubles(one[1], "Spike time (ms)"), doubles(four[1], "Spike time (ms)"));
        assertArrayEquals(doubles(one[2], "Final u"), doubles(four[2], "Final u"));
        DataTable[] countsOnly = Harness.run(simulator("{'threads': 2, 'duration': 200, 'dt': 0.1, 'recording':"
                + " {'trace': false, 'spikeTimes': false, 'statistics': false}}"), FlowObjectStack.empty(),
                Harness.context(2), params, null);
        assertEquals(0, countsOnly[0].getRowCount(), "no traces");
        assertEquals(0, countsOnly[1].getRowCount(), "no spike list");
        assertArrayEquals(((IntColumn) one[2].getColumn("Spike count")).toArray(),
                ((IntColumn) countsOnly[2].getColumn("Spike count")).toArray(), "fast kernel, same counts");
        assertArrayEquals(doubles(one[2], "Final v (mV)"), doubles(countsOnly[2], "Final v (mV)"));
        assertArrayEquals(doubles(one[2], "Firing rate (Hz)"), doubles(countsOnly[2], "Firing rate (Hz)"));
        assertTrue(Double.isNaN(doubles(countsOnly[2], "ISI mean (ms)")[0]), "statistics off");
        assertTrue(countsOnly[2].getColumn("Burst count").isMissing(0), "statistics off");
        assertEquals(List.of(countsOnly[2].getSpec().columnNames()), List.of(one[2].getSpec().columnNames()));
    }

    @Test
    void rowsWithOtherCoefficientsRunWithTheirOwnAndKeepTheirNoise() throws Exception {
        double[] k1 = {5, 4.1, 5};
        double[] k0 = {140, 108, 140};
        DataTable params = Harness.table("a", new double[] {0.02, 0.02, 0.02}, "b", new double[] {0.2, -0.1, 0.2},
                "c", new double[] {-65, -55, -50}, "d", new double[] {8, 6, 2}, "I", new double[] {10, 0.5, 10},
                "k1", k1, "k0", k0, "v0", new double[] {-65, -60, -70});
        String settings = "{'duration': 100, 'dt': 0.25, 'protocol': [{'type': 'whiteNoise', 'sigma': 2, 'seed':"
                + " 3}]}";
        DataTable[] out = simulate(simulator(settings), params, null);
        NeuronParameters class1 = NeuronParameters.builder().a(0.02).b(-0.1).c(-55).d(6).quadratic(0.04, 4.1, 108)
                .v0(-60).build();
        // neuron 2 runs in the population of the standard coefficients (as its second member) but keeps the noise
        // stream of row 2: it equals neuron 2 of a table whose rows all share the coefficients
        DataTable uniform = Harness.table("a", new double[] {0.02, 0.02, 0.02}, "b", new double[] {0.2, 0.2, 0.2},
                "c", new double[] {-65, -65, -50}, "d", new double[] {8, 8, 2}, "I", new double[] {10, 10, 10},
                "v0", new double[] {-65, -65, -70});
        DataTable[] shared = simulate(simulator(settings), uniform, null);
        double[] v = doubles(out[0], "Membrane Potential (mV)");
        double[] vShared = doubles(shared[0], "Membrane Potential (mV)");
        assertArrayEquals(java.util.Arrays.copyOfRange(vShared, 802, 1203), java.util.Arrays.copyOfRange(v, 802, 1203));
        assertArrayEquals(java.util.Arrays.copyOfRange(vShared, 0, 401), java.util.Arrays.copyOfRange(v, 0, 401));
        assertEquals(4.1, doubles(out[2], "k1")[1]);
        assertEquals(108, doubles(out[2], "k0")[1]);
        assertEquals(5, doubles(out[2], "k1")[2]);
        // without noise, neuron 1 equals the class-1 neuron run by itself
        DataTable[] quiet = simulate(simulator("{'duration': 100, 'dt': 0.25}"), params, null);
        SimulationResult single = Simulation.builder(class1).current(0.5).duration(100).dt(0.25).build().run();
        assertArrayEquals(single.v(), java.util.Arrays.copyOfRange(doubles(quiet[0], "Membrane Potential (mV)"),
                401, 802));
    }

    // ------------------------------------------------------------------------------------------------ state

    @Test
    void theInitialStateContinuesARun() throws Exception {
        String settings = "{'a': 0.02, 'b': 0.2, 'c': -50, 'd': 2, 'current': 10, 'dt': 0.1, 'duration': 100}";
        DataTable[] first = simulate(settings);
        DataTable[] second = simulate(simulator(settings), null, first[2]);
        DataTable[] whole = simulate(settings.replace("'duration': 100", "'duration': 200"));
        double finalV = doubles(first[2], "Final v (mV)")[0];
        double[] v2 = doubles(second[0], "Membrane Potential (mV)");
        assertEquals(finalV, v2[0], 0.0, "the first sample is the given v");
        assertEquals(finalV, doubles(second[2], "v0")[0], 0.0);
        assertEquals(doubles(first[2], "Final u")[0], doubles(second[2], "u0")[0], 0.0);
        double[] vWhole = doubles(whole[0], "Membrane Potential (mV)");
        for (int k = 1; k < v2.length; k++) {
            assertEquals(vWhole[1000 + k], v2[k], 0.0, "the continuation is the second half of one long run, " + k);
        }
        assertEquals(doubles(whole[2], "Final v (mV)")[0], doubles(second[2], "Final v (mV)")[0], 0.0);
        // v and u columns work too, and the time offset continues the time axis
        DataTable state = Harness.table("v", new double[] {-55}, "u", new double[] {-3});
        DataTable[] shifted = simulate(simulator(settings.replace("}", ", 'timeOffset': 100}")), null, state);
        assertEquals(-55, doubles(shifted[0], "Membrane Potential (mV)")[0]);
        assertEquals(100, doubles(shifted[0], "Time (ms)")[0]);
        assertEquals(200, doubles(shifted[0], "Time (ms)")[1000], 1e-9);
        assertTrue(doubles(shifted[1], "Spike time (ms)")[0] > 100);
        assertTrue(doubles(shifted[2], "First spike latency (ms)")[0] < 100, "latency counts from the run's start");
    }

    @Test
    void aStateTableWithANeuronColumnSetsOnlyTheListedNeurons() throws Exception {
        DataTable params = parameters(new double[] {0.02, 0.2, -65, 8, 10}, new double[] {0.02, 0.2, -65, 8, 10},
                new double[] {0.02, 0.2, -65, 8, 10});
        DataTable state = Harness.table("Neuron", new double[] {2}, "v", new double[] {-50}, "u",
                new double[] {Double.NaN});
        DataTable[] out = simulate(simulator("{'duration': 10, 'dt': 1}"), params, state);
        double[] v = doubles(out[0], "Membrane Potential (mV)");
        assertEquals(-65, v[0]);
        assertEquals(-65, v[11]);
        assertEquals(-50, v[22]);
        assertEquals(0.2 * -50, doubles(out[2], "u0")[2], 0.0, "an empty u means b·v");
        InvalidSettingsException rows = assertThrows(InvalidSettingsException.class, () -> simulate(
                simulator("{'duration': 10, 'dt': 1}"), params, Harness.table("v", new double[] {-60, -61})));
        assertTrue(rows.getMessage().contains("has 2 rows but the run has 3 neurons"), rows.getMessage());
        InvalidSettingsException twice = assertThrows(InvalidSettingsException.class, () -> simulate(
                simulator("{'duration': 10, 'dt': 1}"), params, Harness.table("Neuron", new double[] {1, 1}, "v",
                        new double[] {-60, -61})));
        assertTrue(twice.getMessage().contains("neuron 1 is listed twice"), twice.getMessage());
        InvalidSettingsException noV = assertThrows(InvalidSettingsException.class, () -> simulate(
                simulator(null), null, Harness.table("voltage", new double[] {-60})));
        assertTrue(noV.getMessage().contains("no column 'v'"), noV.getMessage());
    }

    // ------------------------------------------------------------------------------------------------ flow variables

    @Test
    void aFlowVariableOverridesTheCurrent() throws Exception {
        Node node = simulator("{'dt': 0.1, 'duration': 100}");
        node.setVariableSetting("current", "I");
        FlowObjectStack stack = FlowObjectStack.of(List.of(FlowVariable.ofDouble("I", 12.5)));
        DataTable[] out = Harness.run(node, stack, Harness.context(1), null, null);
        assertEquals(12.5, doubles(out[2], "I")[0]);
        DataTable[] direct = simulate("{'dt': 0.1, 'duration': 100, 'current': 12.5}");
        assertArrayEquals(doubles(direct[0], "Membrane Potential (mV)"), doubles(out[0], "Membrane Potential (mV)"));
        DataTable[] intVariable = Harness.run(node, FlowObjectStack.of(List.of(FlowVariable.ofInt("I", 12))),
                Harness.context(1), null, null);
        assertEquals(12, doubles(intVariable[2], "I")[0], "an int variable controls a double setting");
    }

    @Test
    void flowVariablesChooseThePresetAndNestedSettings() throws Exception {
        Node node = simulator(null);
        node.setVariableSetting("preset", "type");
        node.setVariableSetting("recording.decimation", "every");
        FlowObjectStack stack = FlowObjectStack.of(List.of(FlowVariable.ofString("type", "Fast_Spiking_FS"),
                FlowVariable.ofInt("every", 4)));
        DataTable[] out = Harness.run(node, stack, Harness.context(1), null, null);
        assertEquals("Fast Spiking (FS)", ((StringColumn) out[2].getColumn("Label")).get(0));
        assertEquals(200, out[0].getRowCount(), "800 seed points, every 4th");
        assertEquals(25, ((IntColumn) out[2].getColumn("Spike count")).get(0), "counted on every step");
    }

    // ------------------------------------------------------------------------------------------------ errors

    @Test
    void aParameterTableWithoutColumnAIsRefusedAtConfigure() throws Exception {
        DataTableSpec spec = DataTableSpec.of("alpha", DataType.DOUBLE, "b", DataType.DOUBLE, "c", DataType.DOUBLE,
                "d", DataType.DOUBLE, "I", DataType.DOUBLE);
        InvalidSettingsException e = assertThrows(InvalidSettingsException.class,
                () -> simulator(null).configure(new PortObjectSpec[] {spec, null}, FlowObjectStack.empty()));
        assertTrue(e.getMessage().contains("parameter table (input 0) has no column 'a'"), e.getMessage());
        assertTrue(e.getMessage().contains("'alpha'"), "lists the table's columns: " + e.getMessage());
        DataTableSpec noCurrent = DataTableSpec.of("a", DataType.DOUBLE, "b", DataType.DOUBLE, "c", DataType.DOUBLE,
                "d", DataType.DOUBLE);
        InvalidSettingsException i = assertThrows(InvalidSettingsException.class,
                () -> simulator(null).configure(new PortObjectSpec[] {noCurrent, null}, FlowObjectStack.empty()));
        assertTrue(i.getMessage().contains("no column 'I'"), i.getMessage());
        DataTableSpec text = DataTableSpec.of("a", DataType.STRING, "b", DataType.DOUBLE, "c", DataType.DOUBLE,
                "d", DataType.DOUBLE, "I", DataType.DOUBLE);
        InvalidSettingsException t = assertThrows(InvalidSettingsException.class,
                () -> simulator(null).configure(new PortObjectSpec[] {text, null}, FlowObjectStack.empty()));
        assertTrue(t.getMessage().contains("Column 'a'") && t.getMessage().contains("numeric"), t.getMessage());
    }

    @Test
    void aNaNParameterNamesTheRowAndTheColumn() throws Exception {
        DataTable params = parameters(new double[] {0.02, 0.2, -65, 8, 10},
                new double[] {0.02, 0.2, Double.NaN, 8, 10});
        InvalidSettingsException e = assertThrows(InvalidSettingsException.class,
                () -> simulate(simulator(null), params, null));
        assertTrue(e.getMessage().contains("Row 1 of the parameter table") && e.getMessage().contains("column 'c'"),
                e.getMessage());
        DataTableBuilder builder = new DataTableBuilder(DataTableSpec.of("a", DataType.DOUBLE, "b", DataType.DOUBLE,
                "c", DataType.DOUBLE, "d", DataType.DOUBLE, "I", DataType.INT));
        builder.appendRow(0.02, 0.2, -65.0, 8.0, null);
        InvalidSettingsException missing = assertThrows(InvalidSettingsException.class,
                () -> simulate(simulator(null), builder.build(), null));
        assertTrue(missing.getMessage().contains("Row 0") && missing.getMessage().contains("column 'I' is missing"),
                missing.getMessage());
        InvalidSettingsException empty = assertThrows(InvalidSettingsException.class,
                () -> simulate(simulator(null), parameters(), null));
        assertTrue(empty.getMessage().contains("has no rows"), empty.getMessage());
    }

    @Test
    void badSettingsAreRefusedWithTheirName() throws Exception {
        InvalidSettingsException preset = assertThrows(InvalidSettingsException.class,
                () -> simulate("{'preset': 'seed/XY'}"));
        assertTrue(preset.getMessage().contains("'seed/XY'") && preset.getMessage().contains("seed/RS"),
                preset.getMessage());
        InvalidSettingsException dt = assertThrows(InvalidSettingsException.class, () -> simulate("{'dt': 0}"));
        assertTrue(dt.getMessage().contains("'dt'"), dt.getMessage());
        InvalidSettingsException grid = assertThrows(InvalidSettingsException.class,
                () -> simulate("{'scheme': 'seed', 'dt': 1, 'duration': 0.5}"));
        assertTrue(grid.getMessage().contains("'duration' and 'dt'"), grid.getMessage());
        InvalidSettingsException traced = assertThrows(InvalidSettingsException.class,
                () -> simulate("{'recording': {'neurons': [3]}}"));
        assertTrue(traced.getMessage().contains("neuron 3"), traced.getMessage());
    }

    @Test
    void aBlowUpIsAClearErrorNamingTheNeuron() throws Exception {
        DataTable params = parameters(new double[] {0.02, 0.2, -65, 8, 10}, new double[] {1e300, 0.2, -65, 8, 10});
        IllegalStateException e = assertThrows(IllegalStateException.class,
                () -> simulate(simulator("{'dt': 0.1, 'duration': 100}"), params, null));
        String m = e.getMessage();
        assertTrue(m.startsWith("Numerical blow-up in neuron 1 (row 1 of the parameter table) at t = "), m);
        assertTrue(m.contains("a = 1.0E300") && m.contains("smaller dt"), m);
        IllegalStateException single = assertThrows(IllegalStateException.class,
                () -> simulate("{'a': 1e300, 'dt': 0.1, 'duration': 100}"));
        assertTrue(single.getMessage().startsWith("Numerical blow-up in the neuron at t = "), single.getMessage());
    }

    @Test
    void aRequestTooBigForMemoryIsRefusedBeforeAllocating() throws Exception {
        DataTable params = parameters(new double[] {0.02, 0.2, -65, 8, 10}, new double[] {0.02, 0.2, -65, 8, 10});
        long before = Runtime.getRuntime().totalMemory() - Runtime.getRuntime().freeMemory();
        IllegalStateException e = assertThrows(IllegalStateException.class,
                () -> simulate(simulator("{'dt': 1, 'duration': 1.5e8}"), params, null));
        assertTrue(e.getMessage().startsWith("Not enough memory for this simulation: 2 neurons, traces of 2 × "
                + "150000001 samples"), e.getMessage());
        assertTrue(e.getMessage().contains("recording.decimation") && e.getMessage().contains("-Xmx"), e.getMessage());
        long after = Runtime.getRuntime().totalMemory() - Runtime.getRuntime().freeMemory();
        assertTrue(after - before < 500L << 20, "nothing big was allocated");
        IllegalStateException rows = assertThrows(IllegalStateException.class,
                () -> simulate("{'dt': 0.1, 'duration': 1e12}"));
        assertTrue(rows.getMessage().contains("more than a table can hold"), rows.getMessage());
        // the same run without traces fits (and decimation makes a trace fit)
        DataTable[] counts = simulate(simulator("{'dt': 1, 'duration': 1e5, 'recording': {'trace': false}}"), params,
                null);
        assertEquals(2, counts[2].getRowCount());
    }

    @Test
    void progressIsReportedAndCancelStopsTheRun() throws Exception {
        int n = 20_000;
        double[][] rows = new double[n][];
        for (int i = 0; i < n; i++) {
            rows[i] = new double[] {0.02, 0.2, -65, 8, 10};
        }
        DataTable params = parameters(rows);
        Node node = simulator("{'dt': 0.01, 'duration': 1e6, 'recording': {'trace': false, 'spikeTimes': false}}");
        node.configure(new PortObjectSpec[] {params.getSpec(), null}, FlowObjectStack.empty());
        AtomicBoolean cancel = new AtomicBoolean();
        // the listener runs on the simulation's threads: a flag, not a list another thread iterates
        AtomicBoolean progressed = new AtomicBoolean();
        ExecutionContext exec = new ExecutionContext((p, m) -> {
            if (p > 0) {
                progressed.set(true);
            }
        }, cancel, NodeLogger.forSource("test"), java.nio.file.Path.of("."), java.nio.file.Path.of("."), 2, null);
        long[] cancelledAt = new long[1];
        Thread canceller = new Thread(() -> {
            try {
                // cancel once the run reports progress (the first chunks may be slow while the JIT warms up)
                long deadline = System.nanoTime() + 30_000_000_000L;
                while (System.nanoTime() < deadline && !progressed.get()) {
                    Thread.sleep(20);
                }
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            } finally {
                // always cancel: the whole run needs hours
                cancelledAt[0] = System.nanoTime();
                cancel.set(true);
            }
        });
        canceller.setDaemon(true);
        canceller.start();
        assertThrows(CanceledExecutionException.class,
                () -> node.execute(new org.spikeflow.core.port.PortObject[] {params, null}, FlowObjectStack.empty(),
                        exec));
        canceller.join();
        double seconds = (System.nanoTime() - cancelledAt[0]) / 1e9;
        assertTrue(seconds < 10, "stopped " + seconds + " s after the cancel (the whole run needs hours)");
        assertTrue(progressed.get(), "progress was reported before the cancel");
    }
}
