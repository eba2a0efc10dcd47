package org.spikeflow.ui.internal;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.spikeflow.ui.internal.http.Router;

import com.fasterxml.jackson.databind.JsonNode;

/** The served OpenAPI document lists exactly the routes the router registers (derived from the router). */
class OpenApiTest {
    @TempDir
    Path workspace;

    @Test
    void everyRouteIsDocumentedAndNothingElse() throws Exception {
        try (TestServer test = new TestServer(workspace)) {
            JsonNode doc = test.getJson("/api/openapi.json");
            assertEquals("3.1.0", doc.path("openapi").asText());
            List<String> missing = new ArrayList<>();
            int routes = 0;
            for (Router.Route route : test.server.router().routes()) {
                routes++;
                JsonNode operation = doc.path("paths").path(route.template()).path(route.method().toLowerCase(
                        Locale.ROOT));
                if (!operation.isObject() || !operation.has("responses")) {
                    missing.add(route.method() + " " + route.template());
                }
            }
            assertEquals(List.of(), missing, "routes without an OpenAPI operation");
            int documented = 0;
            for (JsonNode path : doc.path("paths")) {
                documented += path.size();
            }
            assertEquals(routes, documented, "the document has no operation the server lacks");
            assertTrue(routes >= 25, "routes: " + routes);
        }
    }
}
