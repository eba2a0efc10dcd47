package org.spikeflow.nodes.spark.internal.parquetwriter;

import java.net.URI;
import java.nio.file.Path;
import java.util.Locale;
import java.util.regex.Pattern;

import org.spikeflow.core.io.PathPolicy.Kind;
import org.spikeflow.core.node.ExecutionContext;

/**
 * Dataset locations. Local paths, including {@code file:} URIs, pass the workflow's path policy like every other file
 * setting, so a shared workflow cannot read or write outside its folders by spelling a path as a URI; cluster storage
 * URIs (hdfs://, s3a://, ...) must lie under a location the user allowed ({@code --allow-path URI}).
 */
public final class ParquetPaths {
    private static final Pattern URI_WITH_AUTHORITY = Pattern.compile("^[a-zA-Z][a-zA-Z0-9+.-]+://.*");

    private ParquetPaths() {
    }

    public static String resolve(String path, ExecutionContext exec) throws Exception {
        return isClusterStorage(path)
                ? exec.getPathPolicy().checkLocation(Kind.OUTPUT, path)
                : exec.resolveOutput(local(path)).toAbsolutePath().toString();
    }

    public static String resolveInput(String path, ExecutionContext exec) throws Exception {
        return isClusterStorage(path)
                ? exec.getPathPolicy().checkLocation(Kind.INPUT, path)
                : exec.resolveInput(local(path)).toAbsolutePath().toString();
    }

    private static boolean isFileUri(String path) {
        return path.toLowerCase(Locale.ROOT).startsWith("file:");
    }

    private static boolean isClusterStorage(String path) {
        return URI_WITH_AUTHORITY.matcher(path).matches() && !isFileUri(path);
    }

    private static String local(String path) {
        if (!isFileUri(path)) {
            return path;
        }
        try {
            return Path.of(URI.create(path)).toString();
        } catch (IllegalArgumentException e) {
            throw new IllegalArgumentException("'" + path + "' is not a valid file: URI: " + e.getMessage(), e);
        }
    }
}
