package org.spikeflow.batch.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.BufferedReader;
import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.io.IOException;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;

import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.osgi.framework.BundleContext;
import org.osgi.framework.FrameworkUtil;
import org.osgi.util.tracker.ServiceTracker;
import org.spikeflow.batch.internal.SpikeflowApplication;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;

/** run.json, the output folder's lock, stale files, verify-run and cancellation (Ctrl-C) of spikeflow run. */
class RunRecordTest {
    private static SpikeflowApplication application;
    private static Runnable cancelService;

    @TempDir
    Path temp;

    @BeforeAll
    static void findApplication() throws Exception {
        application = ApplicationRunner.find("run", "verify-run", "simulate");
        BundleContext context = FrameworkUtil.getBundle(SpikeflowApplication.class).getBundleContext();
        // What the launcher's SIGINT/SIGTERM handler calls.
        ServiceTracker<Runnable, Runnable> tracker = new ServiceTracker<>(context,
                context.createFilter("(&(objectClass=java.lang.Runnable)(spikeflow.application=cancel))"), null);
        tracker.open();
        cancelService = tracker.waitForService(TimeUnit.SECONDS.toMillis(10));
        assertNotNull(cancelService, "the cancel service is registered");
    }

    private Path workflow(String name) throws IOException {
        String base = System.getProperty("spikeflow.test.basedir");
        Path fixture = Path.of(base == null ? "" : base).resolve("src/test/java/org/spikeflow/batch/tests/fixtures")
                .resolve(name).resolve(name + ".spikeflow.json");
        Path copy = temp.resolve(name + ".spikeflow.json");
        Files.copy(fixture, copy);
        return copy;
    }

    private static ApplicationRunner.Result run(String... args) {
        return ApplicationRunner.run(application, args);
    }

    private JsonNode record() throws IOException {
        return new ObjectMapper().readTree(temp.resolve("run.json").toFile());
    }

    /** SHA-256 computed here, independently of the code under test. */
    private static String sha256(Path file) throws Exception {
        return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(Files.readAllBytes(file)));
    }

    private List<Path> temporaryFiles() throws IOException {
        try (Stream<Path> files = Files.walk(temp)) {
            return files.filter(f -> f.getFileName().toString().endsWith(".tmp")).toList();
        }
    }

    @Test
    void runJsonRecordsTheRunAndEveryFileItWrote(@TempDir Path collaborator) throws Exception {
        Path flow = workflow("ok");

        ApplicationRunner.Result result = run("run", flow.toString(), "--progress", "none", "--var",
                "label=Fast Spiking (FS)", "--set", "writer.path=other/fs.csv");

        assertEquals(0, result.code(), result.err());
        JsonNode record = record();
        assertEquals("spikeflow-run", record.path("format").asText());
        assertEquals(1, record.path("formatVersion").asInt());
        assertEquals("succeeded", record.path("status").asText());
        assertEquals("ok.spikeflow.json", record.path("workflow").path("path").asText(), "relative: portable");
        assertEquals(sha256(flow), record.path("workflow").path("sha256").asText());
        assertEquals("Fast Spiking (FS)", record.path("variables").path("label").asText());
        assertEquals("other/fs.csv", record.path("settingsOverrides").path("writer.path").asText());
        assertEquals(System.getProperty("java.version"), record.path("java").path("version").asText());
        String batchVersion = FrameworkUtil.getBundle(SpikeflowApplication.class).getVersion().toString();
        assertEquals(batchVersion, record.path("spikeflow").path("version").asText());
        assertEquals(batchVersion, record.path("spikeflow").path("bundles").path("org.spikeflow.batch").asText());
        Instant started = Instant.parse(record.path("startedAt").asText());
        Instant ended = Instant.parse(record.path("endedAt").asText());
        assertFalse(ended.isBefore(started), started + " .. " + ended);
        assertTrue(record.path("endedAt").asText().endsWith("Z"), "UTC");

        List<String> nodeIds = new ArrayList<>();
        for (JsonNode node : record.path("nodes")) {
            nodeIds.add(node.path("id").asText());
            assertEquals(1, node.path("runs").asInt(), node.toString());
            assertEquals("executed", node.path("state").asText(), node.toString());
            assertTrue(node.path("millis").canConvertToLong(), node.toString());
            assertEquals(0, node.path("warnings").size(), node.toString());
        }
        assertEquals(List.of("table", "writer"), nodeIds);
        assertEquals("org.spikeflow.base.io.csvwriter", record.path("nodes").get(1).path("type").asText());

        Path written = temp.resolve("other/fs.csv");
        JsonNode files = record.path("files");
        assertEquals(1, files.size(), files.toString());
        assertEquals("other/fs.csv", files.get(0).path("path").asText());
        assertEquals(Files.size(written), files.get(0).path("size").asLong());
        assertEquals(sha256(written), files.get(0).path("sha256").asText());
        assertEquals(0, record.path("staleFiles").size());
        assertEquals(0, Files.size(temp.resolve("run.lock")), "the lock is released: its file names no holder");
        assertEquals(List.of(), temporaryFiles());

        ApplicationRunner.Result verified = run("verify-run", temp.toString());
        // the workflow file is accounted for; nothing else is in the folder
        assertEquals(0, verified.code(), verified.out() + verified.err());
        assertTrue(verified.out().startsWith("OK: 1 of 1 recorded files match"), verified.out());

        // The folder as a collaborator receives it, elsewhere: the record still describes it.
        Path received = collaborator.resolve("received");
        try (Stream<Path> tree = Files.walk(temp)) {
            for (Path file : tree.toList()) {
                Files.copy(file, received.resolve(temp.relativize(file).toString()));
            }
        }
        ApplicationRunner.Result elsewhere = run("verify-run", received.toString());
        assertEquals(0, elsewhere.code(), elsewhere.out() + elsewhere.err());
    }

    @Test
    void warningsAreRecordedPerNode() throws Exception {
        assertEquals(1, run("run", workflow("warning").toString(), "--progress", "none").code());

        JsonNode record = record();
        assertEquals("warnings", record.path("status").asText());
        JsonNode end = null;
        for (JsonNode node : record.path("nodes")) {
            if (node.path("id").asText().equals("end")) {
                end = node;
            }
        }
        assertNotNull(end);
        assertEquals(1, end.path("warnings").size(), end.toString());
        assertTrue(end.path("runs").asInt() >= 1, end.toString());
    }

    @Test
    void aFailedRerunRecordsWhatItWroteAndReportsTheEarlierRunsFilesAsStale() throws Exception {
        assertEquals(0, run("run", workflow("ok").toString(), "--progress", "none").code());
        Path earlier = temp.resolve("out/table.csv");
        String earlierHash = sha256(earlier);

        ApplicationRunner.Result rerun = run("run", workflow("partial").toString(), "--progress", "none",
                "--var", "nixtlaKey=SECRET-FROM-VAR", "--set", "forecast.apiKey=SECRET-FROM-SET");

        assertEquals(4, rerun.code(), rerun.out() + rerun.err());
        String text = Files.readString(temp.resolve("run.json"));
        assertFalse(text.contains("SECRET-FROM"), text);
        JsonNode record = record();
        assertEquals("failed", record.path("status").asText(), rerun.err());
        assertEquals("***", record.path("variables").path("nixtlaKey").asText());
        assertEquals("***", record.path("settingsOverrides").path("forecast.apiKey").asText());
        JsonNode files = record.path("files");
        assertEquals(1, files.size(), files.toString());
        assertEquals("out/other.csv", files.get(0).path("path").asText());
        assertEquals(sha256(temp.resolve("out/other.csv")), files.get(0).path("sha256").asText());
        JsonNode stale = record.path("staleFiles");
        assertEquals(1, stale.size(), stale.toString());
        assertEquals("out/table.csv", stale.get(0).path("path").asText());
        assertEquals(earlierHash, stale.get(0).path("sha256").asText());
        assertTrue(Files.exists(earlier), "files of earlier runs are reported, never deleted");
        for (JsonNode node : record.path("nodes")) {
            String id = node.path("id").asText();
            if (id.equals("refuse")) {
                assertEquals("failed", node.path("state").asText());
                assertTrue(node.path("error").asText().contains("ifExists"), node.toString());
            } else if (id.equals("forecast")) {
                assertEquals("not executed", node.path("state").asText());
            }
        }

        ApplicationRunner.Result verified = run("verify-run", temp.toString());
        assertEquals(4, verified.code(), verified.out());
        assertTrue(verified.out().contains("INCOMPLETE"), verified.out());
        assertTrue(verified.out().contains("STALE    out/table.csv"), verified.out());
    }

    @Test
    void verifyRunReportsChangedMissingAndAddedFiles() throws Exception {
        assertEquals(0, run("run", workflow("ok").toString(), "--progress", "none").code());
        Path csv = temp.resolve("out/table.csv");
        byte[] original = Files.readAllBytes(csv);
        assertEquals(0, run("verify-run", temp.toString()).code());

        byte[] sameSize = original.clone();
        sameSize[0] = (byte) (sameSize[0] == 'X' ? 'Y' : 'X');
        Files.write(csv, sameSize);
        ApplicationRunner.Result changed = run("verify-run", temp.toString());
        assertEquals(4, changed.code(), changed.out());
        assertTrue(changed.out().contains("CHANGED  out/table.csv: same size, different content"), changed.out());

        Files.writeString(csv, "shorter\n");
        changed = run("verify-run", temp.toString());
        assertEquals(4, changed.code(), changed.out());
        assertTrue(changed.out().contains("CHANGED  out/table.csv: size 8 bytes, recorded " + original.length),
                changed.out());

        Files.delete(csv);
        ApplicationRunner.Result missing = run("verify-run", temp.toString());
        assertEquals(4, missing.code(), missing.out());
        assertTrue(missing.out().contains("MISSING  out/table.csv"), missing.out());

        Files.write(csv, original);
        Files.writeString(temp.resolve("out/added.csv"), "a,b\n");
        ApplicationRunner.Result added = run("verify-run", temp.toString());
        assertEquals(4, added.code(), added.out());
        assertTrue(added.out().contains("EXTRA    out/added.csv"), added.out());

        Files.delete(temp.resolve("out/added.csv"));
        assertEquals(0, run("verify-run", temp.toString()).code(), "restored: everything matches again");

        Path flow = temp.resolve("ok.spikeflow.json");
        Files.writeString(flow, Files.readString(flow).replace("Writes a small table", "Writes another table"));
        ApplicationRunner.Result edited = run("verify-run", temp.toString());
        assertEquals(4, edited.code(), edited.out());
        assertTrue(edited.out().contains("CHANGED  ok.spikeflow.json: the workflow file is not the one that ran"),
                edited.out());
    }

    @Test
    void verifyRunNeedsAValidRecord() throws Exception {
        ApplicationRunner.Result none = run("verify-run", temp.toString());
        assertEquals(2, none.code());
        assertTrue(none.err().contains("no run record"), none.err());

        Files.writeString(temp.resolve("run.json"), "{\"format\": \"something-else\"}");
        ApplicationRunner.Result other = run("verify-run", temp.toString());
        assertEquals(2, other.code());
        assertTrue(other.err().contains("is not a run record"), other.err());

        Files.writeString(temp.resolve("run.json"), "{\"format\": \"spikeflow-run\", ");
        ApplicationRunner.Result broken = run("verify-run", temp.toString());
        assertEquals(2, broken.code());
        assertTrue(broken.err().contains("not valid JSON"), broken.err());

        assertEquals(2, run("verify-run").code());
    }

    @Test
    void aSecondRunIntoALockedFolderIsRefusedNamingTheHolder() throws Exception {
        Path flow = workflow("ok");
        Path lockFile = temp.resolve("run.lock");
        Process holder = holdLock(lockFile);
        try {
            ApplicationRunner.Result refused = run("run", flow.toString(), "--progress", "none");

            assertEquals(2, refused.code(), refused.err());
            assertTrue(refused.err().contains("in use by another run (pid " + holder.pid() + " on host test-host"),
                    refused.err());
            assertFalse(Files.exists(temp.resolve("out/table.csv")), "nothing was written");
            assertFalse(Files.exists(temp.resolve("run.json")), "no record: the run never started");
        } finally {
            holder.destroyForcibly().waitFor();
        }
        // The holder died without releasing the lock: its OS lock went with it, the file stayed.
        ApplicationRunner.Result after = run("run", flow.toString(), "--progress", "none");
        assertEquals(0, after.code(), after.err());
        assertTrue(after.err().contains("an earlier run (pid " + holder.pid()), after.err());
    }

    /** Another process (as a concurrent spikeflow run would be) that locks the file and names itself in it. */
    private Process holdLock(Path lockFile) throws Exception {
        Path source = temp.resolve("HoldLock.java");
        Files.writeString(source,
                """
                        import java.nio.ByteBuffer;
                        import java.nio.channels.FileChannel;
                        import java.nio.file.Path;
                        import java.nio.file.StandardOpenOption;

                        public class HoldLock {
                            public static void main(String[] args) throws Exception {
                                FileChannel channel = FileChannel.open(Path.of(args[0]), StandardOpenOption.CREATE,
                                        StandardOpenOption.READ, StandardOpenOption.WRITE);
                                channel.lock();
                                String holder = "{\\"pid\\": " + ProcessHandle.current().pid() + ", \\"host\\": \\"test-host\\","
                                        + " \\"startedAt\\": \\"2026-01-01T00:00:00Z\\", \\"workflow\\": \\"/elsewhere/x.spikeflow.json\\"}";
                                channel.truncate(0);
                                channel.write(ByteBuffer.wrap(holder.getBytes()), 0);
                                System.out.println("locked");
                                System.out.flush();
                                System.in.read();
                            }
                        }
                        """);
        Path java = Path.of(System.getProperty("java.home"), "bin", "java");
        Process process = new ProcessBuilder(java.toString(), source.toString(), lockFile.toString())
                .redirectError(ProcessBuilder.Redirect.INHERIT).start();
        BufferedReader reader = new BufferedReader(
                new InputStreamReader(process.getInputStream(), StandardCharsets.UTF_8));
        assertEquals("locked", reader.readLine(), "the helper process holds the lock");
        Files.delete(source);
        return process;
    }

    @Test
    void cancellingARunExits130AndLeavesNoTemporaryFile() throws Exception {
        Path flow = workflow("endless");
        Path output = temp.resolve("out/iteration.csv");
        CompletableFuture<ApplicationRunner.Result> running = CompletableFuture.supplyAsync(
                () -> run("run", flow.toString(), "--progress", "none"));
        // While it runs, the record says "running" and names the files written so far (a killed run leaves that).
        JsonNode during = null;
        while (!running.isDone() && (during == null || during.path("files").size() == 0)) {
            Thread.sleep(2);
            during = Files.exists(temp.resolve("run.json")) ? record() : null;
        }
        assertNotNull(during, "run.json is written at the start");
        assertEquals("running", during.path("status").asText());
        assertEquals("out/iteration.csv", during.path("files").get(0).path("path").asText());
        assertTrue(during.path("endedAt").isNull(), during.toString());
        // A second run into the same folder meanwhile is refused, naming this one.
        ApplicationRunner.Result second = run("run", workflow("ok").toString(), "--progress", "none");
        assertEquals(2, second.code(), second.err());
        assertTrue(second.err().contains("in use by another run (pid " + ProcessHandle.current().pid() + " on host "),
                second.err());
        assertFalse(Files.exists(temp.resolve("out/table.csv")), "the refused run wrote nothing");

        // Prefer cancelling in the middle of a write (a temporary file exists), but cancel in any case.
        for (int i = 0; i < 500 && !writing(output.getParent()) && !running.isDone(); i++) {
            Thread.sleep(1);
        }
        cancelService.run(); // what the launcher does on SIGINT/SIGTERM

        ApplicationRunner.Result result = running.get();
        assertEquals(130, result.code(), result.out() + result.err());
        assertTrue(result.err().contains("cancelled"), result.err());
        assertEquals(List.of(), temporaryFiles());
        JsonNode record = record();
        assertEquals("cancelled", record.path("status").asText());
        JsonNode files = record.path("files");
        assertEquals(1, files.size(), files.toString());
        assertEquals("out/iteration.csv", files.get(0).path("path").asText());
        assertEquals(sha256(output), files.get(0).path("sha256").asText());
        assertEquals(0, Files.size(temp.resolve("run.lock")), "the lock is released");
        assertEquals(4, run("verify-run", temp.toString()).code(), "a cancelled run's folder is incomplete");
    }

    /** Whether a temporary file is in the folder (names only: files come and go while we look). */
    private static boolean writing(Path folder) throws IOException {
        try (Stream<Path> files = Files.list(folder)) {
            return files.anyMatch(f -> f.getFileName().toString().endsWith(".tmp"));
        }
    }

    @Test
    void cancellingASimulationExits130AndWritesNothing() throws Exception {
        Path out = temp.resolve("counts.csv");
        ByteArrayOutputStream stderr = new ByteArrayOutputStream();
        PrintStream err = new PrintStream(stderr, true, StandardCharsets.UTF_8);
        // 10^10 updates: minutes, unless cancelled
        CompletableFuture<Integer> running = CompletableFuture.supplyAsync(() -> application.run(List.of("simulate",
                "--preset", "seed/RS", "--duration", "1000000000", "--dt", "0.1", "--record", "counts",
                "--out", out.toString()), new PrintStream(new ByteArrayOutputStream()), err));
        while (!stderr.toString(StandardCharsets.UTF_8).contains("Simulating") && !running.isDone()) {
            Thread.sleep(2);
        }
        cancelService.run(); // what the launcher does on SIGINT/SIGTERM

        assertEquals(130, running.get(), stderr.toString(StandardCharsets.UTF_8));
        assertTrue(stderr.toString(StandardCharsets.UTF_8).contains("cancelled"));
        assertFalse(Files.exists(out));
        assertEquals(List.of(), temporaryFiles());
    }
}
