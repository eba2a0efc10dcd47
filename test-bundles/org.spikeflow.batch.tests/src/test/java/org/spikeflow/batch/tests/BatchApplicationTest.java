package org.spikeflow.batch.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.spikeflow.batch.internal.SpikeflowApplication;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;

/** The headless application as the launcher calls it: commands, output and KNIME's exit codes. */
class BatchApplicationTest {
    private static SpikeflowApplication application;

    @TempDir
    Path temp;

    private String out;
    private String err;

    @BeforeAll
    static void findApplication() throws Exception {
        application = ApplicationRunner.find("run", "nodes", "describe");
    }

    private int run(String... args) {
        ApplicationRunner.Result result = ApplicationRunner.run(application, args);
        out = result.out();
        err = result.err();
        return result.code();
    }

    private static Path fixture(String name) {
        String base = System.getProperty("spikeflow.test.basedir");
        return Path.of(base == null ? "" : base).resolve("src/test/java/org/spikeflow/batch/tests/fixtures")
                .resolve(name).resolve(name + ".spikeflow.json");
    }

    /** The fixture copied into the temp folder, so outputs land there. */
    private Path workflow(String name) throws Exception {
        Path copy = temp.resolve(name + ".spikeflow.json");
        Files.copy(fixture(name), copy);
        return copy;
    }

    private List<String> runArgs(Path workflow, String... more) {
        List<String> args = new ArrayList<>(List.of("run", workflow.toString(), "--progress", "plain"));
        args.addAll(List.of(more));
        return args;
    }

    @Test
    void successfulRunExitsZeroAndWritesItsOutputs() throws Exception {
        Path flow = workflow("ok");

        assertEquals(0, run(runArgs(flow).toArray(String[]::new)), err);

        Path csv = temp.resolve("out/table.csv");
        assertEquals(List.of("Neuron,Time (ms)", "Regular Spiking (RS),0.25"), Files.readAllLines(csv));
        assertTrue(out.startsWith("Finished: 2 of 2 nodes executed"), out);
        assertTrue(out.contains("Outputs written:"), out);
        assertTrue(out.contains("table.csv"), out);
        assertTrue(err.contains("[writer] CSV Writer: executing"), err);
    }

    @Test
    void variablesAndSettingsCanBeOverridden() throws Exception {
        Path flow = workflow("ok");

        int code = run(runArgs(flow, "--var", "label=Fast Spiking (FS)", "--set", "writer.path=other/fs.csv")
                .toArray(String[]::new));

        assertEquals(0, code, err);
        assertEquals(List.of("Neuron,Time (ms)", "Fast Spiking (FS),0.25"),
                Files.readAllLines(temp.resolve("other/fs.csv")));
        assertFalse(Files.exists(temp.resolve("out/table.csv")));
    }

    @Test
    void outputDirectoryRedirectsRelativeOutputs() throws Exception {
        Path flow = workflow("ok");
        Path elsewhere = temp.resolve("results");

        assertEquals(0,
                run(runArgs(flow, "--output-dir", elsewhere.toString(), "--threads", "1").toArray(String[]::new)), err);

        assertTrue(Files.exists(elsewhere.resolve("out/table.csv")));
    }

    @Test
    void warningsGiveExitCodeOne() throws Exception {
        assertEquals(1, run(runArgs(workflow("warning")).toArray(String[]::new)), err + out);
        assertTrue(out.contains("WARNING  node 'end' (Variable Condition Loop End)"), out);
    }

    @Test
    void badCommandLinesGiveExitCodeTwo() throws Exception {
        Path flow = workflow("ok");
        assertEquals(2, run("run"));
        assertTrue(err.contains("No workflow file given"), err);
        assertEquals(2, run("run", flow.toString(), "--bogus"));
        assertTrue(err.contains("Unknown option --bogus"), err);
        assertEquals(2, run("run", flow.toString(), "--threads", "0"));
        assertTrue(err.contains("--threads must be a positive integer"), err);
        assertEquals(2, run("run", flow.toString(), "--var", "novalue"));
        assertEquals(2, run("run", flow.toString(), "--var", "label=1:boolean"));
        assertTrue(err.contains("declares it as string"), err);
        assertEquals(2, run("run", flow.toString(), "--set", "nosuch.path=x"));
        assertTrue(err.contains("the workflow has no node 'nosuch'"), err);
        assertEquals(2, run("run", flow.toString(), "--set", "writer.nosuch=x"));
        assertTrue(err.contains("has no setting 'nosuch'"), err);
        assertEquals(2, run("frobnicate"));
        assertTrue(err.contains("unknown command 'frobnicate'"), err);
    }

    @Test
    void unloadableWorkflowsGiveExitCodeThree() throws Exception {
        assertEquals(3, run("run", fixture("malformed").toString()));
        assertTrue(err.contains("malformed.spikeflow.json:5:16: Malformed JSON"), err);
        assertEquals(3, run("run", temp.resolve("missing.spikeflow.json").toString()));
        assertTrue(err.contains("No such workflow file"), err);
    }

    @Test
    void failingWorkflowsGiveExitCodeFour() throws Exception {
        assertEquals(4, run(runArgs(workflow("failing")).toArray(String[]::new)));
        assertTrue((out + err).contains("node 'broken' (Variable Expression)"), out + err);
        assertTrue((out + err).contains("doesNotExist"), out + err);
    }

    @Test
    void nodesListsTheRepository() throws Exception {
        assertEquals(0, run("nodes"));
        assertTrue(out.contains("org.spikeflow.base.loop.countingstart"), out);
        assertTrue(out.contains("/Flow Control/Loops"), out);
        assertEquals(0, run("nodes", "--json"));
        JsonNode nodes = new ObjectMapper().readTree(out);
        assertTrue(nodes.isArray());
        List<String> ids = new ArrayList<>();
        nodes.forEach(n -> ids.add(n.get("id").asText()));
        for (String id : List.of("org.spikeflow.base.loop.countingstart", "org.spikeflow.base.loop.genericstart",
                "org.spikeflow.base.loop.end", "org.spikeflow.base.loop.variableconditionend",
                "org.spikeflow.base.loop.recursivestart", "org.spikeflow.base.loop.recursiveend",
                "org.spikeflow.base.io.csvreader", "org.spikeflow.base.io.csvwriter",
                "org.spikeflow.base.flowvar.tablerowtovariable", "org.spikeflow.base.flowvar.expression")) {
            assertTrue(ids.contains(id), id + " in " + ids);
        }
    }

    @Test
    void describePrintsDescriptionPortsAndSettings() throws Exception {
        assertEquals(0, run("describe", "org.spikeflow.base.loop.countingstart"));
        assertTrue(out.startsWith("Counting Loop Start  (org.spikeflow.base.loop.countingstart)"), out);
        assertTrue(out.contains("loopCount (integer), default 10, minimum 1"), out);
        assertTrue(out.contains("Bundle: org.spikeflow.base"), out);
        assertEquals(0, run("describe", "org.spikeflow.base.loop.countingstart", "--json"));
        JsonNode json = new ObjectMapper().readTree(out);
        assertEquals("integer", json.at("/settingsSchema/properties/loopCount/type").asText());
        assertEquals(1, json.at("/settingsSchema/properties/loopCount/minimum").asInt());
        assertEquals(2, run("describe", "org.spikeflow.base.nosuch"));
    }
}
