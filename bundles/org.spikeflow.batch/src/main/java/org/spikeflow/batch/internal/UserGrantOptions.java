package org.spikeflow.batch.internal;

import java.net.URI;
import java.net.URISyntaxException;
import java.nio.file.Files;
import java.nio.file.InvalidPathException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.regex.Pattern;

import org.spikeflow.core.batch.CommandLine;
import org.spikeflow.core.io.PathPolicy;
import org.spikeflow.core.io.UserGrants;

/**
 * The command-line options by which the user (never the workflow file) widens what a run may do: {@code --allow-path
 * DIR|URI} (repeatable), {@code --timegpt-url URL} and {@code --spark-master URL}.
 */
final class UserGrantOptions {
    private static final Pattern STORAGE_URI = Pattern.compile("^[a-zA-Z][a-zA-Z0-9+.-]+://.*");

    private UserGrantOptions() {
    }

    static UserGrants parse(List<String> allowPaths, String timegptUrl, String sparkMaster)
            throws CommandLine.UsageException {
        List<Path> folders = new ArrayList<>();
        List<URI> locations = new ArrayList<>();
        for (String text : allowPaths) {
            if (text.isBlank()) {
                throw new CommandLine.UsageException("--allow-path needs a folder, not an empty value");
            }
            if (STORAGE_URI.matcher(text).matches() && !text.regionMatches(true, 0, "file:", 0, 5)) {
                locations.add(storageLocation(text));
                continue;
            }
            Path folder;
            try {
                folder = Path.of(text);
            } catch (InvalidPathException e) {
                throw new CommandLine.UsageException("--allow-path " + text + " is not a valid path: " + e.getReason());
            }
            if (Files.exists(folder) && !Files.isDirectory(folder)) {
                throw new CommandLine.UsageException("--allow-path " + text + " is a file; name a folder");
            }
            folders.add(folder);
        }
        Map<String, String> endpoints = new LinkedHashMap<>();
        if (timegptUrl != null) {
            String url = timegptUrl.trim();
            if (!url.startsWith("https://") && !url.startsWith("http://")) {
                throw new CommandLine.UsageException("--timegpt-url must be an https:// URL (or http:// to localhost),"
                        + " not '" + (url.length() > 200 ? url.substring(0, 200) + "..." : url) + "'");
            }
            endpoints.put(UserGrants.TIMEGPT, url);
        }
        if (sparkMaster != null) {
            if (sparkMaster.isBlank()) {
                throw new CommandLine.UsageException("--spark-master needs a master URL, e.g. spark://HOST:7077");
            }
            endpoints.put(UserGrants.SPARK_MASTER, sparkMaster.trim());
        }
        return new UserGrants(folders, endpoints, locations);
    }

    private static URI storageLocation(String text) throws CommandLine.UsageException {
        try {
            return PathPolicy.normalizedLocation(new URI(text.trim()));
        } catch (URISyntaxException | IllegalArgumentException e) {
            throw new CommandLine.UsageException("--allow-path " + text + " is not a valid storage location: "
                    + e.getMessage());
        }
    }
}
