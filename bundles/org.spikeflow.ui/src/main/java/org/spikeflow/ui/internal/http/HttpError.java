package org.spikeflow.ui.internal.http;

import java.util.List;

/** A request that cannot be served: its status, a human message and optional per-field details. */
public final class HttpError extends RuntimeException {
    private static final long serialVersionUID = 1L;

    /** One problem with one field of the request, e.g. {@code settings.duration}. */
    public record Detail(String path, String message) {
    }

    private final int status;
    private final transient List<Detail> details;

    public HttpError(int status, String message) {
        this(status, message, List.of());
    }

    public HttpError(int status, String message, List<Detail> details) {
        super(message);
        this.status = status;
        this.details = List.copyOf(details);
    }

    public int status() {
        return status;
    }

    public List<Detail> details() {
        return details;
    }

    public static HttpError badRequest(String message) {
        return new HttpError(400, message);
    }

    public static HttpError notFound(String message) {
        return new HttpError(404, message);
    }

    public static HttpError conflict(String message) {
        return new HttpError(409, message);
    }
}
