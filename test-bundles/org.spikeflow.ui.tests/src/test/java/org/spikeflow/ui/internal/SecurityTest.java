package org.spikeflow.ui.internal;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** Every rule of the contract's Security section, against the running server. */
class SecurityTest {
    @TempDir
    Path workspace;
    @TempDir
    Path outside;
    TestServer test;

    @BeforeEach
    void start() throws Exception {
        TestServer.copyExamples(workspace);
        test = new TestServer(workspace);
    }

    @AfterEach
    void stop() {
        test.close();
    }

    @Test
    void noTokenIs401() throws Exception {
        HttpResponse<String> response = test.send(test.request("/api/session").GET().build());
        assertEquals(401, response.statusCode());
        assertTrue(TestServer.json(response).path("error").asText().contains("token"), response.body());
        assertEquals(401, test.send(test.request("/").GET().build()).statusCode());
    }

    @Test
    void wrongTokenIs401() throws Exception {
        HttpResponse<String> response = test.send(test.request("/api/session")
                .header("Authorization", "Bearer " + TestServer.TOKEN + "x").GET().build());
        assertEquals(401, response.statusCode());
        response = test.send(test.request("/api/session").header("Cookie", "spikeflow_token=nope").GET().build());
        assertEquals(401, response.statusCode());
    }

    @Test
    void tokenInUrlBecomesCookieAndIsDroppedFromTheUrl() throws Exception {
        HttpResponse<String> response = test.send(test.request("/?token=" + TestServer.TOKEN + "&x=1").GET().build());
        assertEquals(302, response.statusCode());
        assertEquals("/?x=1", response.headers().firstValue("Location").orElseThrow());
        String cookie = response.headers().firstValue("Set-Cookie").orElseThrow();
        assertTrue(cookie.startsWith("spikeflow_token=" + TestServer.TOKEN + ";"), cookie);
        assertTrue(cookie.contains("HttpOnly") && cookie.contains("SameSite=Strict") && cookie.contains("Path=/"),
                cookie);
        HttpResponse<String> withCookie = test.send(test.request("/api/session")
                .header("Cookie", "other=1; spikeflow_token=" + TestServer.TOKEN).GET().build());
        assertEquals(200, withCookie.statusCode());
    }

    @ParameterizedTest
    @ValueSource(strings = {"evil.example:PORT", "127.0.0.1:1", "127.0.0.1", "localhost.evil.example:PORT"})
    void wrongHostIs403(String host) throws Exception {
        // java.net.http refuses to set Host; a raw socket sends exactly what an attacker's page would.
        String hostHeader = host.replace("PORT", Integer.toString(test.server.port()));
        int status = RawHttp.status(test.server.port(), "GET /api/session HTTP/1.1\r\nHost: " + hostHeader
                + "\r\nAuthorization: Bearer " + TestServer.TOKEN + "\r\nConnection: close\r\n\r\n");
        assertEquals(403, status);
    }

    @Test
    void localhostAndIpv6HostsAreAllowed() throws Exception {
        for (String host : List.of("localhost", "LOCALHOST", "[::1]", "127.0.0.1")) {
            int status = RawHttp.status(test.server.port(), "GET /api/session HTTP/1.1\r\nHost: " + host + ":"
                    + test.server.port() + "\r\nAuthorization: Bearer " + TestServer.TOKEN
                    + "\r\nConnection: close\r\n\r\n");
            assertEquals(200, status, host);
        }
    }

    @Test
    void crossSiteOriginOnPostIs403() throws Exception {
        HttpResponse<String> response = test.send(test.authorized("/api/workflows/open")
                .header("X-Spikeflow-Request", "1").header("Origin", "http://evil.example")
                .POST(HttpRequest.BodyPublishers.ofString("{\"path\":\"loop-basics.spikeflow.json\"}")).build());
        assertEquals(403, response.statusCode());
        response = test.send(test.authorized("/api/workflows/open").header("X-Spikeflow-Request", "1")
                .header("Origin", "http://127.0.0.1:" + test.server.port())
                .POST(HttpRequest.BodyPublishers.ofString("{\"path\":\"loop-basics.spikeflow.json\"}")).build());
        assertEquals(200, response.statusCode(), response.body());
    }

    @Test
    void postWithoutCustomHeaderIs403() throws Exception {
        HttpResponse<String> response = test.send(test.authorized("/api/workflows/open")
                .POST(HttpRequest.BodyPublishers.ofString("{\"path\":\"loop-basics.spikeflow.json\"}")).build());
        assertEquals(403, response.statusCode());
        assertTrue(response.body().contains("X-Spikeflow-Request"), response.body());
    }

    @Test
    void secFetchSiteCrossSiteIs403() throws Exception {
        HttpResponse<String> response = test.send(test.authorized("/api/session")
                .header("Sec-Fetch-Site", "cross-site").GET().build());
        assertEquals(403, response.statusCode());
        response = test.send(test.authorized("/api/session").header("Sec-Fetch-Site", "same-origin").GET().build());
        assertEquals(200, response.statusCode());
    }

    @Test
    void everyResponseCarriesTheSecurityHeadersAndNoCors() throws Exception {
        for (HttpResponse<String> response : List.of(test.get("/api/session"), test.get("/"),
                test.send(test.request("/api/nodes").GET().build()))) {
            String csp = response.headers().firstValue("Content-Security-Policy").orElse("");
            assertTrue(csp.contains("default-src 'self'") && csp.contains("frame-ancestors 'none'"), csp);
            assertEquals(Optional.of("nosniff"), response.headers().firstValue("X-Content-Type-Options"));
            assertEquals(Optional.of("no-referrer"), response.headers().firstValue("Referrer-Policy"));
            assertFalse(response.headers().map().keySet().stream().anyMatch(h -> h.toLowerCase().startsWith(
                    "access-control-")), response.headers().map().toString());
        }
        assertEquals(Optional.of("no-store"), test.get("/api/session").headers().firstValue("Cache-Control"));
    }

    @ParameterizedTest
    @ValueSource(strings = {"../x.spikeflow.json", "a/../../x.spikeflow.json", "/etc/x.spikeflow.json",
            "C:/x.spikeflow.json", "a\\\\..\\\\x.spikeflow.json", "", "./loop-basics.spikeflow.json"})
    void badPathsInOpenAndSaveAreRefused(String path) throws Exception {
        String body = "{\"path\":\"" + path + "\"}";
        HttpResponse<String> open = test.post("/api/workflows/open", body);
        assertEquals(400, open.statusCode(), open.body());
        assertTrue(TestServer.json(open).has("error"));
        String wid = test.postJson("/api/workflows/open", "{\"path\":\"loop-basics.spikeflow.json\"}").path("id")
                .asText();
        HttpResponse<String> saveAs = test.post("/api/workflows/" + wid + "/save-as", body);
        assertEquals(400, saveAs.statusCode(), saveAs.body());
        assertEquals(400, test.post("/api/workflows/new", body).statusCode());
    }

    @Test
    void symlinksLeadingOutOfTheWorkspaceAreRefused() throws Exception {
        Files.copy(workspace.resolve("loop-basics.spikeflow.json"), outside.resolve("secret.spikeflow.json"));
        Files.createSymbolicLink(workspace.resolve("linked"), outside);
        Files.createSymbolicLink(workspace.resolve("link.spikeflow.json"), outside.resolve("secret.spikeflow.json"));
        assertEquals(400, test.post("/api/workflows/open", "{\"path\":\"linked/secret.spikeflow.json\"}")
                .statusCode());
        assertEquals(400, test.post("/api/workflows/open", "{\"path\":\"link.spikeflow.json\"}").statusCode());
        String wid = test.postJson("/api/workflows/open", "{\"path\":\"loop-basics.spikeflow.json\"}").path("id")
                .asText();
        assertEquals(400, test.post("/api/workflows/" + wid + "/save-as",
                "{\"path\":\"linked/new.spikeflow.json\"}").statusCode());
        assertFalse(Files.exists(outside.resolve("new.spikeflow.json")));
        // The workflow list does not follow the links either.
        assertFalse(test.get("/api/workflows").body().contains("secret"));
    }
}
