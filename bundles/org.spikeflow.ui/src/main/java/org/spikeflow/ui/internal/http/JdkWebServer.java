package org.spikeflow.ui.internal.http;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.atomic.AtomicInteger;

import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;

/** {@link WebServer} on the JDK's HTTP server (HTTP/1.1, one thread per open exchange, loopback only). */
final class JdkWebServer implements WebServer {
    private final HttpServer server;
    private final ExecutorService threads;

    private JdkWebServer(HttpServer server, ExecutorService threads) {
        this.server = server;
        this.threads = threads;
    }

    static JdkWebServer start(int port, Handler handler) throws IOException {
        HttpServer server = HttpServer.create(new InetSocketAddress(InetAddress.getLoopbackAddress(), port), 50);
        AtomicInteger count = new AtomicInteger();
        // Cached pool: event streams hold their thread for as long as the page is open.
        ExecutorService threads = Executors.newCachedThreadPool(task -> {
            Thread thread = new Thread(task, "spikeflow-http-" + count.incrementAndGet());
            thread.setDaemon(true);
            return thread;
        });
        server.setExecutor(threads);
        server.createContext("/", exchange -> {
            try (exchange) {
                Exchange wrapped = new Exchange(exchange);
                handler.handle(wrapped, wrapped);
                wrapped.finish();
            } catch (IOException | RuntimeException e) {
                // The client went away or the handler failed after the response started: nothing more to send.
            }
        });
        server.start();
        return new JdkWebServer(server, threads);
    }

    @Override
    public int port() {
        return server.getAddress().getPort();
    }

    @Override
    public void close() {
        server.stop(0);
        threads.shutdownNow();
    }

    private static final class Exchange implements WebRequest, WebResponse {
        private final HttpExchange exchange;
        private final Map<String, String> query;
        private boolean responded;

        Exchange(HttpExchange exchange) {
            this.exchange = exchange;
            this.query = parseQuery(exchange.getRequestURI().getRawQuery());
        }

        private static Map<String, String> parseQuery(String raw) {
            if (raw == null || raw.isEmpty()) {
                return Collections.emptyMap();
            }
            Map<String, String> result = new LinkedHashMap<>();
            for (String pair : raw.split("&")) {
                int eq = pair.indexOf('=');
                String name = URLDecoder.decode(eq < 0 ? pair : pair.substring(0, eq), StandardCharsets.UTF_8);
                String value = eq < 0 ? "" : URLDecoder.decode(pair.substring(eq + 1), StandardCharsets.UTF_8);
                result.putIfAbsent(name, value);
            }
            return Collections.unmodifiableMap(result);
        }

        @Override
        public String method() {
            return exchange.getRequestMethod();
        }

        @Override
        public String path() {
            return exchange.getRequestURI().getPath();
        }

        @Override
        public Map<String, String> query() {
            return query;
        }

        @Override
        public Optional<String> header(String name) {
            return Optional.ofNullable(exchange.getRequestHeaders().getFirst(name));
        }

        @Override
        public byte[] body(int maxBytes) throws IOException {
            try (InputStream in = exchange.getRequestBody()) {
                ByteArrayOutputStream out = new ByteArrayOutputStream();
                byte[] buffer = new byte[8192];
                int read;
                while ((read = in.read(buffer)) >= 0) {
                    out.write(buffer, 0, read);
                    if (out.size() > maxBytes) {
                        throw new HttpError(413, "The request body is larger than " + maxBytes + " bytes");
                    }
                }
                return out.toByteArray();
            }
        }

        @Override
        public void header(String name, String value) {
            exchange.getResponseHeaders().set(name, value);
        }

        @Override
        public void send(int status, String contentType, byte[] body) throws IOException {
            responded = true;
            if (contentType != null) {
                header("Content-Type", contentType);
            }
            boolean noBody = body.length == 0 || method().equals("HEAD") || status == 204 || status == 304;
            exchange.sendResponseHeaders(status, noBody ? -1 : body.length);
            if (!noBody) {
                try (OutputStream out = exchange.getResponseBody()) {
                    out.write(body);
                }
            }
        }

        @Override
        public OutputStream stream(int status, String contentType) throws IOException {
            responded = true;
            header("Content-Type", contentType);
            exchange.sendResponseHeaders(status, 0);
            return exchange.getResponseBody();
        }

        void finish() throws IOException {
            if (!responded) {
                send(500, "application/json", "{\"error\":\"No response\"}".getBytes(StandardCharsets.UTF_8));
            }
        }
    }
}
