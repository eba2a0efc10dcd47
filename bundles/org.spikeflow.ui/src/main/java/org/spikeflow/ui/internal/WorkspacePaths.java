package org.spikeflow.ui.internal;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.FileVisitResult;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.Path;
import java.nio.file.SimpleFileVisitor;
import java.nio.file.attribute.BasicFileAttributes;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.regex.Pattern;

import org.spikeflow.ui.internal.http.HttpError;

/**
 * The workspace: the one folder the canvas opens workflows from and saves them to. Every path from a request goes
 * through here: workspace-relative, '/'-separated, no '..', not absolute, and no symbolic link that leads out.
 */
public final class WorkspacePaths {
    public static final String WORKFLOW_SUFFIX = ".spikeflow.json";
    /** Folders the workflow list skips: run outputs and build output. */
    private static final Set<String> SKIPPED_FOLDERS = Set.of("output", "outputs", "target", "node_modules");
    private static final Pattern DRIVE = Pattern.compile("^[A-Za-z]:.*");

    private final Path root;

    /**
     * @throws IOException
     *             if the folder does not exist
     */
    public WorkspacePaths(Path folder) throws IOException {
        if (!Files.isDirectory(folder)) {
            throw new IOException("The workspace '" + folder + "' is not a folder");
        }
        this.root = folder.toRealPath();
    }

    public Path root() {
        return root;
    }

    /**
     * The file a request's workspace-relative path names (it need not exist).
     *
     * @throws HttpError
     *             400 if the path is malformed, leaves the workspace, or does not end in .spikeflow.json
     */
    public Path resolveWorkflow(String relative) {
        Path resolved = resolve(relative);
        if (!relative.endsWith(WORKFLOW_SUFFIX)) {
            throw HttpError.badRequest("Path '" + relative + "': a workflow file name ends in " + WORKFLOW_SUFFIX);
        }
        return resolved;
    }

    /**
     * @throws HttpError
     *             400 if the path is malformed or leaves the workspace
     */
    public Path resolve(String relative) {
        if (relative == null || relative.isBlank()) {
            throw refuse(relative, "the path is empty");
        }
        if (relative.startsWith("/") || relative.startsWith("\\") || DRIVE.matcher(relative).matches()) {
            throw refuse(relative, "absolute paths are not allowed; give a path relative to the workspace");
        }
        if (relative.indexOf('\\') >= 0 || relative.indexOf('\0') >= 0) {
            throw refuse(relative, "use '/' to separate folders");
        }
        for (String segment : relative.split("/", -1)) {
            if (segment.isEmpty() || segment.equals(".") || segment.equals("..")) {
                throw refuse(relative, "'..', '.' and empty segments are not allowed");
            }
        }
        Path candidate = root.resolve(relative).normalize();
        if (!candidate.startsWith(root)) {
            throw refuse(relative, "it leads out of the workspace");
        }
        // Symbolic links: the deepest existing part of the path must really lie inside the workspace.
        Path existing = candidate;
        while (existing != null && !Files.exists(existing, LinkOption.NOFOLLOW_LINKS)) {
            existing = existing.getParent();
        }
        try {
            if (existing == null || !existing.toRealPath().startsWith(root)) {
                throw refuse(relative, "it leads out of the workspace through a symbolic link");
            }
        } catch (IOException e) {
            // A dangling link: its target is unknown, so it is not trusted.
            throw refuse(relative, "it goes through a broken symbolic link");
        }
        return candidate;
    }

    /** The workspace-relative '/'-separated form of a file inside the workspace. */
    public String relativize(Path file) {
        Path relative = root.relativize(file.toAbsolutePath().normalize());
        return relative.toString().replace(java.io.File.separatorChar, '/');
    }

    /** Every workflow file under the workspace, sorted by path, skipping output and dot folders. */
    public List<String> listWorkflows() {
        List<String> found = new ArrayList<>();
        try {
            Files.walkFileTree(root, new SimpleFileVisitor<>() {
                @Override
                public FileVisitResult preVisitDirectory(Path dir, BasicFileAttributes attrs) {
                    String name = dir.getFileName() == null ? "" : dir.getFileName().toString();
                    if (!dir.equals(root) && (name.startsWith(".") || SKIPPED_FOLDERS.contains(name))) {
                        return FileVisitResult.SKIP_SUBTREE;
                    }
                    return FileVisitResult.CONTINUE;
                }

                @Override
                public FileVisitResult visitFile(Path file, BasicFileAttributes attrs) {
                    if (attrs.isRegularFile() && file.getFileName().toString().endsWith(WORKFLOW_SUFFIX)) {
                        found.add(relativize(file));
                    }
                    return FileVisitResult.CONTINUE;
                }

                @Override
                public FileVisitResult visitFileFailed(Path file, IOException exc) {
                    return FileVisitResult.CONTINUE;
                }
            });
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        found.sort(null);
        return found;
    }

    private static HttpError refuse(String relative, String why) {
        return new HttpError(400, "Path '" + relative + "' is not allowed: " + why,
                List.of(new HttpError.Detail("path", why)));
    }
}
