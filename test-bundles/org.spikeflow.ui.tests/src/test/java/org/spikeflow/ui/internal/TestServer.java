package org.spikeflow.ui.internal;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.PrintStream;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;

import org.spikeflow.engine.NodeRepository;

import com.fasterxml.jackson.databind.JsonNode;

/**
 * A real canvas server on an ephemeral port over a temporary workspace, with an HTTP client that authenticates like a
 * script (Bearer token) and records every response body (for the secret scan).
 */
final class TestServer implements AutoCloseable {
    static final String TOKEN = "test-token-0123456789abcdefghijklmnopqrstuv";

    final Path workspace;
    final CanvasServer server;
    final HttpClient client = HttpClient.newBuilder().followRedirects(HttpClient.Redirect.NEVER)
            .connectTimeout(Duration.ofSeconds(10)).build();
    final List<String> responses = new ArrayList<>();
    final ByteArrayOutputStream log = new ByteArrayOutputStream();

    TestServer(Path workspace) throws IOException {
        this(workspace, null);
    }

    TestServer(Path workspace, String initialWorkflow) throws IOException {
        this.workspace = workspace;
        this.server = new CanvasServer(repository(), workspace, initialWorkflow, 0, TOKEN,
                new PrintStream(log, true, StandardCharsets.UTF_8));
    }

    static NodeRepository repository() {
        return NodeRepository.awaitService(Duration.ofSeconds(30));
    }

    /** Copies the example workflows of the repository into a folder. */
    static void copyExamples(Path target) throws IOException {
        Path examples = examplesFolder();
        try (var files = Files.list(examples)) {
            for (Path file : files.filter(f -> f.getFileName().toString().endsWith(".spikeflow.json")).toList()) {
                Files.copy(file, target.resolve(file.getFileName()));
            }
        }
    }

    static Path examplesFolder() {
        String basedir = System.getProperty("spikeflow.test.basedir");
        return Path.of(basedir).resolve("../../workflows").normalize();
    }

    String base() {
        return "http://127.0.0.1:" + server.port();
    }

    HttpRequest.Builder request(String path) {
        return HttpRequest.newBuilder(URI.create(base() + path)).timeout(Duration.ofSeconds(60));
    }

    HttpRequest.Builder authorized(String path) {
        return request(path).header("Authorization", "Bearer " + TOKEN);
    }

    HttpResponse<String> send(HttpRequest request) throws IOException, InterruptedException {
        HttpResponse<String> response = client.send(request, HttpResponse.BodyHandlers.ofString());
        synchronized (responses) {
            responses.add(response.headers().map() + "\n" + response.body());
        }
        return response;
    }

    HttpResponse<String> get(String path) throws IOException, InterruptedException {
        return send(authorized(path).GET().build());
    }

    HttpResponse<String> post(String path, String json) throws IOException, InterruptedException {
        return send(authorized(path).header("X-Spikeflow-Request", "1").header("Content-Type", "application/json")
                .POST(HttpRequest.BodyPublishers.ofString(json)).build());
    }

    JsonNode getJson(String path) throws IOException, InterruptedException {
        return ok(get(path));
    }

    JsonNode postJson(String path, String json) throws IOException, InterruptedException {
        return ok(post(path, json));
    }

    static JsonNode json(HttpResponse<String> response) throws IOException {
        return Json.MAPPER.readTree(response.body());
    }

    private static JsonNode ok(HttpResponse<String> response) throws IOException {
        if (response.statusCode() / 100 != 2) {
            throw new AssertionError("HTTP " + response.statusCode() + " for " + response.request().uri() + ": "
                    + response.body());
        }
        return json(response);
    }

    @Override
    public void close() {
        server.close();
    }
}
