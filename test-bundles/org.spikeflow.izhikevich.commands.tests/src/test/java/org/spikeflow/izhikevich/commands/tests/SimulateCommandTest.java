package org.spikeflow.izhikevich.commands.tests;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.SplittableRandom;
import java.util.stream.Stream;

import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.spikeflow.izhikevich.NeuronParameters;
import org.spikeflow.izhikevich.Population;
import org.spikeflow.izhikevich.PopulationResult;
import org.spikeflow.izhikevich.PopulationSimulation;
import org.spikeflow.izhikevich.Precision;
import org.spikeflow.izhikevich.Preset;
import org.spikeflow.izhikevich.Presets;
import org.spikeflow.izhikevich.RecordingOptions;
import org.spikeflow.izhikevich.Recovery;
import org.spikeflow.izhikevich.Scheme;
import org.spikeflow.izhikevich.SimulationResult;
import org.spikeflow.izhikevich.protocol.CurrentSource;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;

/**
 * {@code spikeflow simulate} and {@code spikeflow presets}: results equal the library's own, one JSON line on stdout,
 * thread-count independence, and every bad input with its message, exit code and no output file.
 */
class SimulateCommandTest {
    private static final ObjectMapper JSON = new ObjectMapper();
    private static CommandRunner application;

    @TempDir
    Path temp;

    private String out;
    private String err;

    @BeforeAll
    static void findApplication() throws Exception {
        application = CommandRunner.find("simulate", "presets");
    }

    private int run(String... args) {
        CommandRunner.Result result = CommandRunner.run(application, args);
        out = result.out();
        err = result.err();
        return result.code();
    }

    private static Path fixture(String name) {
        String base = System.getProperty("spikeflow.test.basedir");
        return Path.of(base == null ? "" : base)
                .resolve("src/test/java/org/spikeflow/izhikevich/commands/tests/fixtures/simulate")
                .resolve(name);
    }

    /** The single JSON line of stdout. */
    private JsonNode json() throws IOException {
        List<String> lines = out.lines().toList();
        assertEquals(1, lines.size(), "stdout holds exactly one line: " + out);
        JsonNode node = JSON.readTree(lines.get(0));
        assertTrue(node.isObject(), out);
        return node;
    }

    private static List<String> lines(Path file) throws IOException {
        return Files.readAllLines(file, StandardCharsets.UTF_8);
    }

    private static List<String> counts(PopulationResult r) {
        List<String> lines = new ArrayList<>(List.of("i,spikes"));
        for (int i = 0; i < r.size(); i++) {
            lines.add(i + "," + r.spikeCount(i));
        }
        return lines;
    }

    private static List<String> spikes(PopulationResult r) {
        List<String> lines = new ArrayList<>(List.of("i,t"));
        for (int i = 0; i < r.size(); i++) {
            for (double t : r.spikeTimes(i)) {
                lines.add(i + "," + t);
            }
        }
        return lines;
    }

    private static List<String> trace(SimulationResult r) {
        List<String> lines = new ArrayList<>(List.of("Time (ms),Membrane Potential (mV)"));
        double[] time = r.time();
        double[] v = r.v();
        for (int k = 0; k < time.length; k++) {
            lines.add(time[k] + "," + v[k]);
        }
        return lines;
    }

    /** The files in the temp folder, to show that nothing (not even a temporary file) was left behind. */
    private Set<String> files() throws IOException {
        try (Stream<Path> s = Files.walk(temp)) {
            Set<String> names = new HashSet<>();
            s.filter(Files::isRegularFile).forEach(p -> names.add(temp.relativize(p).toString()));
            return names;
        }
    }

    // ---- presets -----------------------------------------------------------------------------------------------

    @Test
    void presetsListsEveryPresetWithItsSource() throws Exception {
        assertEquals(0, run("presets"), err);
        for (Preset p : Presets.all()) {
            assertTrue(out.contains(p.name()), p.name());
            assertTrue(out.contains(p.label()), p.label());
        }
        assertTrue(out.contains("Source: " + Presets.SEED_SOURCE.substring(0, 40)), out);
        assertTrue(out.contains("Source: E. M. Izhikevich, Simple model of spiking neurons"), out);
        assertTrue(out.contains("Source: E. M. Izhikevich, Which model to use for cortical spiking neurons?"), out);
        assertTrue(out.contains("seed/RS") && out.contains("200 ms") && out.contains("0.25"), out);
        assertTrue(out.contains(Presets.all().size() + " presets"), out);

        assertEquals(0, run("presets", "--json"), err);
        JsonNode array = JSON.readTree(out);
        assertEquals(Presets.all().size(), array.size());
        for (int k = 0; k < array.size(); k++) {
            Preset p = Presets.all().get(k);
            JsonNode node = array.get(k);
            assertEquals(p.name(), node.get("name").asText());
            assertEquals(p.label(), node.get("label").asText());
            assertEquals(p.source(), node.get("source").asText());
            assertEquals(p.scheme().id(), node.get("scheme").asText());
            assertEquals(p.duration(), node.get("duration_ms").asDouble());
            assertEquals(p.dt(), node.get("dt_ms").asDouble());
            assertEquals(p.parameters().a(), node.get("parameters").get("a").asDouble());
            assertEquals(p.parameters().u0(), node.get("parameters").get("u0").asDouble());
            assertEquals(p.protocol().describe(), node.get("protocol").asText());
        }

        assertEquals(2, run("presets", "--bogus"));
        assertTrue(err.contains("unknown argument '--bogus'"), err);
    }

    // ---- results equal the library's ---------------------------------------------------------------------------

    @Test
    void presetTraceEqualsTheLibrarysSingleNeuronResult() throws Exception {
        Path csv = temp.resolve("rs.csv");
        assertEquals(0, run("simulate", "--preset", "seed/RS", "--record", "trace", "--out", csv.toString()), err);

        SimulationResult expected = Presets.get("seed/RS").simulation().build().run();
        assertEquals(trace(expected), lines(csv));
        assertEquals(5, expected.spikeCount()); // the seed's file has 5 spikes
        JsonNode json = json();
        assertEquals(1, json.get("neurons").asInt());
        assertEquals(expected.points() - 1, json.get("steps").asLong()); // seed: int(T/dt) points, one update fewer
        assertEquals(5, json.get("spikes_total").asLong());
        assertEquals("seed", json.get("scheme").asText());

        // by label, with overrides of the preset's dt and scheme, in float
        Path csv2 = temp.resolve("sub/a.csv");
        assertEquals(0, run("simulate", "--preset", "(A) tonic spiking", "--dt", "0.1", "--scheme", "euler",
                "--precision", "float", "--record", "trace", "--out", csv2.toString()), err);
        SimulationResult a = Presets.get("2004/A-tonic-spiking").simulation().dt(0.1).scheme(Scheme.EULER)
                .precision(Precision.FLOAT).build().run();
        assertEquals(trace(a), lines(csv2));
        assertTrue(a.spikeCount() > 3, "tonic spiking fires");
        assertEquals(1000, json().get("steps").asLong()); // 100 ms / 0.1 ms
        assertEquals("float", json().get("precision").asText());
    }

    /**
     * A float run of a preset is float32 arithmetic from parameters rounded once: its default u0 is
     * {@code (float) b · (float) v0} (not b·v0 in double, then rounded). Checked against a float32 euler written here.
     */
    @Test
    void presetFloatTraceEqualsAFloat32Reference() throws Exception {
        int checked = 0;
        for (Preset preset : Presets.all()) {
            NeuronParameters p = preset.parameters();
            float b = (float) p.b(), v0 = (float) p.v0();
            if (p.hasExplicitU0() || p.recovery() != Recovery.STANDARD || b * v0 == (float) (p.b() * p.v0())) {
                continue; // only the presets whose float u0 depends on the rounding
            }
            Path csv = temp.resolve("float-" + checked + ".csv");
            assertEquals(0, run("simulate", "--preset", preset.name(), "--scheme", "euler", "--precision", "float",
                    "--record", "trace", "--out", csv.toString()), err);
            List<String> lines = lines(csv);
            float[] expected = float32EulerTrace(preset, lines.size() - 2);
            for (int k = 0; k < expected.length; k++) {
                assertEquals(expected[k], Double.parseDouble(lines.get(k + 1).split(",")[1]), 0.0,
                        preset.name() + ", trace point " + k);
            }
            checked++;
        }
        assertTrue(checked > 0, "no preset's float u0 depends on the rounding");
    }

    /** Forward Euler in float32 (trace point k+1 shows vPeak where a spike happened). */
    private static float[] float32EulerTrace(Preset preset, int steps) {
        NeuronParameters p = preset.parameters();
        float a = (float) p.a(), b = (float) p.b(), c = (float) p.c(), d = (float) p.d();
        float k2 = (float) p.k2(), k1 = (float) p.k1(), k0 = (float) p.k0(), vPeak = (float) p.vPeak();
        float dt = (float) preset.dt();
        CurrentSource input = preset.protocol().open(0, preset.dt());
        float[] trace = new float[steps + 1];
        float v = (float) p.v0();
        float u = b * v;
        trace[0] = v;
        for (int k = 0; k < steps; k++) {
            float current = (float) input.current(k, k * preset.dt());
            float dv = k2 * v * v + k1 * v + k0 - u + current;
            float du = a * (b * v - u);
            v = v + dt * dv;
            u = u + dt * du;
            trace[k + 1] = v;
            if (v >= vPeak) {
                trace[k + 1] = vPeak;
                v = c;
                u = u + d;
            }
        }
        return trace;
    }

    @Test
    void presetSpikesAndCountsEqualTheLibrary() throws Exception {
        Path spikes = temp.resolve("spikes.csv");
        Path counts = temp.resolve("counts.csv");
        assertEquals(0, run("simulate", "--preset", "Regular_Spiking_RS", "--duration", "1000", "--record", "spikes",
                "--out", spikes.toString()), err);
        assertEquals(0, run("simulate", "--preset", "SEED/rs", "--duration", "1000", "--out", counts.toString()), err);

        SimulationResult expected = Presets.get("seed/RS").simulation().duration(1000).build().run();
        List<String> expectedSpikes = new ArrayList<>(List.of("i,t"));
        for (double t : expected.spikeTimes()) {
            expectedSpikes.add("0," + t);
        }
        assertEquals(expectedSpikes, lines(spikes));
        assertEquals(List.of("i,spikes", "0," + expected.spikeCount()), lines(counts));
        assertEquals(3999, json().get("steps").asLong());
    }

    @Test
    void paramsWithColumnsInAnotherOrderGiveTheLibrarysPopulationResult() throws Exception {
        Path counts = temp.resolve("counts.csv");
        Path spikes = temp.resolve("spikes.csv");
        String params = fixture("reordered.csv").toString();
        assertEquals(0, run("simulate", "--params", params, "--duration", "300", "--dt", "0.25", "--out",
                counts.toString()), err);
        JsonNode json = json();
        assertEquals(0, run("simulate", "--params", params, "--duration", "300", "--dt", "0.25", "--record", "spikes",
                "--out", spikes.toString()), err);

        // the fixture's rows: I,d,i,c,b,"a",type with an index column i and a quoted text column to ignore
        Population pop = Population.builder(6).a(new double[] {0.02, 0.1, 0.02, 0.02, 0.02, 0.02})
                .b(new double[] {0.2, 0.2, 0.2, 0.2, 0.2, 0.2}).c(new double[] {-65, -65, -55, -50, -65, -65})
                .d(new double[] {8, 2, 4, 2, 8, 8}).current(new double[] {10, 10, 10, 10, 8, 0}).build();
        PopulationResult expected = PopulationSimulation.builder(pop).duration(300).dt(0.25).threads(1)
                .recording(RecordingOptions.builder().spikeTimes(true).build()).build().run();
        assertEquals(counts(expected), lines(counts));
        assertEquals(spikes(expected), lines(spikes));
        assertEquals(0, expected.spikeCount(5), "no input, no spikes");
        assertTrue(expected.spikeCount(1) > expected.spikeCount(0), "FS fires faster than RS");

        assertEquals(6, json.get("neurons").asInt());
        assertEquals(1200, json.get("steps").asLong());
        assertEquals("euler", json.get("scheme").asText());
        assertEquals(expected.totalSpikes(), json.get("spikes_total").asLong());
    }

    @Test
    void initialStateColumnsAreUsed() throws Exception {
        Path counts = temp.resolve("counts.csv");
        assertEquals(0, run("simulate", "--params", fixture("initial-state.csv").toString(), "--duration", "200",
                "--dt", "0.5", "--scheme", "rk4", "--out", counts.toString()), err);
        Population pop = Population.builder(3).a(new double[] {0.02, 0.02, 0.1}).b(new double[] {0.2, 0.25, 0.2})
                .c(new double[] {-65, -65, -65}).d(new double[] {8, 2, 2}).current(new double[] {5, 5, 3.5})
                .v0(new double[] {-70, -50, -65}).u0(new double[] {-14, -5, -13}).build();
        PopulationResult expected = PopulationSimulation.builder(pop).duration(200).dt(0.5).scheme(Scheme.RK4)
                .build().run();
        assertEquals(counts(expected), lines(counts));
    }

    /** Random neurons of the benchmark distribution, written the way a script would. */
    private static double[][] randomParams(int n, long seed) {
        SplittableRandom rnd = new SplittableRandom(seed);
        double[][] x = new double[5][n];
        for (int j = 0; j < n; j++) {
            x[0][j] = 0.01 + 0.09 * rnd.nextDouble();
            x[1][j] = 0.2 + 0.05 * rnd.nextDouble();
            x[2][j] = -65 + 15 * rnd.nextDouble();
            x[3][j] = 0.05 + 7.95 * rnd.nextDouble();
            x[4][j] = 15 * rnd.nextDouble();
        }
        return x;
    }

    private Path writeRandomParams(double[][] x, String name) throws IOException {
        StringBuilder sb = new StringBuilder("i,d,c,I,b,a\n");
        for (int j = 0; j < x[0].length; j++) {
            sb.append(j).append(',').append(x[3][j]).append(',').append(x[2][j]).append(',').append(x[4][j])
                    .append(',').append(x[1][j]).append(',').append(x[0][j]).append('\n');
        }
        Path file = temp.resolve(name);
        Files.writeString(file, sb);
        return file;
    }

    @Test
    void jsonLineAndThreadCountsGiveIdenticalFiles() throws Exception {
        double[][] x = randomParams(1000, 7);
        Path params = writeRandomParams(x, "random.csv");
        Path one = temp.resolve("one.csv");
        Path two = temp.resolve("two.csv");

        assertEquals(0, run("simulate", "--params", params.toString(), "--duration", "200", "--dt", "0.1",
                "--threads", "1", "--out", one.toString()), err);
        JsonNode json1 = json();
        assertEquals(0, run("simulate", "--params", params.toString(), "--duration", "200", "--dt", "0.1",
                "--threads", "2", "--out", two.toString()), err);
        JsonNode json2 = json();

        assertArrayEquals(Files.readAllBytes(one), Files.readAllBytes(two));
        assertEquals(1000, json2.get("neurons").asInt());
        assertEquals(2000, json2.get("steps").asLong()); // duration / dt
        assertEquals(1, json1.get("threads").asInt());
        assertEquals(2, json2.get("threads").asInt());
        assertTrue(json2.get("simulation_seconds").asDouble() > 0, json2.toString());
        double rate = json2.get("neuron_updates_per_second").asDouble();
        assertEquals(1000.0 * 2000 / json2.get("simulation_seconds").asDouble(), rate, rate * 1e-9);
        assertTrue(json2.get("kernel").asText().length() > 0);
        assertEquals("counts", json2.get("record").asText());

        Population pop = Population.builder(1000).a(x[0]).b(x[1]).c(x[2]).d(x[3]).current(x[4]).build();
        PopulationResult expected = PopulationSimulation.builder(pop).duration(200).dt(0.1).build().run();
        assertEquals(counts(expected), lines(one));
        assertEquals(expected.totalSpikes(), json2.get("spikes_total").asLong());

        // spike times and float precision too
        Path s1 = temp.resolve("s1.csv");
        Path s2 = temp.resolve("s2.csv");
        assertEquals(0, run("simulate", "--params", params.toString(), "--duration", "100", "--precision", "float",
                "--record", "spikes", "--threads", "1", "--out", s1.toString()), err);
        assertEquals(0, run("simulate", "--params", params.toString(), "--duration", "100", "--precision", "float",
                "--record", "spikes", "--threads", "2", "--out", s2.toString()), err);
        assertArrayEquals(Files.readAllBytes(s1), Files.readAllBytes(s2));
        PopulationResult floats = PopulationSimulation.builder(pop).duration(100).dt(0.1).precision(Precision.FLOAT)
                .recording(RecordingOptions.builder().spikeTimes(true).build()).build().run();
        assertEquals(spikes(floats), lines(s1));
    }

    @Test
    void traceOfSeveralNeuronsHasAnIndexColumn() throws Exception {
        Path csv = temp.resolve("trace.csv");
        assertEquals(0, run("simulate", "--params", fixture("reordered.csv").toString(), "--duration", "10", "--dt",
                "0.5", "--record", "trace", "--out", csv.toString()), err);
        List<String> lines = lines(csv);
        assertEquals("i,Time (ms),Membrane Potential (mV)", lines.get(0));
        assertEquals(1 + 6 * 21, lines.size());
        assertEquals("0,0.0,-65.0", lines.get(1));
        assertTrue(lines.get(21).startsWith("0,10.0,"), lines.get(21));
        assertTrue(lines.get(22).startsWith("1,0.0,"), lines.get(22));
        assertTrue(lines.get(lines.size() - 1).startsWith("5,10.0,"), lines.get(lines.size() - 1));
    }

    // ---- bad input ---------------------------------------------------------------------------------------------

    /** Runs a failing command: checks the exit code, the message, and that no output file (or temp file) is left. */
    private void assertFails(int code, String message, String... args) throws IOException {
        Set<String> before = files();
        List<String> all = new ArrayList<>(List.of("simulate"));
        all.addAll(List.of(args));
        if (!all.contains("--out")) {
            all.addAll(List.of("--out", temp.resolve("out/result.csv").toString()));
        }
        assertEquals(code, run(all.toArray(String[]::new)), all + "\n" + err);
        assertTrue(err.contains(message), "expected '" + message + "' in:\n" + err);
        assertEquals("", out, "nothing on stdout");
        assertEquals(before, files(), "no file was left behind");
        assertFalse(Files.exists(temp.resolve("out/result.csv")));
    }

    private Path csv(String name, String... lines) throws IOException {
        Path file = temp.resolve(name);
        Files.writeString(file, String.join("\n", lines) + "\n");
        return file;
    }

    @Test
    void badParameterFilesExitWithTwoAndSayWhereTheProblemIs() throws Exception {
        assertFails(2, "missing column 'd'", "--params",
                csv("no-d.csv", "a,b,c,I", "0.02,0.2,-65,10").toString());
        assertFails(2, "missing columns 'c', 'I'", "--params", csv("no-c-i.csv", "a,b,d", "0.02,0.2,8").toString());
        assertFails(2, "Column names are case-sensitive: 'i' is not 'I'", "--params",
                csv("lower-i.csv", "a,b,c,d,i", "0.02,0.2,-65,8,10").toString());
        assertFails(2, "line 4, column 'b' (column 2): 'abc' is not a number", "--params",
                csv("text.csv", "a,b,c,d,I", "0.02,0.2,-65,8,10", "0.02,0.2,-65,8,10", "0.02,abc,-65,8,10").toString());
        assertFails(2, "line 2, column 'I' (column 5): empty cell", "--params",
                csv("empty.csv", "a,b,c,d,I", "0.02,0.2,-65,8,").toString());
        assertFails(2, "line 3, column 'a' (column 1): 'NaN' is not a number", "--params",
                csv("nan.csv", "a,b,c,d,I", "0.02,0.2,-65,8,1", "NaN,0.2,-65,8,1").toString());
        assertFails(2, "line 2, column 'c' (column 3): '1e999' is not a finite number", "--params",
                csv("inf.csv", "a,b,c,d,I", "0.02,0.2,1e999,8,1").toString());
        assertFails(2, "line 3: 4 fields but the header has 5 columns", "--params",
                csv("short.csv", "a,b,c,d,I", "0.02,0.2,-65,8,1", "0.02,0.2,-65,8").toString());
        assertFails(2, "near line 2: a quoted value of the record that starts on this line is not closed before the end"
                + " of the file", "--params",
                csv("quote.csv", "a,b,c,d,I", "\"0.02,0.2,-65,8,1").toString());
        assertFails(2, "column 'a' appears twice", "--params",
                csv("twice.csv", "a,b,c,d,I,a", "0.02,0.2,-65,8,1,0.02").toString());
        assertFails(2, "has a header but no rows", "--params", csv("header-only.csv", "a,b,c,d,I").toString());
        assertFails(2, "is empty", "--params", csv("empty-file.csv", "").toString());
        assertFails(2, "does not exist", "--params", temp.resolve("nosuch.csv").toString());
    }

    @Test
    void sparkRunsReadTheirOptionsLikeLocalRunsAndPointToTheUsage() throws Exception {
        String params = fixture("reordered.csv").toString();
        assertFails(2, "--dt must be greater than 0 ms, got 0", "--params", params, "--spark", "local[2]", "--dt",
                "0");
        assertFails(2, "--duration must be a number of milliseconds, not 'long'", "--params", params, "--spark",
                "local[2]", "--duration", "long");
        assertFails(2, "--scheme: Unknown scheme 'heun'", "--params", params, "--spark", "local[2]", "--scheme",
                "heun");
        assertFails(2, "--precision: Unknown precision 'half'", "--params", params, "--spark", "local[2]",
                "--precision", "half");
        assertFails(2, "dt (1 ms) is longer than the duration (0.5 ms)", "--params", params, "--spark", "local[2]",
                "--duration", "0.5", "--dt", "1");
        assertTrue(err.contains("spikeflow simulate: dt (1 ms) is longer than the duration (0.5 ms)"
                + System.lineSeparator() + "Run 'spikeflow help simulate' for usage."), err);
    }

    @Test
    void badOptionsExitWithTwo() throws Exception {
        String params = fixture("reordered.csv").toString();
        assertFails(2, "--dt must be greater than 0 ms, got 0", "--params", params, "--dt", "0");
        assertFails(2, "--dt must be greater than 0 ms, got -0.1", "--preset", "seed/RS", "--dt", "-0.1");
        assertFails(2, "--dt must be a number of milliseconds, not 'fast'", "--preset", "seed/RS", "--dt", "fast");
        assertFails(2, "--duration must be greater than 0 ms, got 0", "--params", params, "--duration", "0");
        assertFails(2, "--duration must be greater than 0 ms, got -5", "--preset", "seed/RS", "--duration=-5");
        assertFails(2, "dt (1 ms) is longer than the duration (0.5 ms)", "--params", params, "--duration", "0.5",
                "--dt", "1");
        assertFails(2, "give either --preset or --params, not both", "--preset", "seed/RS", "--params", params);
        assertFails(2, "no neurons given", "--dt", "0.1");
        assertFails(2, "--scheme: Unknown scheme 'heun'", "--preset", "seed/RS", "--scheme", "heun");
        assertFails(2, "--precision: Unknown precision 'half'", "--preset", "seed/RS", "--precision", "half");
        assertFails(2, "--record must be counts, spikes or trace, not 'all'", "--preset", "seed/RS", "--record", "all");
        assertFails(2, "--threads must be a whole number from 1 to 4096, not '0'", "--preset", "seed/RS",
                "--threads", "0");
        assertFails(2, "Unknown option --bogus", "--preset", "seed/RS", "--bogus", "1");
        assertFails(2, "unexpected argument 'seed/RS'", "seed/RS");
        assertFails(2, "is a folder", "--preset", "seed/RS", "--out", temp.toString());
        assertEquals(2, run("simulate", "--preset", "seed/RS"));
        assertTrue(err.contains("--out FILE.csv is required"), err);
        Path input = csv("in.csv", "a,b,c,d,I", "0.02,0.2,-65,8,10");
        assertFails(2, "is the --params file", "--params", input.toString(), "--out", input.toString());
    }

    @Test
    void unknownPresetNamesCloseOnes() throws Exception {
        assertFails(2, "unknown preset 'RS'", "--preset", "RS");
        assertTrue(err.contains("Did you mean: seed/RS, 2003/RS?"), err);
        assertTrue(err.contains("'spikeflow presets' lists all " + Presets.all().size() + " presets"), err);
        assertFails(2, "unknown preset '2004/tonic-spikin'", "--preset", "2004/tonic-spikin");
        assertTrue(err.contains("2004/A-tonic-spiking"), err);
        assertFails(2, "unknown preset 'Regular Spikng (RS)'", "--preset", "Regular Spikng (RS)");
        assertTrue(err.contains("Did you mean: seed/RS"), err);
    }

    @Test
    void requestsTooBigForMemoryAndBlowUpsExitWithFour() throws Exception {
        // 4e9 trace samples: refused from the library's estimate before anything is allocated
        assertFails(4, "Not enough memory for this simulation: it needs about", "--preset", "seed/RS", "--record",
                "trace", "--duration", "1e9");
        assertTrue(err.contains("of the Java heap is available"), err);
        assertTrue(err.contains("traces of [V]: 1 neurons × "), err);

        // a huge a makes u overflow: the neuron, its row and line are named
        Path params = csv("huge.csv", "a,b,c,d,I", "0.02,0.2,-65,8,10", "", "1e300,0.2,-65,8,10");
        assertFails(4, "Numerical blow-up in neuron 1 at t = ", "--params", params.toString(), "--duration", "10");
        assertTrue(err.contains("a = 1.0E300"), err);
        assertTrue(err.contains("(row 1 of " + params + ", line 4)"), err);
    }

    @Test
    void aFailedRunKeepsAnExistingOutputFile() throws Exception {
        Path existing = temp.resolve("keep.csv");
        Files.writeString(existing, "old\n");
        Path params = csv("bad.csv", "a,b,c,d,I", "0.02,0.2,-65,8,x");
        assertEquals(2, run("simulate", "--params", params.toString(), "--out", existing.toString()));
        assertEquals("old\n", Files.readString(existing));
        assertEquals(Set.of("keep.csv", "bad.csv"), files());
    }
}
