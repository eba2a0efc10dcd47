package org.spikeflow.forecast.timegpt;

import java.time.Duration;
import java.util.Map;
import java.util.Objects;

/**
 * Connection settings of the TimeGPT client. The API key is kept private: {@link #toString()} masks it and no message
 * of this bundle contains it. Defaults follow Nixtla's SDK where it has one (6 attempts, 360 s total wait, 60 s
 * timeout).
 */
public final class TimeGptSettings {

    public static final String ENV_BASE_URL = "NIXTLA_BASE_URL";
    public static final String ENV_API_KEY = "NIXTLA_API_KEY";
    public static final String DEFAULT_BASE_URL = "https://api.nixtla.io";

    private final String baseUrl;
    private final String apiKey;
    private final Duration connectTimeout;
    private final Duration readTimeout;
    private final int maxAttempts;
    private final Duration initialBackoff;
    private final Duration maxBackoff;
    private final Duration maxTotalTime;
    private final int maxValuesPerRequest;

    private TimeGptSettings(Builder b) {
        this.baseUrl = b.baseUrl;
        this.apiKey = b.apiKey;
        this.connectTimeout = b.connectTimeout;
        this.readTimeout = b.readTimeout;
        this.maxAttempts = b.maxAttempts;
        this.initialBackoff = b.initialBackoff;
        this.maxBackoff = b.maxBackoff;
        this.maxTotalTime = b.maxTotalTime;
        this.maxValuesPerRequest = b.maxValuesPerRequest;
    }

    public static Builder builder() {
        return new Builder();
    }

    /** @return a builder with base URL and key from {@code NIXTLA_BASE_URL} / {@code NIXTLA_API_KEY} of the process */
    public static Builder fromEnvironment() {
        return fromEnvironment(System.getenv());
    }

    /** @return a builder with base URL and key taken from the given environment (blank values are ignored) */
    public static Builder fromEnvironment(Map<String, String> env) {
        Builder b = builder();
        String url = env.get(ENV_BASE_URL);
        if (url != null && !url.isBlank()) {
            b.baseUrl(url.trim());
        }
        String key = env.get(ENV_API_KEY);
        if (key != null && !key.isBlank()) {
            b.apiKey(key.trim());
        }
        return b;
    }

    public String baseUrl() {
        return baseUrl;
    }

    /** @return whether an API key is set */
    public boolean hasApiKey() {
        return apiKey != null && !apiKey.isEmpty();
    }

    /** Package-private: only the client reads the key (for the Authorization header). */
    String apiKey() {
        return apiKey;
    }

    public Duration connectTimeout() {
        return connectTimeout;
    }

    public Duration readTimeout() {
        return readTimeout;
    }

    public int maxAttempts() {
        return maxAttempts;
    }

    public Duration initialBackoff() {
        return initialBackoff;
    }

    public Duration maxBackoff() {
        return maxBackoff;
    }

    public Duration maxTotalTime() {
        return maxTotalTime;
    }

    public int maxValuesPerRequest() {
        return maxValuesPerRequest;
    }

    @Override
    public String toString() {
        return "TimeGptSettings[baseUrl=" + baseUrl + ", apiKey=" + (hasApiKey() ? "****" : "<none>")
                + ", connectTimeout=" + connectTimeout + ", readTimeout=" + readTimeout + ", maxAttempts="
                + maxAttempts + ", initialBackoff=" + initialBackoff + ", maxBackoff=" + maxBackoff
                + ", maxTotalTime=" + maxTotalTime + ", maxValuesPerRequest=" + maxValuesPerRequest + "]";
    }

    /** Builder; every value is validated when set. */
    public static final class Builder {
        private String baseUrl = DEFAULT_BASE_URL;
        private String apiKey;
        private Duration connectTimeout = Duration.ofSeconds(10);
        private Duration readTimeout = Duration.ofSeconds(60);
        private int maxAttempts = 6;
        private Duration initialBackoff = Duration.ofSeconds(1);
        private Duration maxBackoff = Duration.ofSeconds(30);
        private Duration maxTotalTime = Duration.ofSeconds(360);
        private int maxValuesPerRequest = 1_000_000;

        private Builder() {
        }

        public Builder baseUrl(String url) {
            Objects.requireNonNull(url, "baseUrl");
            if (!url.startsWith("http://") && !url.startsWith("https://")) {
                throw new IllegalArgumentException("Base URL must start with http:// or https://: " + url);
            }
            TimeGptEndpoint.requireSafeTransport(url, "Base URL");
            this.baseUrl = url;
            return this;
        }

        /**
         * @param key
         *            the API key (a supplied credential); {@code null} clears it
         */
        public Builder apiKey(String key) {
            this.apiKey = key == null || key.isBlank() ? null : key;
            return this;
        }

        public Builder connectTimeout(Duration d) {
            this.connectTimeout = positive(d, "connectTimeout");
            return this;
        }

        public Builder readTimeout(Duration d) {
            this.readTimeout = positive(d, "readTimeout");
            return this;
        }

        /**
         * @param n
         *            total number of HTTP attempts per request (1 = no retry)
         */
        public Builder maxAttempts(int n) {
            this.maxAttempts = Arguments.atLeast("maxAttempts", n, 1);
            return this;
        }

        /**
         * @param d
         *            first back-off; doubled after each retry up to {@link #maxBackoff(Duration)}
         */
        public Builder initialBackoff(Duration d) {
            this.initialBackoff = nonNegative(d, "initialBackoff");
            return this;
        }

        public Builder maxBackoff(Duration d) {
            this.maxBackoff = nonNegative(d, "maxBackoff");
            return this;
        }

        /**
         * @param d
         *            bound on the total time of one request including retries and back-off
         */
        public Builder maxTotalTime(Duration d) {
            this.maxTotalTime = positive(d, "maxTotalTime");
            return this;
        }

        /**
         * @param n
         *            maximum number of y values per HTTP request; more series are split into several requests
         */
        public Builder maxValuesPerRequest(int n) {
            this.maxValuesPerRequest = Arguments.atLeast("maxValuesPerRequest", n, 1);
            return this;
        }

        public TimeGptSettings build() {
            return new TimeGptSettings(this);
        }

        private static Duration positive(Duration d, String name) {
            Objects.requireNonNull(d, name);
            if (d.isNegative() || d.isZero()) {
                throw new IllegalArgumentException(name + " must be positive, got " + d);
            }
            return d;
        }

        private static Duration nonNegative(Duration d, String name) {
            Objects.requireNonNull(d, name);
            if (d.isNegative()) {
                throw new IllegalArgumentException(name + " must not be negative, got " + d);
            }
            return d;
        }
    }
}
