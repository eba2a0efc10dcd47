package org.spikeflow.ui.internal.http;

import java.io.IOException;
import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Maps method + path template (e.g. {@code GET /api/workflows/{wid}}) to a route handler. The route list is public so
 * the OpenAPI document can be checked against it.
 */
public final class Router {

    /** Handles a matched request; {@code params} holds the template's {name} segments. */
    @FunctionalInterface
    public interface RouteHandler {
        void handle(WebRequest request, WebResponse response, Map<String, String> params) throws IOException;
    }

    public record Route(String method, String template, RouteHandler handler) {
        Map<String, String> match(String method, String path) {
            if (!this.method.equals(method) && !(this.method.equals("GET") && method.equals("HEAD"))) {
                return null;
            }
            String[] want = template.split("/", -1);
            String[] got = path.split("/", -1);
            if (want.length != got.length) {
                return null;
            }
            Map<String, String> params = new LinkedHashMap<>();
            for (int i = 0; i < want.length; i++) {
                if (want[i].startsWith("{") && want[i].endsWith("}")) {
                    if (got[i].isEmpty()) {
                        return null;
                    }
                    params.put(want[i].substring(1, want[i].length() - 1), got[i]);
                } else if (!want[i].equals(got[i])) {
                    return null;
                }
            }
            return params;
        }
    }

    private final List<Route> routes = new ArrayList<>();

    public Router add(String method, String template, RouteHandler handler) {
        routes.add(new Route(method, template, handler));
        return this;
    }

    public List<Route> routes() {
        return Collections.unmodifiableList(routes);
    }

    /** Whether some route has this path (with another method): then the answer is 405, not 404. */
    boolean hasPath(String path) {
        return routes.stream().anyMatch(r -> r.match(r.method(), path) != null);
    }

    /**
     * Dispatches the request.
     *
     * @return false if no route matched (the caller answers 404 or 405)
     */
    public boolean dispatch(WebRequest request, WebResponse response) throws IOException {
        for (Route route : routes) {
            Map<String, String> params = route.match(request.method(), request.path());
            if (params != null) {
                route.handler().handle(request, response, params);
                return true;
            }
        }
        if (hasPath(request.path())) {
            throw new HttpError(405, request.method() + " is not allowed on " + request.path());
        }
        return false;
    }
}
