package org.spikeflow.batch.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.net.InetAddress;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.spikeflow.batch.internal.SpikeflowApplication;

import okhttp3.mockwebserver.MockResponse;
import okhttp3.mockwebserver.MockWebServer;
import okhttp3.mockwebserver.RecordedRequest;

/**
 * A workflow file from someone else is untrusted input: {@code spikeflow run} confines its paths to the workflow's and
 * the output folder (or folders the user allows with --allow-path), sends the TimeGPT key only where the user says, and
 * never echoes a secret. Each test is a regression test of a defect found with hostile inputs.
 */
class TrustBoundaryTest {
    private static final String KEY = "nixtla-test-key-0123456789-do-not-echo";

    private static SpikeflowApplication application;

    @TempDir
    Path temp;

    private Path folder;
    private String out;
    private String err;
    private MockWebServer server;

    @BeforeAll
    static void findApplication() throws Exception {
        application = ApplicationRunner.find("run");
    }

    @BeforeEach
    void workflowFolder() throws Exception {
        folder = Files.createDirectories(temp.resolve("shared-workflow"));
    }

    @AfterEach
    void stopServer() throws Exception {
        if (server != null) {
            server.shutdown();
        }
    }

    private int run(Path workflow, String... more) {
        List<String> args = new ArrayList<>(List.of("run", workflow.toString(), "--progress", "plain"));
        args.addAll(List.of(more));
        ApplicationRunner.Result result = ApplicationRunner.run(application, args.toArray(String[]::new));
        out = result.out();
        err = result.err();
        return result.code();
    }

    private static String quoted(String text) {
        return "\"" + text.replace("\\", "\\\\").replace("\"", "\\\"") + "\"";
    }

    /** A table creator feeding a CSV writer whose path is the file's choice. */
    private Path writerWorkflow(String outputPath) throws Exception {
        return write("writer", """
                {"format": "spikeflow-workflow", "formatVersion": 1, "name": "writer",
                 "nodes": [
                  {"id": "table", "type": "org.spikeflow.base.table.creator", "settings": {
                    "columns": [{"name": "Neuron", "type": "string"}], "rows": [["RS"]]}},
                  {"id": "writer", "type": "org.spikeflow.base.io.csvwriter", "settings": {"path": %s}}],
                 "connections": [{"from": "table:0", "to": "writer:0"}]}
                """.formatted(quoted(outputPath)));
    }

    /** A table of one short trace feeding the TimeGPT Forecaster with the given base URL. */
    private Path timeGptWorkflow(String baseUrl) throws Exception {
        StringBuilder rows = new StringBuilder();
        for (int i = 0; i < 8; i++) {
            rows.append(i == 0 ? "" : ", ").append("[\"").append(i * 0.25).append("\", \"").append(-65 + i)
                    .append("\"]");
        }
        return write("forecast", """
                {"format": "spikeflow-workflow", "formatVersion": 1, "name": "forecast",
                 "nodes": [
                  {"id": "trace", "type": "org.spikeflow.base.table.creator", "settings": {
                    "columns": [{"name": "Time (ms)", "type": "double"},
                                {"name": "Membrane Potential (mV)", "type": "double"}], "rows": [%s]}},
                  {"id": "forecast", "type": "org.spikeflow.nodes.forecast.timegpt",
                   "settings": {"h": 3, "baseUrl": %s, "maxAttempts": 1}}],
                 "connections": [{"from": "trace:0", "to": "forecast:0"}]}
                """.formatted(rows, quoted(baseUrl)));
    }

    private Path write(String name, String json) throws Exception {
        Path file = folder.resolve(name + ".spikeflow.json");
        Files.writeString(file, json);
        return file;
    }

    private void assertRefusedAtConfigure(String node, String setting) {
        assertTrue(err.contains("these nodes fail to configure"), err);
        assertTrue(err.contains("node '" + node + "'"), err);
        assertTrue(err.contains("Setting '" + setting + "'"), err);
        assertFalse(out.contains("Outputs written"), out);
    }

    // ---- outputs ----

    @Test
    void anOutputPathWithDotDotIsRefusedAtConfigure() throws Exception {
        assertEquals(4, run(writerWorkflow("../escape.csv")));
        assertRefusedAtConfigure("writer", "path");
        assertTrue(err.contains("outside the output folder"), err);
        assertFalse(Files.exists(temp.resolve("escape.csv")));
    }

    @Test
    void anAbsoluteOutputPathNeedsTheUsersAllowPath() throws Exception {
        Path shared = temp.resolve("shared-results");
        Path target = shared.resolve("table.csv");
        Path workflow = writerWorkflow(target.toString());

        assertEquals(4, run(workflow));
        assertRefusedAtConfigure("writer", "path");
        assertFalse(Files.exists(target));

        assertEquals(0, run(workflow, "--allow-path", temp.resolve("elsewhere").toString(), "--allow-path",
                shared.toString()), err);
        assertEquals(List.of("Neuron", "RS"), Files.readAllLines(target));
    }

    @Test
    void aWriteProtectedOutputFileIsNotReplaced() throws Exception {
        Path existing = Files.createDirectories(folder.resolve("out")).resolve("table.csv");
        Files.writeString(existing, "precious");
        Files.setPosixFilePermissions(existing, PosixFilePermissions.fromString("r--r--r--"));

        assertEquals(4, run(writerWorkflow("out/table.csv")));

        assertTrue(err.contains(existing.toString()), err);
        assertTrue(err.contains("no write permission"), err);
        assertEquals("precious", Files.readString(existing));
    }

    @Test
    void aSymbolicLinkLeadingOutOfTheOutputFolderIsRefused() throws Exception {
        Path outside = Files.createDirectories(temp.resolve("outside"));
        Files.createSymbolicLink(folder.resolve("out"), outside);

        assertEquals(4, run(writerWorkflow("out/table.csv")));

        assertRefusedAtConfigure("writer", "path");
        assertTrue(err.contains("symbolic link"), err);
        try (Stream<Path> files = Files.list(outside)) {
            assertEquals(0, files.count());
        }
    }

    // ---- inputs ----

    @Test
    void theCsvReaderCannotReadProcSelfEnviron() throws Exception {
        Path workflow = write("reader",
                """
                        {"format": "spikeflow-workflow", "formatVersion": 1, "name": "reader",
                         "nodes": [
                          {"id": "reader", "type": "org.spikeflow.base.io.csvreader", "settings": {"path": "/proc/self/environ"}},
                          {"id": "writer", "type": "org.spikeflow.base.io.csvwriter", "settings": {"path": "environ.csv"}}],
                         "connections": [{"from": "reader:0", "to": "writer:0"}]}
                        """);
        assertEquals(4, run(workflow));
        assertRefusedAtConfigure("reader", "path");
        assertTrue(err.contains("/proc"), err);
        assertEquals(4, run(workflow, "--allow-path", "/"), "refused even in an allowed folder");
        assertRefusedAtConfigure("reader", "path");
        assertFalse(Files.exists(folder.resolve("environ.csv")));
    }

    // ---- the TimeGPT key ----

    private void startServer() throws Exception {
        server = new MockWebServer();
        server.start(InetAddress.getByName("127.0.0.1"), 0);
    }

    @Test
    void anEndpointNamedInTheFileNeverReceivesTheKey() throws Exception {
        startServer();
        server.enqueue(new MockResponse().setResponseCode(400).setBody("{}"));

        assertEquals(4, run(timeGptWorkflow(server.url("/").toString()), "--set", "forecast.apiKey=" + KEY));

        assertRefusedAtConfigure("forecast", "baseUrl");
        assertFalse((out + err).contains(KEY), out + err);
        assertEquals(0, server.getRequestCount(), "the server named in the file saw no request");
    }

    @Test
    void anEndpointTheUserNamesReceivesTheKey() throws Exception {
        startServer();
        server.enqueue(new MockResponse().setResponseCode(400).setBody("{\"detail\": \"test\"}"));

        run(timeGptWorkflow(""), "--set", "forecast.apiKey=" + KEY, "--timegpt-url", server.url("/").toString());

        RecordedRequest request = server.takeRequest(10, TimeUnit.SECONDS);
        assertEquals("Bearer " + KEY, request.getHeader("Authorization"));
        assertFalse((out + err).contains(KEY), out + err);
    }

    @Test
    void plainHttpToAnotherMachineIsRefusedEvenWhenTheUserNamesIt() throws Exception {
        assertEquals(4, run(timeGptWorkflow(""), "--set", "forecast.apiKey=" + KEY, "--timegpt-url",
                "http://forecast.example.org/"));
        assertTrue(err.contains("node 'forecast'"), err);
        assertTrue(err.contains("plain http"), err);
        assertEquals(2, run(timeGptWorkflow(""), "--timegpt-url", "ftp://example.org/"));
    }

    @Test
    void aClusterGrantOnTheCommandLineMustBeAValidLocation() throws Exception {
        Path workflow = writerWorkflow("table.csv");
        assertEquals(2, run(workflow, "--allow-path", "hdfs://namenode/data/../../etc"));
        assertTrue(err.contains("--allow-path hdfs://namenode/data/../../etc is not a valid storage location"), err);
        assertEquals(2, run(workflow, "--allow-path", "s3a://bucket/runs?versionId=3"));
        assertEquals(2, run(workflow, "--spark-master", " "));
        assertTrue(err.contains("--spark-master needs a master URL"), err);
        assertEquals(0, run(workflow, "--allow-path", "s3a://bucket/runs", "--spark-master", "spark://h:7077"));
    }

    // ---- secrets in messages ----

    @Test
    void aMistypedSetNeverEchoesTheSecret() throws Exception {
        Path workflow = timeGptWorkflow("");
        for (String spec : List.of("forecast.apiKy=" + KEY, "forecst.apiKey=" + KEY, "apiKey=" + KEY, KEY,
                "forecast.apiKey.deeper=" + KEY)) {
            assertEquals(2, run(workflow, "--set", spec), spec);
            assertFalse((out + err).contains(KEY), spec + ": " + out + err);
            assertTrue(err.contains("--set"), err);
        }
        assertEquals(2, run(workflow, "--set", "forecast.h=many"));
        assertTrue(err.contains("'many' is not a number"), "values of other settings are still shown: " + err);
    }

    // ---- shared example folders run where they are copied ----

    private static Path repositoryRoot() {
        String base = System.getProperty("spikeflow.test.basedir");
        return Path.of(base == null ? "" : base).toAbsolutePath().resolve("../..").normalize();
    }

    private static Map<String, String> filesUnder(Path root) throws Exception {
        Map<String, String> files = new TreeMap<>();
        try (Stream<Path> walk = Files.walk(root)) {
            for (Path file : walk.filter(Files::isRegularFile).toList()) {
                String name = root.relativize(file).toString();
                files.put(name, name.endsWith(".csv") ? Files.readString(file) : Long.toString(Files.size(file)));
            }
        }
        return files;
    }

    @Test
    void anExampleCopiedElsewhereWritesTheSameOutputsBesideTheCopy() throws Exception {
        Path example = repositoryRoot().resolve("workflows/neuron-types.spikeflow.json");
        Path first = Files.createDirectories(temp.resolve("alice/projects"));
        Path second = Files.createDirectories(temp.resolve("bob/downloads/shared"));
        Files.copy(example, first.resolve("neuron-types.spikeflow.json"));
        Files.copy(example, second.resolve("neuron-types.spikeflow.json"));

        assertEquals(0, run(first.resolve("neuron-types.spikeflow.json"), "--threads", "1"), err);
        assertEquals(0, run(second.resolve("neuron-types.spikeflow.json"), "--threads", "1"), err);

        Map<String, String> firstOutputs = filesUnder(first.resolve("output"));
        assertTrue(firstOutputs.keySet().containsAll(List.of("neuron-types/summary.csv",
                "neuron-types/data/Regular_Spiking_RS.csv")), firstOutputs.keySet().toString());
        assertEquals(firstOutputs, filesUnder(second.resolve("output")), "same files, same CSV content");
        try (Stream<Path> top = Files.list(temp); Stream<Path> unused = Files.list(folder)) {
            assertEquals(List.of("alice", "bob", folder.getFileName().toString()),
                    top.map(p -> p.getFileName().toString()).sorted().toList(), "nothing written beside the copies");
            assertEquals(0, unused.count());
        }
    }
}
