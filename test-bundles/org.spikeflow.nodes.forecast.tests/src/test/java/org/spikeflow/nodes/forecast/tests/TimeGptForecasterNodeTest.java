package org.spikeflow.nodes.forecast.tests;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.spikeflow.testing.NodeTesting.doubles;

import java.io.IOException;
import java.net.InetAddress;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.spikeflow.core.data.DataTable;
import org.spikeflow.core.data.IntColumn;
import org.spikeflow.core.data.StringColumn;
import org.spikeflow.core.io.UserGrants;
import org.spikeflow.core.runtime.Node;
import org.spikeflow.core.settings.InvalidSettingsException;
import org.spikeflow.core.settings.SettingsHandler;
import org.spikeflow.nodes.forecast.internal.timegpt.TimeGptForecasterNodeFactory;
import org.spikeflow.nodes.forecast.internal.timegpt.TimeGptForecasterNodeModel;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;

import okhttp3.mockwebserver.MockResponse;
import okhttp3.mockwebserver.MockWebServer;
import okhttp3.mockwebserver.RecordedRequest;
import org.spikeflow.testing.NodeTesting;

/** The TimeGPT Forecaster against MockWebServer on 127.0.0.1 (never the internet); the key handling. */
class TimeGptForecasterNodeTest {

    private static final String KEY = "node-test-key-9876543210-secret";

    private MockWebServer server;

    @BeforeEach
    void start() throws IOException {
        server = new MockWebServer();
        server.start(InetAddress.getByName("127.0.0.1"), 0);
        // the user (not the workflow file) names the mock endpoint, as NIXTLA_BASE_URL would
        TimeGptForecasterNodeModel.setEnvironment(Map.of("NIXTLA_BASE_URL", server.url("/").toString()));
    }

    @AfterEach
    void stop() throws IOException {
        TimeGptForecasterNodeModel.setEnvironment(null);
        server.shutdown();
    }

    private String settings(String extra) {
        return "{'baseUrl': '" + server.url("/") + "', 'apiKey': '" + KEY + "', 'h': 3, 'readTimeoutSeconds': 5,"
                + " 'maxAttempts': 1" + (extra.isEmpty() ? "" : ", " + extra) + "}";
    }

    /** mean = -70 + 10 s + k for series s, step k; bounds mean -/+ level/10. */
    private static String response(int series, int h) {
        ObjectNode body = SettingsHandler.MAPPER.createObjectNode();
        ArrayNode mean = body.putArray("mean");
        ObjectNode intervals = body.putObject("intervals");
        for (int s = 0; s < series; s++) {
            for (int k = 0; k < h; k++) {
                mean.add(-70.0 + 10 * s + k);
            }
        }
        for (int level : new int[] {80, 90}) {
            ArrayNode lo = intervals.putArray("lo-" + level);
            ArrayNode hi = intervals.putArray("hi-" + level);
            for (int s = 0; s < series; s++) {
                for (int k = 0; k < h; k++) {
                    lo.add(-70.0 + 10 * s + k - level / 10.0);
                    hi.add(-70.0 + 10 * s + k + level / 10.0);
                }
            }
        }
        ObjectNode wrapped = SettingsHandler.MAPPER.createObjectNode();
        wrapped.set("data", body);
        return wrapped.toString();
    }

    private void enqueue(int series, int h) {
        server.enqueue(new MockResponse().setResponseCode(200).setHeader("Content-Type", "application/json")
                .setBody(response(series, h)));
    }

    static double[] ramp(int n, double offset) {
        double[] y = new double[n];
        for (int i = 0; i < n; i++) {
            y[i] = offset + 0.5 * i;
        }
        return y;
    }

    @Test
    void seedConventionProducesTheSeedsColumns() throws Exception {
        enqueue(1, 3);
        Node node = NodeTesting.node(new TimeGptForecasterNodeFactory(), settings("'freqConvention': 'seed'"));
        DataTable out = Harness.run(node, Harness.trace(null, new double[][] {Harness.times(0, 0.25, 8)},
                new double[][] {ramp(8, -65)}));
        assertEquals(List.of("Time (ms)", "timestamp", "TimeGPT", "TimeGPT-hi-80", "TimeGPT-hi-90", "TimeGPT-lo-80",
                "TimeGPT-lo-90"), out.getSpec().columnNames());
        assertArrayEquals(new double[] {2.0, 2.25, 2.5}, doubles(out, "Time (ms)"), 1e-9);
        assertArrayEquals(new double[] {-70, -69, -68}, doubles(out, "TimeGPT"), 0);
        assertArrayEquals(new double[] {-62, -61, -60}, doubles(out, "TimeGPT-hi-80"), 1e-12);
        assertArrayEquals(new double[] {-79, -78, -77}, doubles(out, "TimeGPT-lo-90"), 1e-12);
        StringColumn ts = (StringColumn) out.getColumn("timestamp");
        assertEquals("2023-01-01 00:00:00.200", ts.get(0));
        assertEquals("2023-01-01 00:00:00.250", ts.get(2));

        RecordedRequest r = server.takeRequest(5, TimeUnit.SECONDS);
        assertEquals("/v2/forecast", r.getPath());
        assertEquals("Bearer " + KEY, r.getHeader("Authorization"));
        JsonNode body = SettingsHandler.MAPPER.readTree(r.getBody().readUtf8());
        assertEquals("25ms", body.get("freq").asText());
        assertEquals("timegpt-1", body.get("model").asText());
        assertEquals(3, body.get("h").asInt());
        assertEquals(8, body.get("series").get("sizes").get(0).asInt());
    }

    @Test
    void severalNeuronsInOneRequest() throws Exception {
        enqueue(2, 3);
        Node node = NodeTesting.node(new TimeGptForecasterNodeFactory(),
                settings("'model': 'timegpt-1-long-horizon', 'finetuneSteps': 2"));
        double[] t = Harness.times(0, 0.25, 8);
        DataTable out = Harness.run(node, Harness.trace(new int[] {1, 2}, new double[][] {t, t},
                new double[][] {ramp(8, -65), ramp(8, -60)}));
        assertEquals(List.of("Time (ms)", "Neuron", "TimeGPT", "TimeGPT-hi-80", "TimeGPT-hi-90", "TimeGPT-lo-80",
                "TimeGPT-lo-90"), out.getSpec().columnNames());
        assertArrayEquals(new int[] {1, 1, 1, 2, 2, 2}, ((IntColumn) out.getColumn("Neuron")).toArray());
        assertArrayEquals(new double[] {-70, -69, -68, -60, -59, -58}, doubles(out, "TimeGPT"), 0);
        assertArrayEquals(new double[] {2, 2.25, 2.5, 2, 2.25, 2.5}, doubles(out, "Time (ms)"), 1e-9);
        RecordedRequest r = server.takeRequest(5, TimeUnit.SECONDS);
        JsonNode body = SettingsHandler.MAPPER.readTree(r.getBody().readUtf8());
        assertEquals("timegpt-1-long-horizon", body.get("model").asText());
        assertEquals(2, body.get("finetune_steps").asInt());
        assertEquals("250us", body.get("freq").asText());
        assertEquals(16, body.get("series").get("y").size());
        assertEquals(1, server.getRequestCount());
    }

    @Test
    void withoutKeyConfigureFailsWithInstructions() throws Exception {
        Node node = NodeTesting.node(new TimeGptForecasterNodeFactory(), "{'h': 3}");
        DataTable in = Harness.trace(null, new double[][] {Harness.times(0, 0.25, 8)}, new double[][] {ramp(8, 0)});
        InvalidSettingsException e = assertThrows(InvalidSettingsException.class, () -> Harness.configure(node, in));
        String m = e.getMessage();
        assertTrue(m.contains("NIXTLA_API_KEY"), m);
        assertTrue(m.contains("flow variable") && m.contains("apiKey"), m);
        assertTrue(m.contains("Local Forecaster"), m);
        assertEquals(0, server.getRequestCount());
    }

    @Test
    void withoutKeyTheOfflineFallbackForecastsWithTheEmbeddedModel() throws Exception {
        Node node = NodeTesting.node(new TimeGptForecasterNodeFactory(),
                "{'h': 3, 'freqConvention': 'seed', 'offlineFallback': 'drift'}");
        double[] y = ramp(40, -65);
        DataTable out = Harness.run(node, Harness.trace(null, new double[][] {Harness.times(0, 0.25, 40)},
                new double[][] {y}));
        assertEquals(List.of("Time (ms)", "timestamp", "Drift", "Drift-hi-80", "Drift-hi-90", "Drift-lo-80",
                "Drift-lo-90"), out.getSpec().columnNames());
        // drift: the line through the first and last value, continued
        double slope = (y[39] - y[0]) / 39;
        assertArrayEquals(new double[] {y[39] + slope, y[39] + 2 * slope, y[39] + 3 * slope},
                doubles(out, "Drift"), 1e-12);
        assertArrayEquals(new double[] {10, 10.25, 10.5}, doubles(out, "Time (ms)"), 1e-9);
        assertEquals("2023-01-01 00:00:01.000", ((StringColumn) out.getColumn("timestamp")).get(0));
        // the fallback the workflow asks for is information, not a warning (exit code 0)
        assertTrue(node.getInfoMessage() != null && node.getInfoMessage().contains("offline"),
                String.valueOf(node.getInfoMessage()));
        assertNull(node.getWarningMessage());
        assertEquals(0, server.getRequestCount());
    }

    @Test
    void withKeyTheOfflineFallbackIsNotUsed() throws Exception {
        enqueue(1, 3);
        Node node = NodeTesting.node(new TimeGptForecasterNodeFactory(),
                settings("'offlineFallback': 'izhikevichfit'"));
        DataTable out = Harness.run(node, Harness.trace(null, new double[][] {Harness.times(0, 0.25, 8)},
                new double[][] {ramp(8, -65)}));
        assertEquals("TimeGPT", out.getSpec().columnNames().get(1));
        assertEquals(1, server.getRequestCount());
    }

    @Test
    void keyFromTheEnvironmentIsEnough() throws Exception {
        TimeGptForecasterNodeModel.setEnvironment(Map.of("NIXTLA_API_KEY", KEY, "NIXTLA_BASE_URL",
                server.url("/").toString()));
        enqueue(1, 3);
        Node node = NodeTesting.node(new TimeGptForecasterNodeFactory(), "{'h': 3, 'maxAttempts': 1}");
        DataTable out = Harness.run(node, Harness.trace(null, new double[][] {Harness.times(0, 0.25, 8)},
                new double[][] {ramp(8, 0)}));
        assertEquals(3, out.getRowCount());
        assertEquals("Bearer " + KEY, server.takeRequest(5, TimeUnit.SECONDS).getHeader("Authorization"));
    }

    // ---- the trust boundary: a workflow file cannot send the key to an endpoint of its choosing ----

    private static DataTable smallTrace() {
        return Harness.trace(null, new double[][] {Harness.times(0, 0.25, 8)}, new double[][] {ramp(8, -65)});
    }

    @Test
    void anEndpointNamedOnlyInTheFileNeverReceivesTheKey() throws Exception {
        TimeGptForecasterNodeModel.setEnvironment(Map.of()); // the user named no endpoint
        enqueue(1, 3);
        Node node = NodeTesting.node(new TimeGptForecasterNodeFactory(), settings(""));
        InvalidSettingsException e = assertThrows(InvalidSettingsException.class,
                () -> Harness.run(node, smallTrace()));
        assertTrue(e.getMessage().startsWith("Setting 'baseUrl': "), e.getMessage());
        assertTrue(e.getMessage().contains(server.url("/").toString()), e.getMessage());
        assertTrue(e.getMessage().contains("--timegpt-url"), e.getMessage());
        assertFalse(e.getMessage().contains(KEY), e.getMessage());
        // without a key and with an offline fallback the file's endpoint is refused all the same
        Node fallback = NodeTesting.node(new TimeGptForecasterNodeFactory(), "{'baseUrl': 'http://203.0.113.9/',"
                + " 'offlineFallback': 'drift', 'h': 3}");
        assertThrows(InvalidSettingsException.class, () -> Harness.configure(fallback, smallTrace()));
        assertEquals(0, server.getRequestCount(), "the server named in the file saw no request");
    }

    @Test
    void anEndpointTheUserNamesOnTheCommandLineReceivesTheKey() throws Exception {
        TimeGptForecasterNodeModel.setEnvironment(Map.of("NIXTLA_API_KEY", KEY));
        enqueue(1, 3);
        Node node = NodeTesting.node(new TimeGptForecasterNodeFactory(), "{'h': 3, 'maxAttempts': 1}");
        node.setUserGrants(new UserGrants(List.of(), Map.of(UserGrants.TIMEGPT, server.url("/").toString())));
        assertEquals(3, Harness.run(node, smallTrace()).getRowCount());
        assertEquals("Bearer " + KEY, server.takeRequest(5, TimeUnit.SECONDS).getHeader("Authorization"));
    }

    @Test
    void theOfficialEndpointInTheFileIsAcceptedAndPlainHttpElsewhereIsNot() throws Exception {
        TimeGptForecasterNodeModel.setEnvironment(Map.of("NIXTLA_API_KEY", KEY));
        Node official = NodeTesting.node(new TimeGptForecasterNodeFactory(),
                "{'baseUrl': 'https://api.nixtla.io/', 'h': 3}");
        Harness.configure(official, smallTrace()); // configure sends nothing

        TimeGptForecasterNodeModel.setEnvironment(Map.of("NIXTLA_API_KEY", KEY, "NIXTLA_BASE_URL",
                "http://forecast.example.org/"));
        Node node = NodeTesting.node(new TimeGptForecasterNodeFactory(), "{'h': 3}");
        InvalidSettingsException e = assertThrows(InvalidSettingsException.class,
                () -> Harness.configure(node, smallTrace()));
        assertTrue(e.getMessage().contains("plain http"), e.getMessage());
        assertEquals(0, server.getRequestCount());
    }

    @Test
    void theKeyIsNeverInTheSavedSettings() throws Exception {
        Node node = NodeTesting.node(new TimeGptForecasterNodeFactory(), settings(""));
        String saved = node.getSettingsJson(false).toString();
        assertFalse(saved.contains(KEY), saved);
        assertFalse(node.getSettingsJson(false).has("apiKey"), saved);
        assertTrue(saved.contains("baseUrl"), saved);
        assertEquals(KEY, node.getSettingsJson(true).get("apiKey").asText());
    }
}
