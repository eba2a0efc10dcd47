package org.spikeflow.ui.internal;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The web app's files: a folder from SPIKEFLOW_UI_WEBROOT, else (no web bundle here) the built-in page. */
class StaticFilesTest {
    @TempDir
    Path workspace;
    @TempDir
    Path webroot;

    @Test
    void withoutTheWebBundleABuiltInPageSaysTheAppIsNotBuilt() throws Exception {
        try (TestServer test = new TestServer(workspace)) {
            HttpResponse<String> page = test.get("/");
            assertEquals(200, page.statusCode());
            assertTrue(page.headers().firstValue("Content-Type").orElse("").startsWith("text/html"));
            assertTrue(page.body().contains("web app is not built"), page.body());
            assertEquals(200, test.get("/some/client/route").statusCode(), "unknown paths get the page");
            assertEquals(404, test.get("/api/nosuch").statusCode(), "unknown API paths do not");
        }
    }

    @Test
    void aWebrootFolderIsServedWithIndexFallbackAndNoEscape() throws Exception {
        Files.writeString(webroot.resolve("index.html"), "<!doctype html><title>app</title>");
        Files.createDirectories(webroot.resolve("assets"));
        Files.writeString(webroot.resolve("assets/app.js"), "console.log('hi')");
        Files.writeString(workspace.resolve("private.txt"), "private");
        System.setProperty(StaticFiles.ENV, webroot.toString());
        try (TestServer test = new TestServer(workspace)) {
            assertEquals("<!doctype html><title>app</title>", test.get("/").body());
            HttpResponse<String> script = test.get("/assets/app.js");
            assertEquals("console.log('hi')", script.body());
            assertTrue(script.headers().firstValue("Content-Type").orElse("").startsWith("text/javascript"));
            assertEquals("<!doctype html><title>app</title>", test.get("/workflows/x").body());
            assertEquals("<!doctype html><title>app</title>", test.get("/assets/%2e%2e/%2e%2e/"
                    + workspace.getFileName() + "/private.txt").body());
        } finally {
            System.clearProperty(StaticFiles.ENV);
        }
    }
}
