package org.spikeflow.ui.internal.http;

import java.io.IOException;

/**
 * A local HTTP server: one handler for every request. Kept this small so the implementation (the JDK's
 * {@code com.sun.net.httpserver} today, Jetty tomorrow) can be swapped without touching the API code.
 */
public interface WebServer extends AutoCloseable {

    /** Handles one request; runs on a server thread and may block (event streams do). */
    @FunctionalInterface
    interface Handler {
        void handle(WebRequest request, WebResponse response) throws IOException;
    }

    /** The port the server listens on (on 127.0.0.1). */
    int port();

    /** Stops accepting requests and closes open connections. */
    @Override
    void close();

    /** Starts the JDK's server on 127.0.0.1 ({@code port} 0 picks a free port). */
    static WebServer start(int port, Handler handler) throws IOException {
        return JdkWebServer.start(port, handler);
    }
}
