package org.spikeflow.ui.internal;

import java.io.IOException;
import java.io.InputStream;
import java.net.URL;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;

import org.osgi.framework.Bundle;
import org.osgi.framework.BundleContext;
import org.osgi.framework.FrameworkUtil;

/**
 * The web app's files: from {@code SPIKEFLOW_UI_WEBROOT} (system property or environment variable; the dev loop), else
 * from the {@code webroot/} folder of the {@code org.spikeflow.ui.web} bundle, else a built-in page saying the web app
 * is not built. Paths the app does not have fall back to its index.html (client-side routes).
 */
final class StaticFiles {
    static final String WEB_BUNDLE = "org.spikeflow.ui.web";
    static final String ENV = "SPIKEFLOW_UI_WEBROOT";
    private static final Map<String, String> TYPES = Map.ofEntries(Map.entry("html", "text/html; charset=utf-8"),
            Map.entry("js", "text/javascript; charset=utf-8"), Map.entry("mjs", "text/javascript; charset=utf-8"),
            Map.entry("css", "text/css; charset=utf-8"), Map.entry("json", "application/json; charset=utf-8"),
            Map.entry("svg", "image/svg+xml"), Map.entry("png", "image/png"), Map.entry("ico", "image/x-icon"),
            Map.entry("woff2", "font/woff2"), Map.entry("woff", "font/woff"), Map.entry("map", "application/json"),
            Map.entry("txt", "text/plain; charset=utf-8"), Map.entry("wasm", "application/wasm"));

    /** A file to send. */
    record Content(String contentType, byte[] bytes) {
    }

    private interface Source {
        Optional<byte[]> read(String relative) throws IOException;
    }

    private final Source source;
    private final String description;

    private StaticFiles(Source source, String description) {
        this.source = source;
        this.description = description;
    }

    /** Finds the web app: the folder setting, else the web bundle, else the built-in page. */
    static StaticFiles locate() {
        String folder = System.getProperty(ENV, System.getenv(ENV));
        if (folder != null && !folder.isBlank()) {
            Path root = Path.of(folder).toAbsolutePath().normalize();
            return new StaticFiles(relative -> {
                Path file = root.resolve(relative).normalize();
                return file.startsWith(root) && Files.isRegularFile(file)
                        ? Optional.of(Files.readAllBytes(file))
                        : Optional.empty();
            }, "folder " + root);
        }
        Bundle self = FrameworkUtil.getBundle(StaticFiles.class);
        BundleContext context = self == null ? null : self.getBundleContext();
        if (context != null) {
            for (Bundle bundle : context.getBundles()) {
                if (WEB_BUNDLE.equals(bundle.getSymbolicName()) && bundle.getEntry("webroot/index.html") != null) {
                    return new StaticFiles(relative -> read(bundle.getEntry("webroot/" + relative)),
                            "bundle " + WEB_BUNDLE);
                }
            }
        }
        return new StaticFiles(relative -> relative.equals("index.html")
                ? Optional.of(ownResource("resources/not-built.html"))
                : Optional.empty(),
                "built-in page (the web app is not built)");
    }

    String description() {
        return description;
    }

    /** The file at a URL path, or index.html for paths the app does not have. */
    Content get(String urlPath) throws IOException {
        String relative = urlPath.replaceFirst("^/+", "");
        if (relative.isEmpty() || relative.endsWith("/")) {
            relative += "index.html";
        }
        boolean safe = !relative.contains("..") && !relative.contains("\\") && !relative.contains("\0");
        Optional<byte[]> bytes = safe ? source.read(relative) : Optional.empty();
        if (bytes.isEmpty()) {
            relative = "index.html";
            bytes = source.read(relative);
        }
        if (bytes.isEmpty()) {
            return null;
        }
        return new Content(contentType(relative), bytes.get());
    }

    private static String contentType(String name) {
        int dot = name.lastIndexOf('.');
        String extension = dot < 0 ? "" : name.substring(dot + 1).toLowerCase(Locale.ROOT);
        return TYPES.getOrDefault(extension, "application/octet-stream");
    }

    /** A file of this bundle (resources/ is in bin.includes, not on the class path). */
    static byte[] ownResource(String path) throws IOException {
        Bundle self = FrameworkUtil.getBundle(StaticFiles.class);
        URL url = self != null ? self.getEntry(path) : StaticFiles.class.getResource("/" + path);
        return read(url).orElseThrow(() -> new IOException("Missing resource " + path + " in the ui bundle"));
    }

    private static Optional<byte[]> read(URL url) throws IOException {
        if (url == null) {
            return Optional.empty();
        }
        try (InputStream in = url.openStream()) {
            return Optional.of(in.readAllBytes());
        }
    }
}
