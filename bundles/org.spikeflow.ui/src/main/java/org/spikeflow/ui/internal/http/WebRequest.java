package org.spikeflow.ui.internal.http;

import java.io.IOException;
import java.util.Map;
import java.util.Optional;

/** One HTTP request as the server saw it (the path is decoded, the query split into parameters). */
public interface WebRequest {
    String method();

    /** The decoded path, e.g. {@code /api/workflows/w1}. */
    String path();

    /** Query parameters (the first value of each). */
    Map<String, String> query();

    /** A request header (case-insensitive name). */
    Optional<String> header(String name);

    /** The body, at most {@code maxBytes} long. */
    byte[] body(int maxBytes) throws IOException;
}
