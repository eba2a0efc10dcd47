package org.spikeflow.batch.internal;

import java.nio.file.Files;
import java.nio.file.InvalidPathException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import org.spikeflow.core.batch.CommandLine;
import org.spikeflow.core.io.UserGrants;

/**
 * The command-line options by which the user (never the workflow file) widens what a run may do: {@code --allow-path
 * DIR} (repeatable) and {@code --timegpt-url URL}.
 */
final class UserGrantOptions {
    private UserGrantOptions() {
    }

    static UserGrants parse(List<String> allowPaths, String timegptUrl) throws CommandLine.UsageException {
        List<Path> folders = new ArrayList<>();
        for (String text : allowPaths) {
            if (text.isBlank()) {
                throw new CommandLine.UsageException("--allow-path needs a folder, not an empty value");
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
        if (timegptUrl == null) {
            return new UserGrants(folders, Map.of());
        }
        String url = timegptUrl.trim();
        if (!url.startsWith("https://") && !url.startsWith("http://")) {
            throw new CommandLine.UsageException("--timegpt-url must be an https:// URL (or http:// to localhost), not '"
                    + (url.length() > 200 ? url.substring(0, 200) + "..." : url) + "'");
        }
        return new UserGrants(folders, Map.of(UserGrants.TIMEGPT, url));
    }
}
