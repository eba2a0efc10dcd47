package org.spikeflow.forecast.timegpt;

import java.io.IOException;
import java.io.InterruptedIOException;
import java.net.SocketTimeoutException;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Set;

import org.spikeflow.forecast.Forecast;
import org.spikeflow.forecast.ForecastColumns;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;

import okhttp3.HttpUrl;
import okhttp3.MediaType;
import okhttp3.OkHttpClient;
import okhttp3.Request;
import okhttp3.RequestBody;
import okhttp3.Response;
import okhttp3.ResponseBody;

/**
 * TimeGPT REST client ({@code POST v2/forecast}). Thread-safe; close it to release OkHttp's threads and connections.
 * <p> Retries like Nixtla's SDK on HTTP 408, 409, 429, 502, 503, 504 and on network errors (including timeouts), with
 * exponential back-off ({@link TimeGptSettings#initialBackoff()} doubled per retry up to
 * {@link TimeGptSettings#maxBackoff()}), at most {@link TimeGptSettings#maxAttempts()} attempts and never beyond
 * {@link TimeGptSettings#maxTotalTime()}. Other statuses fail at once.
 */
public final class TimeGptClient implements AutoCloseable {

    /** Statuses retried by the SDK. */
    public static final Set<Integer> RETRY_STATUSES = Set.of(408, 409, 429, 502, 503, 504);
    static final String PATH = "v2/forecast";
    private static final MediaType JSON = MediaType.get("application/json");

    private final TimeGptSettings settings;
    private final OkHttpClient http;
    private final HttpUrl url;
    private final ObjectMapper mapper = new ObjectMapper();

    public TimeGptClient(TimeGptSettings settings) {
        this.settings = settings;
        HttpUrl base = HttpUrl.parse(settings.baseUrl());
        if (base == null) {
            throw new IllegalArgumentException("Invalid base URL: " + settings.baseUrl());
        }
        this.url = base.newBuilder().addPathSegments(PATH).build();
        this.http = new OkHttpClient.Builder()
                .connectTimeout(settings.connectTimeout())
                .readTimeout(settings.readTimeout())
                .writeTimeout(settings.readTimeout())
                .retryOnConnectionFailure(false) // retries are ours (counted and bounded)
                .followSslRedirects(false) // a redirect must not carry the key from https to plain http
                .build();
    }

    public TimeGptSettings settings() {
        return settings;
    }

    /** @return the endpoint URL */
    public String endpoint() {
        return url.toString();
    }

    /**
     * Validates the request (no HTTP call when it is invalid or no key is set), sends it in partitions of at most
     * {@link TimeGptSettings#maxValuesPerRequest()} values (whole series; a longer single series goes alone) and merges
     * the results in input order.
     *
     * @throws IllegalArgumentException
     *             invalid request
     * @throws IllegalStateException
     *             no API key
     * @throws TimeGptException
     *             HTTP error, network error after retries, unreadable response
     */
    public List<TimeGptSeriesForecast> forecast(TimeGptRequest request) throws TimeGptException {
        request.validate();
        if (!settings.hasApiKey()) {
            throw new IllegalStateException("No Nixtla API key: set the environment variable "
                    + TimeGptSettings.ENV_API_KEY + " or supply the credential");
        }
        List<TimeGptSeriesForecast> out = new ArrayList<>();
        for (List<TimeGptSeries> part : partitions(request.series(), settings.maxValuesPerRequest())) {
            byte[] body = requestBody(request, part);
            JsonNode response = send(body);
            out.addAll(parse(request, part, response));
        }
        return out;
    }

    static List<List<TimeGptSeries>> partitions(List<TimeGptSeries> series, int maxValues) {
        List<List<TimeGptSeries>> parts = new ArrayList<>();
        List<TimeGptSeries> cur = new ArrayList<>();
        long n = 0;
        for (TimeGptSeries s : series) {
            if (!cur.isEmpty() && n + s.size() > maxValues) {
                parts.add(cur);
                cur = new ArrayList<>();
                n = 0;
            }
            cur.add(s);
            n += s.size();
        }
        if (!cur.isEmpty()) {
            parts.add(cur);
        }
        return parts;
    }

    /** @return the JSON body for the series of one partition, in the field order of the SDK */
    byte[] requestBody(TimeGptRequest r, List<TimeGptSeries> part) {
        ObjectNode root = mapper.createObjectNode();
        ObjectNode series = root.putObject("series");
        ArrayNode y = series.putArray("y");
        ArrayNode sizes = series.putArray("sizes");
        for (TimeGptSeries s : part) {
            for (int i = 0; i < s.size(); i++) {
                y.add(s.value(i));
            }
            sizes.add(s.size());
        }
        series.putNull("X");
        series.putNull("X_future");
        root.put("model", r.model());
        root.put("h", r.h());
        root.put("freq", r.freq());
        root.put("clean_ex_first", r.cleanExFirst());
        double[] levels = r.levels();
        if (levels.length == 0) {
            root.putNull("level");
        } else {
            ArrayNode l = root.putArray("level");
            for (double v : levels) {
                if (v == Math.rint(v)) {
                    l.add((long) v);
                } else {
                    l.add(v);
                }
            }
        }
        root.put("finetune_steps", r.finetuneSteps());
        root.put("finetune_depth", r.finetuneDepth());
        root.put("finetune_loss", r.finetuneLoss());
        root.putNull("finetuned_model_id");
        root.put("feature_contributions", false);
        try {
            return mapper.writeValueAsBytes(root);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException(e);
        }
    }

    private JsonNode send(byte[] body) throws TimeGptException {
        Request req = new Request.Builder().url(url)
                .header("Authorization", "Bearer " + settings.apiKey())
                .header("Accept", "application/json")
                .header("User-Agent", "spikeflow-timegpt/0.1")
                .post(RequestBody.create(body, JSON))
                .build();
        long start = System.nanoTime();
        long deadline = start + settings.maxTotalTime().toNanos();
        long backoff = settings.initialBackoff().toNanos();
        int attempt = 0;
        while (true) {
            attempt++;
            String failure;
            int status = -1;
            Throwable cause = null;
            try (Response resp = http.newCall(req).execute()) {
                status = resp.code();
                ResponseBody rb = resp.body();
                String text = rb == null ? "" : rb.string();
                if (resp.isSuccessful()) {
                    try {
                        return mapper.readTree(text);
                    } catch (JsonProcessingException e) {
                        throw new TimeGptException("TimeGPT returned malformed JSON (HTTP " + status + "): "
                                + scrub(e.getOriginalMessage()), status, attempt, null);
                    }
                }
                String msg = serverMessage(text);
                if (status == 401) {
                    throw new TimeGptException("TimeGPT request failed with HTTP 401: the API key is invalid"
                            + (msg.isEmpty() ? "" : " (" + msg + ")"), status, attempt, null);
                }
                failure = "HTTP " + status + (msg.isEmpty() ? "" : ": " + msg);
                if (!RETRY_STATUSES.contains(status)) {
                    throw new TimeGptException("TimeGPT request failed with " + failure, status, attempt, null);
                }
            } catch (SocketTimeoutException e) {
                failure = "timed out (" + scrub(e.getMessage()) + ")";
                cause = e;
                status = -1;
            } catch (InterruptedIOException e) {
                throw new TimeGptException("TimeGPT request interrupted", -1, attempt, e);
            } catch (java.net.UnknownHostException e) {
                // a name that does not resolve (no network, no DNS, a typo) will not resolve on a retry either
                throw new TimeGptException("TimeGPT request failed: the host name '" + url.host() + "' cannot be "
                        + "resolved (no network connection or DNS, or a wrong endpoint); not retried", -1, attempt, e);
            } catch (IOException e) {
                failure = "network error: " + e.getClass().getSimpleName() + ": " + scrub(e.getMessage());
                cause = e;
                status = -1;
            }
            long now = System.nanoTime();
            long wait = Math.min(backoff, settings.maxBackoff().toNanos());
            if (attempt >= settings.maxAttempts() || now + wait >= deadline) {
                throw new TimeGptException("TimeGPT request failed after " + attempt + " attempt(s) in "
                        + Duration.ofNanos(now - start).toMillis() + " ms; last error: " + failure, status, attempt,
                        cause);
            }
            try {
                Thread.sleep(wait / 1_000_000, (int) (wait % 1_000_000));
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw new TimeGptException("TimeGPT request interrupted", status, attempt, e);
            }
            backoff = Math.min(Math.max(1, backoff) * 2, settings.maxBackoff().toNanos());
        }
    }

    /**
     * @return the server's message from a JSON error body ({@code detail}, {@code message}, {@code error}) or the text
     */
    private String serverMessage(String text) {
        String msg = text == null ? "" : text.strip();
        try {
            JsonNode n = mapper.readTree(msg);
            if (n != null && n.isObject()) {
                for (String k : new String[] {"detail", "message", "error"}) {
                    JsonNode v = n.get(k);
                    if (v != null && !v.isNull()) {
                        msg = v.isTextual() ? v.asText() : v.toString();
                        break;
                    }
                }
            }
        } catch (JsonProcessingException e) {
            // not JSON: keep the text
        }
        if (msg.length() > 500) {
            msg = msg.substring(0, 500) + "...";
        }
        return scrub(msg);
    }

    /** Removes the API key from text that goes into messages (in case a server or library echoes it). */
    private String scrub(String text) {
        if (text == null) {
            return "";
        }
        String key = settings.apiKey();
        return key == null || key.isEmpty() ? text : text.replace(key, "****");
    }

    private List<TimeGptSeriesForecast> parse(TimeGptRequest r, List<TimeGptSeries> part, JsonNode root)
            throws TimeGptException {
        if (root != null && root.isObject() && root.has("data") && root.get("data").isObject()) {
            root = root.get("data");
        }
        if (root == null || !root.isObject()) {
            throw malformed("response is not a JSON object");
        }
        int h = r.h();
        int n = h * part.size();
        double[] mean = numbers(root.get("mean"), "mean", n);
        double[] levels = r.levels();
        double[][] lo = new double[levels.length][];
        double[][] hi = new double[levels.length][];
        if (levels.length > 0) {
            JsonNode intervals = root.get("intervals");
            if (intervals == null || !intervals.isObject()) {
                throw malformed("'intervals' missing although levels " + Arrays.toString(levels) + " were requested");
            }
            for (int i = 0; i < levels.length; i++) {
                String lk = ForecastColumns.loKey(levels[i]);
                String hk = ForecastColumns.hiKey(levels[i]);
                lo[i] = numbers(intervals.get(lk), "intervals." + lk, n);
                hi[i] = numbers(intervals.get(hk), "intervals." + hk, n);
            }
        }
        String freq = r.freq();
        List<TimeGptSeriesForecast> out = new ArrayList<>();
        for (int s = 0; s < part.size(); s++) {
            TimeGptSeries ser = part.get(s);
            int from = s * h;
            double[][] slo = new double[levels.length][];
            double[][] shi = new double[levels.length][];
            for (int i = 0; i < levels.length; i++) {
                slo[i] = Arrays.copyOfRange(lo[i], from, from + h);
                shi[i] = Arrays.copyOfRange(hi[i], from, from + h);
            }
            Forecast f = new Forecast(TimeGptSeriesForecast.MODEL_COLUMN, ser.dtMs(),
                    Arrays.copyOfRange(mean, from, from + h), levels, slo, shi);
            int len = ser.size();
            double[] times = new double[h];
            for (int k = 0; k < h; k++) {
                times[k] = ser.startMs() + (len + k) * ser.dtMs();
            }
            List<String> stamps = null;
            if (r.convention() == TimeConvention.LEGACY_PYTHON) {
                stamps = new ArrayList<>(h);
                for (int k = 0; k < h; k++) {
                    stamps.add(ForecastColumns.seedTimestamp(len + k));
                }
            }
            out.add(new TimeGptSeriesForecast(ser.id(), f, times, stamps, freq));
        }
        return out;
    }

    private static double[] numbers(JsonNode node, String name, int expected) throws TimeGptException {
        if (node == null || !node.isArray()) {
            throw malformed("'" + name + "' missing or not an array");
        }
        if (node.size() != expected) {
            throw malformed("'" + name + "' has " + node.size() + " values, expected " + expected);
        }
        double[] v = new double[expected];
        for (int i = 0; i < expected; i++) {
            JsonNode e = node.get(i);
            if (!e.isNumber()) {
                throw malformed("'" + name + "'[" + i + "] is not a number: " + e);
            }
            v[i] = e.asDouble();
        }
        return v;
    }

    private static TimeGptException malformed(String what) {
        return new TimeGptException("TimeGPT returned a malformed response: " + what, 200, 1, null);
    }

    @Override
    public void close() {
        http.dispatcher().executorService().shutdown();
        http.connectionPool().evictAll();
    }
}
