package org.spikeflow.forecast.timegpt.tests;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.net.InetAddress;
import java.net.SocketTimeoutException;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.spikeflow.forecast.timegpt.TimeConvention;
import org.spikeflow.forecast.timegpt.TimeGptClient;
import org.spikeflow.forecast.timegpt.TimeGptException;
import org.spikeflow.forecast.timegpt.TimeGptRequest;
import org.spikeflow.forecast.timegpt.TimeGptSeries;
import org.spikeflow.forecast.timegpt.TimeGptSeriesForecast;
import org.spikeflow.forecast.timegpt.TimeGptSettings;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;

import okhttp3.mockwebserver.MockResponse;
import okhttp3.mockwebserver.MockWebServer;
import okhttp3.mockwebserver.RecordedRequest;
import okhttp3.mockwebserver.SocketPolicy;

/** The client against OkHttp's MockWebServer on 127.0.0.1: request contract, responses, retries, errors. */
class TimeGptClientTest {

    private static final String KEY = "test-key-0123456789-secret";
    private static final ObjectMapper JSON = new ObjectMapper();

    private MockWebServer server;
    private TimeGptClient client;

    @BeforeEach
    void start() throws IOException {
        server = new MockWebServer();
        server.start(InetAddress.getByName("127.0.0.1"), 0);
        client = new TimeGptClient(settings().build());
    }

    @AfterEach
    void stop() throws IOException {
        client.close();
        server.shutdown();
    }

    private TimeGptSettings.Builder settings() {
        return TimeGptSettings.builder().baseUrl(server.url("/").toString()).apiKey(KEY)
                .connectTimeout(Duration.ofSeconds(2)).readTimeout(Duration.ofSeconds(5))
                .initialBackoff(Duration.ofMillis(5)).maxBackoff(Duration.ofMillis(20))
                .maxTotalTime(Duration.ofSeconds(20));
    }

    private static TimeGptSeries series(String id, int n, double offset) {
        double[] y = new double[n];
        for (int i = 0; i < n; i++) {
            y[i] = offset + i * 0.5;
        }
        return new TimeGptSeries(id, y, 0, 0.25);
    }

    /** Response body: mean = base + k, intervals lo/hi = mean -/+ level/10, for n values. */
    private static String response(int n, boolean wrap) throws IOException {
        ObjectNode body = JSON.createObjectNode();
        ArrayNode mean = body.putArray("mean");
        ObjectNode intervals = body.putObject("intervals");
        for (int k = 0; k < n; k++) {
            mean.add(-70.0 + k);
        }
        for (int level : new int[] {80, 90}) {
            ArrayNode lo = intervals.putArray("lo-" + level);
            ArrayNode hi = intervals.putArray("hi-" + level);
            for (int k = 0; k < n; k++) {
                lo.add(-70.0 + k - level / 10.0);
                hi.add(-70.0 + k + level / 10.0);
            }
        }
        if (wrap) {
            ObjectNode w = JSON.createObjectNode();
            w.set("data", body);
            w.put("message", "success");
            return JSON.writeValueAsString(w);
        }
        return JSON.writeValueAsString(body);
    }

    private static MockResponse ok(String body) {
        return new MockResponse().setResponseCode(200).setHeader("Content-Type", "application/json").setBody(body);
    }

    private RecordedRequest take() throws InterruptedException {
        RecordedRequest r = server.takeRequest(5, TimeUnit.SECONDS);
        assertTrue(r != null, "request expected");
        return r;
    }

    @Test
    void sendsTheRequestExactlyAsTheContractSays() throws Exception {
        server.enqueue(ok(response(3, false)));
        TimeGptRequest req = TimeGptRequest.builder(3).series(series("RS", 8, -65)).finetuneSteps(10).build();
        List<TimeGptSeriesForecast> out = client.forecast(req);

        RecordedRequest r = take();
        assertEquals("POST", r.getMethod());
        assertEquals("/v2/forecast", r.getPath());
        assertEquals("Bearer " + KEY, r.getHeader("Authorization"));
        assertEquals("application/json", r.getHeader("Content-Type"));
        JsonNode body = JSON.readTree(r.getBody().readUtf8());
        List<String> fields = new ArrayList<>();
        body.fieldNames().forEachRemaining(fields::add);
        assertEquals(List.of("series", "model", "h", "freq", "clean_ex_first", "level", "finetune_steps",
                "finetune_depth", "finetune_loss", "finetuned_model_id", "feature_contributions"), fields);
        JsonNode s = body.get("series");
        List<String> sfields = new ArrayList<>();
        s.fieldNames().forEachRemaining(sfields::add);
        assertEquals(List.of("y", "sizes", "X", "X_future"), sfields);
        assertEquals(8, s.get("y").size());
        for (int i = 0; i < 8; i++) {
            assertEquals(-65 + i * 0.5, s.get("y").get(i).asDouble(), 0);
        }
        assertEquals("[8]", s.get("sizes").toString());
        assertTrue(s.get("X").isNull());
        assertTrue(s.get("X_future").isNull());
        assertEquals("timegpt-1", body.get("model").asText());
        assertEquals(3, body.get("h").asInt());
        assertTrue(body.get("h").isInt());
        assertEquals("250us", body.get("freq").asText());
        assertTrue(body.get("clean_ex_first").asBoolean());
        assertEquals("[80,90]", body.get("level").toString());
        assertEquals(10, body.get("finetune_steps").asInt());
        assertEquals(1, body.get("finetune_depth").asInt());
        assertEquals("default", body.get("finetune_loss").asText());
        assertTrue(body.get("finetuned_model_id").isNull());
        assertTrue(body.get("feature_contributions").isBoolean());
        assertFalse(body.get("feature_contributions").asBoolean());
        assertEquals(1, server.getRequestCount());

        assertEquals(1, out.size());
        TimeGptSeriesForecast f = out.get(0);
        assertEquals("RS", f.id());
        assertEquals("250us", f.freq());
        assertEquals(List.of("TimeGPT", "TimeGPT-hi-80", "TimeGPT-hi-90", "TimeGPT-lo-80", "TimeGPT-lo-90"),
                f.forecast().columnNames());
        assertArrayEquals(new double[] {-70, -69, -68}, f.forecast().mean(), 1e-12);
        assertArrayEquals(new double[] {-78, -77, -76}, f.forecast().lower(80), 1e-12);
        assertArrayEquals(new double[] {-61, -60, -59}, f.forecast().column("TimeGPT-hi-90"), 1e-12);
        assertArrayEquals(new double[] {2.0, 2.25, 2.5}, f.timesMs(), 1e-12);
        assertNull(f.timestamps());
    }

    @Test
    void unwrapsDataAndSplitsSeveralSeriesBySizes() throws Exception {
        server.enqueue(ok(response(4, true)));
        TimeGptRequest req = TimeGptRequest.builder(2).model(TimeGptRequest.MODEL_LONG_HORIZON)
                .series(series("A", 4, 0)).series(series("B", 5, 10)).build();
        List<TimeGptSeriesForecast> out = client.forecast(req);
        JsonNode body = JSON.readTree(take().getBody().readUtf8());
        assertEquals("timegpt-1-long-horizon", body.get("model").asText());
        assertEquals("[4,5]", body.get("series").get("sizes").toString());
        assertEquals(9, body.get("series").get("y").size());
        assertEquals(10.0, body.get("series").get("y").get(4).asDouble(), 0);
        assertEquals(0, body.get("finetune_steps").asInt());

        assertEquals(2, out.size());
        assertEquals("A", out.get(0).id());
        assertEquals("B", out.get(1).id());
        assertArrayEquals(new double[] {-70, -69}, out.get(0).forecast().mean(), 1e-12);
        assertArrayEquals(new double[] {-68, -67}, out.get(1).forecast().mean(), 1e-12);
        assertArrayEquals(new double[] {-68 + 9, -67 + 9}, out.get(1).forecast().upper(90), 1e-12);
        assertArrayEquals(new double[] {1.25, 1.5}, out.get(1).timesMs(), 1e-12);
    }

    @Test
    void seedConventionSends25msAndLabelsFromTheSeedStart() throws Exception {
        server.enqueue(ok(response(2, false)));
        TimeGptRequest req = TimeGptRequest.builder(2).convention(TimeConvention.LEGACY_PYTHON)
                .series(series("RS", 2000, -65)).build();
        TimeGptSeriesForecast f = client.forecast(req).get(0);
        assertEquals("25ms", JSON.readTree(take().getBody().readUtf8()).get("freq").asText());
        assertEquals(List.of("2023-01-01 00:00:50.000", "2023-01-01 00:00:50.025"), f.timestamps());
        assertArrayEquals(new double[] {500.0, 500.25}, f.timesMs(), 1e-9);
        assertEquals("25ms", f.freq());
    }

    @Test
    void explicitFreqAndNoLevelsSendNullLevel() throws Exception {
        ObjectNode body = JSON.createObjectNode();
        body.putArray("mean").add(1.0).add(2.0);
        body.putNull("intervals");
        server.enqueue(ok(JSON.writeValueAsString(body)));
        TimeGptRequest req = TimeGptRequest.builder(2).freq("ms").levels().series(series("x", 1, 0)).build();
        TimeGptSeriesForecast f = client.forecast(req).get(0);
        JsonNode sent = JSON.readTree(take().getBody().readUtf8());
        assertTrue(sent.get("level").isNull());
        assertEquals("ms", sent.get("freq").asText());
        assertEquals(List.of("TimeGPT"), f.forecast().columnNames());
        assertArrayEquals(new double[] {1, 2}, f.forecast().mean(), 0);
    }

    @ParameterizedTest
    @ValueSource(ints = {408, 409, 429, 502, 503, 504})
    void retriesRetryableStatusesThenSucceeds(int status) throws Exception {
        server.enqueue(new MockResponse().setResponseCode(status).setBody("{\"detail\":\"busy\"}"));
        server.enqueue(new MockResponse().setResponseCode(status).setBody("{\"detail\":\"busy\"}"));
        server.enqueue(ok(response(3, true)));
        List<TimeGptSeriesForecast> out = client.forecast(TimeGptRequest.builder(3).series(series("a", 6, 0)).build());
        assertEquals(3, server.getRequestCount());
        assertArrayEquals(new double[] {-70, -69, -68}, out.get(0).forecast().mean(), 0);
        String first = take().getBody().readUtf8();
        assertEquals(first, take().getBody().readUtf8(), "retries resend the same body");
    }

    @Test
    void retriesNetworkErrorsThenSucceeds() throws Exception {
        server.enqueue(new MockResponse().setSocketPolicy(SocketPolicy.DISCONNECT_AT_START));
        server.enqueue(new MockResponse().setSocketPolicy(SocketPolicy.DISCONNECT_AFTER_REQUEST));
        server.enqueue(ok(response(3, false)));
        List<TimeGptSeriesForecast> out = client.forecast(TimeGptRequest.builder(3).series(series("a", 6, 0)).build());
        assertEquals(1, out.size());
        assertEquals(3, server.getRequestCount());
    }

    @Test
    void retryableStatusGivesUpAfterMaxAttempts() throws Exception {
        client.close();
        client = new TimeGptClient(settings().maxAttempts(3).build());
        for (int i = 0; i < 5; i++) {
            server.enqueue(new MockResponse().setResponseCode(503).setBody("{\"detail\":\"overloaded\"}"));
        }
        TimeGptException e = assertThrows(TimeGptException.class,
                () -> client.forecast(TimeGptRequest.builder(3).series(series("a", 6, 0)).build()));
        assertEquals(3, server.getRequestCount());
        assertEquals(3, e.attempts());
        assertEquals(503, e.status());
        assertTrue(e.getMessage().contains("503") && e.getMessage().contains("overloaded"), e.getMessage());
    }

    @Test
    void totalTimeBoundStopsRetrying() throws Exception {
        client.close();
        client = new TimeGptClient(settings().maxAttempts(100).initialBackoff(Duration.ofMillis(300))
                .maxBackoff(Duration.ofSeconds(5)).maxTotalTime(Duration.ofMillis(1000)).build());
        for (int i = 0; i < 10; i++) {
            server.enqueue(new MockResponse().setResponseCode(429).setBody("slow down"));
        }
        TimeGptException e = assertThrows(TimeGptException.class,
                () -> client.forecast(TimeGptRequest.builder(3).series(series("a", 6, 0)).build()));
        // back-off 300, 600 ms: the third wait (1200 ms) would pass the bound, so at most 3 of the 100 allowed
        // attempts are made (2 when this shared machine stalls a request; no wall-clock assertion)
        int requests = server.getRequestCount();
        assertTrue(requests >= 2 && requests <= 3, requests + " requests");
        assertEquals(429, e.status());
        assertTrue(e.getMessage().contains("slow down"), e.getMessage());
    }

    @Test
    void unauthorizedFailsAtOnceWithoutPrintingTheKey() {
        server.enqueue(new MockResponse().setResponseCode(401)
                .setBody("{\"detail\":\"Invalid API key " + KEY + "\"}"));
        TimeGptException e = assertThrows(TimeGptException.class,
                () -> client.forecast(TimeGptRequest.builder(3).series(series("a", 6, 0)).build()));
        assertEquals(1, server.getRequestCount());
        assertEquals(401, e.status());
        assertTrue(e.getMessage().contains("401") && e.getMessage().contains("the API key is invalid"), e.getMessage());
        assertFalse(e.getMessage().contains(KEY), e.getMessage());
        assertFalse(e.getMessage().contains("0123456789"), e.getMessage());
    }

    @Test
    void badRequestFailsAtOnceWithTheServerMessage() {
        server.enqueue(new MockResponse().setResponseCode(400)
                .setBody("{\"detail\":\"freq '250us' is not supported\"}"));
        TimeGptException e = assertThrows(TimeGptException.class,
                () -> client.forecast(TimeGptRequest.builder(3).series(series("a", 6, 0)).build()));
        assertEquals(1, server.getRequestCount());
        assertEquals(400, e.status());
        assertTrue(e.getMessage().contains("HTTP 400: freq '250us' is not supported"), e.getMessage());
    }

    @Test
    void malformedJsonFails() {
        server.enqueue(ok("{\"mean\": [1, 2, "));
        TimeGptException e = assertThrows(TimeGptException.class,
                () -> client.forecast(TimeGptRequest.builder(3).series(series("a", 6, 0)).build()));
        assertTrue(e.getMessage().contains("malformed"), e.getMessage());
        assertEquals(1, server.getRequestCount());
    }

    @Test
    void wrongShapeFails() throws Exception {
        server.enqueue(ok(response(2, false)));
        TimeGptException e = assertThrows(TimeGptException.class,
                () -> client.forecast(TimeGptRequest.builder(3).series(series("a", 6, 0)).build()));
        assertTrue(e.getMessage().contains("'mean' has 2 values, expected 3"), e.getMessage());
        server.enqueue(ok("{\"mean\":[1,2,3],\"intervals\":{\"lo-80\":[1,2,3]}}"));
        e = assertThrows(TimeGptException.class,
                () -> client.forecast(TimeGptRequest.builder(3).series(series("a", 6, 0)).build()));
        assertTrue(e.getMessage().contains("hi-80"), e.getMessage());
    }

    @Test
    void slowResponseHitsTheReadTimeout() throws Exception {
        client.close();
        client = new TimeGptClient(settings().readTimeout(Duration.ofMillis(200)).maxAttempts(2).build());
        server.enqueue(ok(response(3, false)).setHeadersDelay(1, TimeUnit.SECONDS));
        server.enqueue(ok(response(3, false)).setHeadersDelay(1, TimeUnit.SECONDS));
        long t0 = System.nanoTime();
        TimeGptException e = assertThrows(TimeGptException.class,
                () -> client.forecast(TimeGptRequest.builder(3).series(series("a", 6, 0)).build()));
        double s = (System.nanoTime() - t0) / 1e9;
        assertEquals(2, e.attempts());
        assertEquals(-1, e.status());
        assertInstanceOf(SocketTimeoutException.class, e.getCause());
        assertTrue(e.getMessage().contains("timed out"), e.getMessage());
        assertTrue(s < 1.5, "read timeout applied, took " + s + " s");
    }

    @Test
    void largePayloadsArePartitionedAndMergedInOrder() throws Exception {
        client.close();
        client = new TimeGptClient(settings().maxValuesPerRequest(10).build());
        server.enqueue(ok(response(4, false)));
        server.enqueue(ok(response(2, true)));
        TimeGptRequest req = TimeGptRequest.builder(2).series(series("A", 4, 0)).series(series("B", 5, 0))
                .series(series("C", 12, 0)).build();
        List<TimeGptSeriesForecast> out = client.forecast(req);
        assertEquals(2, server.getRequestCount());
        assertEquals("[4,5]", JSON.readTree(take().getBody().readUtf8()).get("series").get("sizes").toString());
        assertEquals("[12]", JSON.readTree(take().getBody().readUtf8()).get("series").get("sizes").toString());
        assertEquals(List.of("A", "B", "C"), out.stream().map(TimeGptSeriesForecast::id).toList());
        assertArrayEquals(new double[] {-68, -67}, out.get(1).forecast().mean(), 0);
        assertArrayEquals(new double[] {-70, -69}, out.get(2).forecast().mean(), 0);
    }

    @Test
    void validationErrorsMakeNoRequest() {
        assertInvalid(TimeGptRequest.builder(0).series(series("a", 6, 0)).build(), "h must be > 0");
        assertInvalid(TimeGptRequest.builder(3).series(series("a", 5, 0)).build(), "too short: 5 values, at least 6");
        assertInvalid(TimeGptRequest.builder(3).levels().finetuneSteps(5).series(series("a", 5, 0)).build(),
                "too short");
        assertInvalid(TimeGptRequest.builder(3).modelInputSize(10).series(series("a", 12, 0)).build(),
                "at least 13");
        assertInvalid(TimeGptRequest.builder(3).series(new TimeGptSeries("n", new double[] {1, 2, Double.NaN, 4, 5,
                6}, 0, 1)).build(), "non-finite value at index 2");
        assertInvalid(TimeGptRequest.builder(3).freq(" ").series(series("a", 6, 0)).build(), "freq");
        assertInvalid(TimeGptRequest.builder(3).build(), "No series");
        assertInvalid(TimeGptRequest.builder(3).series(series("a", 6, 0))
                .series(new TimeGptSeries("b", new double[6], 0, 1)).build(), "sampling interval");
        assertThrows(IllegalArgumentException.class, () -> TimeGptRequest.builder(3).levels(100));
        assertThrows(IllegalArgumentException.class, () -> TimeGptRequest.builder(3).finetuneLoss("huber"));
        assertEquals(0, server.getRequestCount());
        // without intervals and fine-tuning one value suffices
        assertEquals(1, TimeGptRequest.builder(3).levels().series(series("a", 1, 0)).build().minSeriesLength());
    }

    private void assertInvalid(TimeGptRequest req, String messagePart) {
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class, () -> client.forecast(req));
        assertTrue(e.getMessage().contains(messagePart), e.getMessage());
    }

    @Test
    void missingKeyFailsWithoutARequest() {
        try (TimeGptClient noKey = new TimeGptClient(settings().apiKey(null).build())) {
            IllegalStateException e = assertThrows(IllegalStateException.class,
                    () -> noKey.forecast(TimeGptRequest.builder(3).series(series("a", 6, 0)).build()));
            assertTrue(e.getMessage().contains("NIXTLA_API_KEY"), e.getMessage());
        }
        assertEquals(0, server.getRequestCount());
    }

    @Test
    void settingsFromEnvironmentAndKeyNeverShown() throws Exception {
        TimeGptSettings s = TimeGptSettings.fromEnvironment(Map.of()).build();
        assertEquals("https://api.nixtla.io", s.baseUrl());
        assertFalse(s.hasApiKey());
        try (TimeGptClient c = new TimeGptClient(s)) {
            assertEquals("https://api.nixtla.io/v2/forecast", c.endpoint());
        }
        s = TimeGptSettings.fromEnvironment(Map.of("NIXTLA_BASE_URL", server.url("/").toString(),
                "NIXTLA_API_KEY", KEY)).build();
        assertTrue(s.hasApiKey());
        assertFalse(s.toString().contains(KEY), s.toString());
        server.enqueue(ok(response(3, false)));
        try (TimeGptClient c = new TimeGptClient(s)) {
            c.forecast(TimeGptRequest.builder(3).series(series("a", 6, 0)).build());
        }
        assertEquals("Bearer " + KEY, take().getHeader("Authorization"));
    }

    /** Issue 11: a host name that does not resolve (no network, a typo) fails at once instead of being retried. */
    @Test
    void anUnresolvableHostIsNotRetried() throws Exception {
        try (TimeGptClient offline = new TimeGptClient(TimeGptSettings.builder()
                .baseUrl("https://spikeflow-test-host.invalid/").apiKey(KEY).maxAttempts(6)
                .initialBackoff(Duration.ofSeconds(1)).maxBackoff(Duration.ofSeconds(16))
                .maxTotalTime(Duration.ofSeconds(60)).build())) {
            TimeGptException e = assertThrows(TimeGptException.class,
                    () -> offline.forecast(TimeGptRequest.builder(3).series(series("a", 6, 0)).build()));
            assertEquals(1, e.attempts(), e.getMessage());
            assertTrue(e.getMessage().contains("spikeflow-test-host.invalid") && e.getMessage().contains("resolved"),
                    e.getMessage());
            assertTrue(e.getCause() instanceof java.net.UnknownHostException, String.valueOf(e.getCause()));
        }
    }
}
