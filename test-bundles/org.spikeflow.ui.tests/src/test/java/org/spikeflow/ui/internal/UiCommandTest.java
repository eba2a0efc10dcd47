package org.spikeflow.ui.internal;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.CountDownLatch;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.osgi.framework.BundleContext;
import org.osgi.framework.FrameworkUtil;
import org.osgi.util.tracker.ServiceTracker;
import org.spikeflow.core.batch.BatchCommand;
import org.spikeflow.ui.internal.http.RequestGuard;

/** The command line of {@code spikeflow ui} and the token format. */
class UiCommandTest {
    @TempDir
    Path folder;

    @Test
    void aWorkflowFileOpensFirstAndItsFolderIsTheWorkspace() throws Exception {
        Files.createDirectories(folder.resolve("sub"));
        Files.writeString(folder.resolve("sub/a.spikeflow.json"), "{}");
        UiCommand.Options options = UiCommand.parse(List.of(folder.resolve("sub/a.spikeflow.json").toString(),
                "--no-browser", "--port", "8123"));
        assertEquals(folder.resolve("sub").toRealPath(), options.workspace().toRealPath());
        assertEquals("a.spikeflow.json", options.initialWorkflow());
        assertEquals(8123, options.port());
        assertFalse(options.openBrowser());
    }

    @Test
    void aFolderIsTheWorkspaceAndWorkspaceOverridesIt() throws Exception {
        Files.createDirectories(folder.resolve("other"));
        Files.writeString(folder.resolve("other/b.spikeflow.json"), "{}");
        UiCommand.Options options = UiCommand.parse(List.of(folder.toString()));
        assertEquals(folder.toRealPath(), options.workspace().toRealPath());
        assertNull(options.initialWorkflow());
        assertEquals(0, options.port(), "a free port");
        assertTrue(options.openBrowser());
        UiCommand.Options nested = UiCommand.parse(List.of("--workspace=" + folder,
                folder.resolve("other/b.spikeflow.json").toString()));
        assertEquals("other/b.spikeflow.json", nested.initialWorkflow());
    }

    @Test
    void badCommandLinesSayWhatIsWrong() {
        assertTrue(assertThrows(IllegalArgumentException.class, () -> UiCommand.parse(List.of("--port", "x")))
                .getMessage().contains("--port"));
        assertTrue(assertThrows(IllegalArgumentException.class, () -> UiCommand.parse(List.of("--port", "70000")))
                .getMessage().contains("70000"));
        assertTrue(assertThrows(IllegalArgumentException.class, () -> UiCommand.parse(List.of("--bogus")))
                .getMessage().contains("--bogus"));
        assertTrue(assertThrows(IllegalArgumentException.class, () -> UiCommand.parse(List.of(
                folder.resolve("nope").toString()))).getMessage().contains("neither a folder nor a workflow"));
        assertTrue(assertThrows(IllegalArgumentException.class, () -> UiCommand.parse(List.of("--workspace")))
                .getMessage().contains("needs a value"));
    }

    /** The DS-registered command, as the batch runner finds it. */
    private static UiCommand registeredCommand() throws InterruptedException {
        BundleContext context = FrameworkUtil.getBundle(UiCommand.class).getBundleContext();
        ServiceTracker<BatchCommand, BatchCommand> tracker = new ServiceTracker<>(context, BatchCommand.class, null);
        tracker.open();
        try {
            tracker.waitForService(30_000);
            for (BatchCommand command : tracker.getServices(new BatchCommand[0])) {
                if (command.name().equals("ui")) {
                    return (UiCommand) command;
                }
            }
            throw new AssertionError("no 'ui' BatchCommand service");
        } finally {
            tracker.close();
        }
    }

    @Test
    void servesPrintingExactlyTheUrlLineUntilStopped() throws Exception {
        Files.writeString(folder.resolve("x.spikeflow.json"), "{}");
        UiCommand command = registeredCommand();
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        ByteArrayOutputStream err = new ByteArrayOutputStream();
        CountDownLatch stop = new CountDownLatch(1);
        int[] code = {-1};
        UiCommand.Options options = UiCommand.parse(List.of(folder.toString(), "--no-browser"));
        Thread serving = new Thread(() -> code[0] = command.serve(options,
                new PrintStream(out, true, StandardCharsets.UTF_8), new PrintStream(err, true, StandardCharsets.UTF_8),
                stop));
        serving.start();
        String line = "";
        while (!line.endsWith("\n") && serving.isAlive()) {
            Thread.sleep(10);
            line = out.toString(StandardCharsets.UTF_8);
        }
        assertTrue(line.matches("Spikeflow canvas: http://127\\.0\\.0\\.1:\\d+/\\?token=[A-Za-z0-9_-]{43}\n"), line);
        URI url = URI.create(line.substring("Spikeflow canvas: ".length()).trim());
        HttpResponse<String> page = HttpClient.newHttpClient().send(HttpRequest.newBuilder(url).GET().build(),
                HttpResponse.BodyHandlers.ofString());
        assertEquals(302, page.statusCode(), "the token is exchanged for the cookie");
        stop.countDown();
        serving.join();
        assertEquals(0, code[0]);
        assertEquals(line, out.toString(StandardCharsets.UTF_8), "one line on stdout, nothing else");
        assertTrue(err.toString(StandardCharsets.UTF_8).contains("stopping"));
        assertThrows(java.io.IOException.class, () -> HttpClient.newHttpClient().send(HttpRequest.newBuilder(url)
                .GET().build(), HttpResponse.BodyHandlers.ofString()), "the port is closed after stopping");
    }

    @Test
    void tokensAre32RandomBytesInBase64Url() {
        String token = RequestGuard.newToken();
        assertEquals(43, token.length());
        assertTrue(token.matches("[A-Za-z0-9_-]+"), token);
        assertFalse(token.equals(RequestGuard.newToken()));
    }
}
