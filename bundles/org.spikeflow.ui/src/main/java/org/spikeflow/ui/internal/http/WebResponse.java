package org.spikeflow.ui.internal.http;

import java.io.IOException;
import java.io.OutputStream;

/** The response to one request: headers first, then one body or a stream. */
public interface WebResponse {
    void header(String name, String value);

    /** Sends a complete body. */
    void send(int status, String contentType, byte[] body) throws IOException;

    /**
     * Starts a streamed body of unknown length (server-sent events); the caller writes, flushes and finally closes the
     * stream.
     */
    OutputStream stream(int status, String contentType) throws IOException;
}
