package org.spikeflow.batch.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.osgi.framework.BundleContext;
import org.osgi.framework.FrameworkUtil;
import org.osgi.framework.ServiceRegistration;
import org.spikeflow.batch.internal.SpikeflowApplication;
import org.spikeflow.core.batch.BatchCommand;

/**
 * Issue 11, "failures are failures" and the smaller defects: every failure exits 4 (or 2/3) with one line naming the
 * node or the input, never 1 and never a stack trace unless --verbose; bad command lines fail before anything runs.
 */
class FailuresAreFailuresTest {
    private static SpikeflowApplication application;

    @TempDir
    Path temp;

    private String out;
    private String err;

    @BeforeAll
    static void findApplication() throws Exception {
        application = ApplicationRunner.find("run", "simulate", "describe");
    }

    private int run(String... args) {
        ApplicationRunner.Result result = ApplicationRunner.run(application, args);
        out = result.out();
        err = result.err();
        return result.code();
    }

    private Path write(String name, String json) throws Exception {
        Path file = temp.resolve(name + ".spikeflow.json");
        Files.writeString(file, json);
        return file;
    }

    private static String workflow(String variables, String nodes, String connections) {
        return "{\"format\": \"spikeflow-workflow\", \"formatVersion\": 1, \"name\": \"test\", \"variables\": ["
                + variables + "], \"nodes\": [" + nodes + "], \"connections\": [" + connections + "]}";
    }

    private static final String TABLE = "{\"id\": \"table\", \"type\": \"org.spikeflow.base.table.creator\", "
            + "\"settings\": {\"columns\": [{\"name\": \"x\", \"type\": \"double\"}], \"rows\": [[\"1\"]]}}";

    private void assertNoStackTrace() {
        assertFalse((out + err).contains("\tat "), "no stack trace:\n" + err);
        assertFalse((out + err).contains("Exception:") && (out + err).contains("java."), err);
    }

    /** No line of the output repeats more than a few hundred characters of what the user wrote. */
    private void assertShortLines() {
        for (String line : (out + "\n" + err).split("\n")) {
            assertTrue(line.length() < 700, "line of " + line.length() + " characters: "
                    + line.substring(0, Math.min(300, line.length())));
        }
    }

    @Test
    void aThreeThousandTermExpressionFailsItsNodeCleanly() throws Exception {
        String sum = "1" + "+1".repeat(2999);
        Path flow = write("sum", workflow("",
                "{\"id\": \"vars\", \"type\": \"org.spikeflow.base.flowvar.create\", \"settings\": {\"variables\": "
                        + "[{\"name\": \"x\", \"type\": \"double\", \"value\": \"2\"}]}},"
                        + "{\"id\": \"deep\", \"type\": \"org.spikeflow.base.flowvar.expression\", \"settings\": "
                        + "{\"variableName\": \"y\", \"expression\": \"" + sum + "\", \"resultType\": \"DOUBLE\"}}",
                "{\"from\": \"vars:0\", \"to\": \"deep:0\"}"));
        assertEquals(4, run("run", flow.toString(), "--progress", "none"), out + err);
        assertTrue((out + err).contains("node 'deep' (Variable Expression)"), out + err);
        assertTrue((out + err).contains("nests more than 200 levels deep"), out + err);
        assertNoStackTrace();
        assertShortLines();
    }

    @Test
    void aThousandParenthesesFailTheColumnExpressionCleanly() throws Exception {
        String nested = "(".repeat(1000) + "1" + ")".repeat(1000);
        Path flow = write("parens", workflow("", TABLE + ",{\"id\": \"expr\", \"type\": "
                + "\"org.spikeflow.base.table.columnexpression\", \"settings\": {\"expression\": \"" + nested + "\"}}",
                "{\"from\": \"table:0\", \"to\": \"expr:0\"}"));
        assertEquals(4, run("run", flow.toString(), "--progress", "none"), out + err);
        assertTrue((out + err).contains("node 'expr' (Column Expression)"), out + err);
        assertTrue((out + err).contains("nests more than 200 levels deep"), out + err);
        assertNoStackTrace();
        assertShortLines();
    }

    /** A command that dies of an Error (as out of memory or a stack overflow would) exits 4, not the launcher's 1. */
    @Test
    void anErrorInACommandExitsFourWithOneLineAndTheTraceOnlyWhenVerbose() throws Exception {
        BundleContext context = FrameworkUtil.getBundle(SpikeflowApplication.class).getBundleContext();
        ServiceRegistration<BatchCommand> registration = context.registerService(BatchCommand.class,
                new BatchCommand() {
                    @Override
                    public String name() {
                        return "explode";
                    }

                    @Override
                    public String summary() {
                        return "throws an Error (test)";
                    }

                    @Override
                    public String usage() {
                        return "explode";
                    }

                    @Override
                    public int run(List<String> args, PrintStream stdout, PrintStream stderr) {
                        throw new OutOfMemoryError("Java heap space");
                    }
                }, null);
        try {
            ApplicationRunner.find("explode");
            assertEquals(4, run("explode"));
            assertEquals(1, err.strip().lines().count(), err);
            assertTrue(err.startsWith("spikeflow explode: failed: out of memory"), err);
            assertTrue(err.contains("-Xmx"), err);
            assertNoStackTrace();
            assertEquals(4, run("explode", "--verbose"));
            assertTrue(err.contains("java.lang.OutOfMemoryError: Java heap space") && err.contains("\tat "), err);
        } finally {
            registration.unregister();
        }
    }

    @Test
    void unstableEulerIntegrationFailsTheSimulation() throws Exception {
        Path params = temp.resolve("unstable.csv");
        Files.writeString(params, "a,b,c,d,I\n0.02,0.2,-65,8,10\n0.02,0.2,-65,8,-1000000\n");
        assertEquals(4, run("simulate", "--params", params.toString(), "--duration", "100", "--out",
                temp.resolve("out.csv").toString()), err);
        assertTrue(err.contains("neuron 1 at t = 0.1 ms"), err);
        assertTrue(err.contains("far outside any physiological range"), err);
        assertTrue(err.contains("I = -1000000.0") && err.contains("dt = 0.1 ms"), err);
        assertTrue(err.contains("smaller dt or the rk4 scheme"), err);
        assertTrue(err.contains("line 3"), "names the row's line: " + err);
        assertFalse(Files.exists(temp.resolve("out.csv")));
        assertNoStackTrace();
    }

    @Test
    void endlessParameterInputIsRefused() throws Exception {
        assertEquals(2, run("simulate", "--params", "/dev/zero", "--out", temp.resolve("o.csv").toString()), err);
        assertTrue(err.contains("/dev/zero is not a regular file"), err);
        Path noBreaks = temp.resolve("nobreaks.csv");
        Files.writeString(noBreaks, "a,".repeat(700_000));
        assertEquals(2, run("simulate", "--params", noBreaks.toString(), "--out", temp.resolve("o.csv").toString()));
        assertTrue(err.contains("line 1 is longer than 1048576 characters"), err);
        assertShortLines();
    }

    @Test
    void parameterFilesWithOldMacLineEndingsAndBlankLinesRun() throws Exception {
        Path params = temp.resolve("cr.csv");
        Files.writeString(params, "a,b,c,d,I\r0.02,0.2,-65,8,10\r\r0.02,0.2,-50,2,10\r");
        assertEquals(0, run("simulate", "--params", params.toString(), "--duration", "50", "--out",
                temp.resolve("cr-out.csv").toString()), err);
        assertTrue(out.contains("\"neurons\":2"), out);
    }

    @Test
    void aByteOrderMarkIsAcceptedAndUtf16IsNamed() throws Exception {
        String json = workflow("", TABLE, "");
        Path bom = temp.resolve("bom.spikeflow.json");
        Files.write(bom, ("\uFEFF" + json).getBytes(StandardCharsets.UTF_8));
        assertEquals(0, run("run", bom.toString(), "--progress", "none"), err);
        Path utf16 = temp.resolve("utf16.spikeflow.json");
        Files.write(utf16, ("\uFEFF" + json).getBytes(StandardCharsets.UTF_16LE));
        assertEquals(3, run("run", utf16.toString()));
        assertTrue(err.contains("encoded as UTF-16 (little-endian)") && err.contains("save it as UTF-8"), err);
        assertFalse(err.contains("Input length"), err);
    }

    @Test
    void aHugeFormatVersionIsNotTruncatedToOne() throws Exception {
        Path flow = write("version", workflow("", TABLE, "").replace("\"formatVersion\": 1",
                "\"formatVersion\": 4294967297"));
        assertEquals(3, run("run", flow.toString()));
        assertTrue(err.contains("format version 4294967297, written by a newer Spikeflow"), err);
    }

    @Test
    void aMisspeltNodeTypeSuggestsTheInstalledOne() throws Exception {
        Path flow = write("typo", workflow("", TABLE.replace("table.creator", "table.creater"), ""));
        assertEquals(3, run("run", flow.toString()));
        assertTrue(err.contains("Unknown node type 'org.spikeflow.base.table.creater' (node 'table')"), err);
        assertTrue(err.contains("did you mean 'org.spikeflow.base.table.creator'?"), err);
        assertFalse(err.contains("which is not installed"), "does not blame the installed bundle: " + err);
        assertEquals(2, run("describe", "org.spikeflow.base.table.creater"));
        assertTrue(err.contains("Did you mean: org.spikeflow.base.table.creator"), err);
    }

    @Test
    void aMisspeltVariableIsABadCommandLineNamingTheClosest() throws Exception {
        Path flow = write("vars", workflow("{\"name\": \"cycles\", \"type\": \"int\", \"value\": 3}", TABLE, ""));
        assertEquals(2, run("run", flow.toString(), "--var", "cycels=5"));
        assertTrue(err.contains("--var cycels: the workflow has no variable 'cycels'; did you mean 'cycles'?"), err);
        assertEquals(0, run("run", flow.toString(), "--var", "cycles=5", "--progress", "none"), err);
    }

    @Test
    void aLoopStartWithoutLoopEndFailsConfigure() throws Exception {
        Path flow = write("open-loop", workflow("", TABLE + ",{\"id\": \"start\", \"type\": "
                + "\"org.spikeflow.base.loop.countingstart\", \"settings\": {\"loopCount\": 3}},"
                + "{\"id\": \"writer\", \"type\": \"org.spikeflow.base.io.csvwriter\", \"settings\": "
                + "{\"path\": \"out.csv\"}}",
                "{\"from\": \"table:0\", \"to\": \"start:0\"},"
                        + "{\"from\": \"start:0\", \"to\": \"writer:0\"}"));
        assertEquals(4, run("run", flow.toString(), "--progress", "none"), out + err);
        assertTrue(err.contains("Loop start node 'start' (Counting Loop Start) has no loop end"), err);
        assertFalse(Files.exists(temp.resolve("out.csv")));
    }

    @Test
    void plainProgressOfALongLoopIsThrottled() throws Exception {
        int iterations = 600;
        Path flow = write("loop", workflow("", TABLE + ",{\"id\": \"start\", \"type\": "
                + "\"org.spikeflow.base.loop.countingstart\", \"settings\": {\"loopCount\": " + iterations + "}},"
                + "{\"id\": \"end\", \"type\": \"org.spikeflow.base.loop.end\"}",
                "{\"from\": \"table:0\", \"to\": \"start:0\"}, {\"from\": \"start:0\", \"to\": \"end:0\"}"));
        long started = System.nanoTime();
        assertEquals(0, run("run", flow.toString(), "--progress", "plain"), err);
        double seconds = (System.nanoTime() - started) / 1e9;
        long lines = err.lines().count();
        // unthrottled: "executing" and "done" for every node run, about 4 lines per iteration
        long allowed = 40 + (long) Math.ceil(4 * (seconds + 1)) + 5;
        assertTrue(lines <= allowed, lines + " lines in " + seconds + " s (allowed " + allowed + ")");
        assertTrue(err.contains("progress lines skipped") || lines < 40, err);
    }

    @Test
    void badOptionsFailBeforeAnythingRuns() throws Exception {
        Path flow = write("ok", workflow("", TABLE + ",{\"id\": \"writer\", \"type\": "
                + "\"org.spikeflow.base.io.csvwriter\", \"settings\": {\"path\": \"out.csv\"}}",
                "{\"from\": \"table:0\", \"to\": \"writer:0\"}"));
        assertEquals(2, run("run", flow.toString(), "--output-dir", ""));
        assertTrue(err.contains("--output-dir is empty"), err);
        assertEquals(2, run("run", flow.toString(), "--spill-threshold", "NaN"));
        assertTrue(err.contains("--spill-threshold must be a number of megabytes"), err);
        assertEquals(2, run("run", flow.toString(), "--spill-threshold", "Infinity"));
        Path file = temp.resolve("a-file");
        Files.writeString(file, "x");
        assertEquals(2, run("run", flow.toString(), "--output-dir", file.toString()));
        assertTrue(err.contains("--output-dir " + file + " is a file, not a folder"), err);
        assertFalse(err.contains("Loaded"), "refused before loading: " + err);
        assertEquals(2, run("run", flow.toString(), "--progres", "none"));
        assertTrue(err.contains("Unknown option --progres; did you mean --progress?"), err);
        assertFalse(Files.exists(temp.resolve("out.csv")), "nothing ran");
        List<String> ok = new ArrayList<>(List.of("run", flow.toString(), "--progress", "none", "--spill-threshold",
                "-1"));
        assertEquals(0, run(ok.toArray(String[]::new)), err);
        assertTrue(Files.exists(temp.resolve("out.csv")));
    }

    @Test
    void jsonLibraryInternalsAreNotShown() throws Exception {
        Path flow = write("nan", workflow("", TABLE, "").replace("\"formatVersion\": 1", "\"formatVersion\": NaN"));
        assertEquals(3, run("run", flow.toString()));
        assertTrue(err.contains("'NaN' is not a JSON number"), err);
        assertFalse(err.contains("JsonReadFeature") || err.contains("ALLOW_NON_NUMERIC"), err);
        Path comment = write("comment", "// a comment\n" + workflow("", TABLE, ""));
        assertEquals(3, run("run", comment.toString()));
        assertTrue(err.contains("comments are not allowed in JSON"), err);
        assertFalse(err.contains("ALLOW_COMMENTS"), err);
    }
}
