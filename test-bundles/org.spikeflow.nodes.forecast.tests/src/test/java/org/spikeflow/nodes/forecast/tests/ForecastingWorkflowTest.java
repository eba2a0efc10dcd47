package org.spikeflow.nodes.forecast.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.spikeflow.core.settings.SettingsHandler;
import org.spikeflow.engine.ExecutionOptions;
import org.spikeflow.engine.ExecutionResult;
import org.spikeflow.engine.NodeRepository;
import org.spikeflow.engine.WorkflowManager;
import org.spikeflow.nodes.forecast.internal.timegpt.TimeGptForecasterNodeModel;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;

import okhttp3.mockwebserver.MockResponse;
import okhttp3.mockwebserver.MockWebServer;
import okhttp3.mockwebserver.RecordedRequest;

/**
 * The shipped example workflows/forecasting.spikeflow.json (copied beside this test): the seed's TimeGPT study, offline
 * with the embedded fallback and with TimeGPT (a mock server on 127.0.0.1) when a key is set. References: the seed's
 * published forecast files (layout, timestamps, scores) and an independent implementation of the seed's integrator for
 * the true continuation.
 */
class ForecastingWorkflowTest {

    static final List<String> TYPES = List.of("Regular_Spiking_RS", "Fast_Spiking_FS", "Intrinsically_Bursting_IB",
            "Chattering_CH");
    /** The seed's parameters (a, b, c, d) of the four types. */
    static final double[][] PARAMETERS = {{0.02, 0.2, -65, 8}, {0.1, 0.2, -65, 2}, {0.02, 0.2, -55, 4},
            {0.02, 0.2, -50, 2}};
    /** MAE of the seed's TimeGPT forecasts (its README). */
    static final double[] SEED_MAE = {8.12, 6.86, 1.57, 22.41};
    private static final String KEY = "workflow-test-key-0123456789-secret";

    private MockWebServer server;

    @AfterEach
    void restoreEnvironment() throws Exception {
        TimeGptForecasterNodeModel.setEnvironment(null);
        if (server != null) {
            server.shutdown();
        }
    }

    /** The test bundle's folder. */
    static Path bundleFolder() {
        String base = System.getProperty("spikeflow.test.basedir");
        return base != null ? Path.of(base) : Path.of("").toAbsolutePath();
    }

    static Path folder() {
        return bundleFolder().resolve("src/test/java/org/spikeflow/nodes/forecast/tests/fixtures/forecasting");
    }

    static ExecutionResult run(Path output) throws Exception {
        WorkflowManager workflow = WorkflowManager.load(folder().resolve("forecasting.spikeflow.json"),
                NodeRepository.awaitService(Duration.ofSeconds(10)));
        ExecutionResult result = workflow.executeAll(ExecutionOptions.defaults().withOutputDirectory(output));
        assertTrue(result.success(), result.toString());
        return result;
    }

    /**
     * The seed's integrator (numpy semantics) run for {@code n} samples at dt 0.25 with I = 10: v. The order of the
     * operations is the seed's ({@code 0.04 * v**2}, i.e. 0.04·(v·v)): the FS trace is sensitive enough to round-off
     * that another order shifts a spike before sample 2000.
     */
    static double[] seedTrace(double[] p, int n) {
        double dt = 0.25;
        double[] v = new double[n];
        double[] u = new double[n];
        v[0] = -65;
        u[0] = p[1] * v[0];
        for (int i = 0; i < n - 1; i++) {
            v[i + 1] = v[i] + (0.04 * (v[i] * v[i]) + 5 * v[i] + 140 - u[i] + 10) * dt;
            u[i + 1] = u[i] + p[0] * (p[1] * v[i] - u[i]) * dt;
            if (v[i + 1] >= 30) {
                v[i] = 30;
                v[i + 1] = p[2];
                u[i + 1] += p[3];
            }
        }
        return v;
    }

    static List<String[]> readCsv(Path file) throws Exception {
        List<String[]> rows = new ArrayList<>();
        for (String line : Files.readAllLines(file)) {
            rows.add(line.split(",", -1));
        }
        return rows;
    }

    static void assertPng(Path file, int width, int height) throws Exception {
        byte[] bytes = Files.readAllBytes(file);
        assertEquals(0x89, bytes[0] & 0xff, file + ": PNG signature");
        assertEquals("PNG", new String(bytes, 1, 3, java.nio.charset.StandardCharsets.US_ASCII), file + ": PNG");
        java.awt.image.BufferedImage image = javax.imageio.ImageIO.read(file.toFile());
        assertTrue(image != null, file + " is readable by ImageIO");
        assertEquals(width, image.getWidth(), file + ": width");
        assertEquals(height, image.getHeight(), file + ": height");
    }

    /** Parses the SVG file, checks its size, returns its text. */
    static String svgText(Path file, int width, int height) throws Exception {
        String svg = Files.readString(file, java.nio.charset.StandardCharsets.UTF_8);
        javax.xml.parsers.DocumentBuilderFactory factory = javax.xml.parsers.DocumentBuilderFactory.newInstance();
        factory.setNamespaceAware(true);
        // the document names the SVG 1.1 DTD: never fetch it (tests run offline)
        factory.setFeature("http://apache.org/xml/features/nonvalidating/load-external-dtd", false);
        org.w3c.dom.Element root = factory.newDocumentBuilder()
                .parse(new org.xml.sax.InputSource(new java.io.StringReader(svg))).getDocumentElement();
        assertEquals("svg", root.getLocalName(), file + ": SVG root element");
        assertEquals(width, Double.parseDouble(root.getAttribute("width").replace("px", "")), 1e-9, file + ": width");
        assertEquals(height, Double.parseDouble(root.getAttribute("height").replace("px", "")), 1e-9,
                file + ": height");
        return svg;
    }

    @Test
    void theFixtureIsTheShippedExample() throws Exception {
        Path shipped = bundleFolder().resolve("../../workflows/forecasting.spikeflow.json").normalize();
        if (Files.exists(shipped)) { // run from the source tree
            assertEquals(Files.readString(shipped), Files.readString(folder().resolve("forecasting.spikeflow.json")));
        }
    }

    @Test
    void offlineItWritesTheSeedsFilesWithTheEmbeddedForecaster(@TempDir Path output) throws Exception {
        TimeGptForecasterNodeModel.setEnvironment(Map.of());
        run(output);
        for (int t = 0; t < TYPES.size(); t++) {
            String type = TYPES.get(t);
            List<String[]> seed = readCsv(folder().resolve("seed/forecast_" + type + ".csv"));
            List<String[]> written = readCsv(output.resolve("output/forecasting/forecasts/forecast_" + type + ".csv"));
            assertEquals(String.join(",", seed.get(0)).replace("TimeGPT", "IzhikevichFit"),
                    String.join(",", written.get(0)), type + ": the seed's layout with the embedded model's name");
            assertEquals(201, written.size(), type);
            double[] truth = seedTrace(PARAMETERS[t], 2200);
            double absError = 0;
            for (int k = 0; k < 200; k++) {
                String[] row = written.get(k + 1);
                assertEquals(seed.get(k + 1)[0], row[0], type + " timestamp " + k);
                double mean = Double.parseDouble(row[1]);
                absError += Math.abs(mean - truth[2000 + k]);
                // columns: mean, hi-80, hi-90, lo-80, lo-90
                double hi80 = Double.parseDouble(row[2]);
                double hi90 = Double.parseDouble(row[3]);
                double lo80 = Double.parseDouble(row[4]);
                double lo90 = Double.parseDouble(row[5]);
                assertTrue(lo90 <= lo80 && lo80 <= mean && mean <= hi80 && hi80 <= hi90, type + " bounds " + k);
            }
            assertTrue(absError / 200 < 1e-6, type + ": MAE against the seed integrator " + absError / 200);
            // the comparison plot, named from the loop's flow variable like the seed's figures
            Path plots = output.resolve("output/forecasting/comparison_plots");
            assertPng(plots.resolve(type + "_comparison.png"), 1200, 800);
            String svg = svgText(plots.resolve(type + "_comparison.svg"), 1200, 800);
            assertTrue(svg.contains(">" + type + ": forecast vs. simulation<"), type + ": title");
            // its subtitle: MAE and coverage over all 200 forecast points, against the seed integrator
            int inside80 = 0;
            int inside90 = 0;
            for (int k = 0; k < 200; k++) {
                String[] row = written.get(k + 1);
                double y = truth[2000 + k];
                inside80 += y >= Double.parseDouble(row[4]) && y <= Double.parseDouble(row[2]) ? 1 : 0;
                inside90 += y >= Double.parseDouble(row[5]) && y <= Double.parseDouble(row[3]) ? 1 : 0;
            }
            String subtitle = String.format(java.util.Locale.ROOT,
                    ">MAE %.3g \u00b7 80%% coverage %.2f \u00b7 90%% coverage %.2f \u00b7 200 points<", absError / 200,
                    inside80 / 200.0, inside90 / 200.0);
            assertTrue(svg.contains(subtitle), type + ": subtitle " + subtitle);
        }
        try (var files = Files.list(output.resolve("output/forecasting/comparison_plots"))) {
            assertEquals(2 * TYPES.size(), files.count(), "a PNG and an SVG per type, nothing else");
        }
        List<String[]> scores = readCsv(output.resolve("output/forecasting/scores.csv"));
        List<String> header = List.of(scores.get(0));
        assertEquals(5, scores.size());
        for (int t = 0; t < TYPES.size(); t++) {
            String[] row = scores.get(t + 1);
            assertEquals(TYPES.get(t), row[header.indexOf("Type")]);
            assertEquals("IzhikevichFit", row[header.indexOf("Model")]);
            assertTrue(Double.parseDouble(row[header.indexOf("MAE")]) <= SEED_MAE[t] / 5, TYPES.get(t));
            assertEquals(1.0, Double.parseDouble(row[header.indexOf("Gamma")]), 1e-12, TYPES.get(t));
        }
    }

    @Test
    void withAKeyTheSameWorkflowAsksTimeGpt(@TempDir Path output) throws Exception {
        server = new MockWebServer();
        server.start(java.net.InetAddress.getByName("127.0.0.1"), 0);
        for (int t = 0; t < TYPES.size(); t++) {
            server.enqueue(new MockResponse().setResponseCode(200).setHeader("Content-Type", "application/json")
                    .setBody(flatForecast(-60.0 - t, 200)));
        }
        TimeGptForecasterNodeModel.setEnvironment(Map.of("NIXTLA_API_KEY", KEY, "NIXTLA_BASE_URL",
                server.url("/").toString()));
        ExecutionResult result = run(output);
        assertEquals(TYPES.size(), server.getRequestCount(), "one request per neuron type");
        for (int t = 0; t < TYPES.size(); t++) {
            RecordedRequest request = server.takeRequest(5, TimeUnit.SECONDS);
            assertEquals("Bearer " + KEY, request.getHeader("Authorization"));
            JsonNode body = SettingsHandler.MAPPER.readTree(request.getBody().readUtf8());
            assertEquals(200, body.get("h").asInt());
            assertEquals("25ms", body.get("freq").asText());
            assertEquals(500, body.get("finetune_steps").asInt());
            assertEquals("[80,90]", body.get("level").toString());
            assertEquals("[2000]", body.get("series").get("sizes").toString());
            double[] truth = seedTrace(PARAMETERS[t], 2000);
            assertEquals(truth[1999], body.get("series").get("y").get(1999).asDouble(), 1e-9);
        }
        String header = Files.readAllLines(output.resolve("output/forecasting/forecasts/forecast_Chattering_CH.csv"))
                .get(0);
        assertEquals("timestamp,TimeGPT,TimeGPT-hi-80,TimeGPT-hi-90,TimeGPT-lo-80,TimeGPT-lo-90", header);
        assertPng(output.resolve("output/forecasting/comparison_plots/Chattering_CH_comparison.png"), 1200, 800);
        assertEquals(3 * TYPES.size() + 1, result.writtenFiles().size(),
                "per type a forecast, a PNG and an SVG; the scores: " + result.writtenFiles());
        for (Path written : result.writtenFiles()) {
            // bytes as ISO-8859-1: the written files include PNG images
            assertFalse(new String(Files.readAllBytes(written), java.nio.charset.StandardCharsets.ISO_8859_1)
                    .contains(KEY), "the key is in " + written);
        }
    }

    /** A TimeGPT response: the same value for all h steps, bounds ±1 (80) and ±2 (90). */
    private static String flatForecast(double value, int h) {
        ObjectNode body = SettingsHandler.MAPPER.createObjectNode();
        ArrayNode mean = body.putArray("mean");
        ObjectNode intervals = body.putObject("intervals");
        ArrayNode lo80 = intervals.putArray("lo-80");
        ArrayNode hi80 = intervals.putArray("hi-80");
        ArrayNode lo90 = intervals.putArray("lo-90");
        ArrayNode hi90 = intervals.putArray("hi-90");
        for (int k = 0; k < h; k++) {
            mean.add(value);
            lo80.add(value - 1);
            hi80.add(value + 1);
            lo90.add(value - 2);
            hi90.add(value + 2);
        }
        return body.toString();
    }
}
