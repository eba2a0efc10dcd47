package org.spikeflow.extensions.internal;

import java.net.URI;
import java.net.URISyntaxException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Locale;

/** Turns the site argument of {@code install}/{@code update} (folder, zip, file: or http(s): URL) into a p2 URI. */
final class UpdateSites {

    private UpdateSites() {
    }

    /**
     * @throws IllegalArgumentException
     *             with a one-line message naming the argument when it is neither an existing folder or zip nor a
     *             file:/http:/https: URL
     */
    static URI toUri(String site) {
        String lower = site.toLowerCase(Locale.ROOT);
        if (lower.startsWith("http:") || lower.startsWith("https:")) {
            try {
                URI uri = new URI(site);
                if (uri.getHost() == null) {
                    throw new IllegalArgumentException("update site '" + site + "' is not a valid URL (no host)");
                }
                return uri;
            } catch (URISyntaxException e) {
                throw new IllegalArgumentException("update site '" + site + "' is not a valid URL: " + e.getReason());
            }
        }
        Path path;
        if (lower.startsWith("file:")) {
            try {
                path = Path.of(new URI(site));
            } catch (URISyntaxException | IllegalArgumentException e) {
                throw new IllegalArgumentException("update site '" + site + "' is not a valid file: URL");
            }
        } else if (lower.matches("^[a-z][a-z0-9+.-]+:.*") && !Files.exists(Path.of(site))) {
            throw new IllegalArgumentException("update site '" + site
                    + "': only a folder, a zip file, file:, http: or https: URLs are supported");
        } else {
            path = Path.of(site);
        }
        path = path.toAbsolutePath().normalize();
        if (Files.isDirectory(path)) {
            return path.toUri();
        }
        if (Files.isRegularFile(path)) {
            // p2 reads a zipped site through the JDK's jar: URLs
            return URI.create("jar:" + path.toUri() + "!/");
        }
        throw new IllegalArgumentException("update site '" + site + "' not found: no folder or zip file " + path);
    }

    /** The form users typed, for messages and list-installed: a path for local sites, else the URL. */
    static String display(URI site) {
        String text = site.toString();
        if (text.startsWith("jar:file:") && text.endsWith("!/")) {
            return Path.of(URI.create(text.substring(4, text.length() - 2))).toString();
        }
        if ("file".equals(site.getScheme())) {
            return Path.of(site).toString();
        }
        return text;
    }
}
