package org.spikeflow.core.io;

import java.io.IOException;
import java.net.URI;
import java.net.URISyntaxException;
import java.nio.file.Files;
import java.nio.file.InvalidPathException;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFileAttributeView;
import java.nio.file.attribute.PosixFilePermission;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;

/**
 * Where a workflow may read and write. A workflow file is untrusted input (like a workflow downloaded from a hub), so
 * its paths are confined: inputs resolve inside the input root (the workflow's folder), outputs inside the output root
 * (the run's output folder), or inside a folder the user allowed outside the file ({@link UserGrants}). Paths are
 * checked after {@code ..} and symbolic links are resolved, so neither can lead outside. System folders ({@code /proc},
 * {@code /sys}, {@code /dev}) and special files (devices, pipes, sockets) are refused even inside an allowed folder,
 * and an existing output file without write permission is never replaced. Cluster storage (URIs such as
 * {@code hdfs://…} or {@code s3a://…}) is refused unless it lies under a location the user allowed. <p> Immutable and
 * independent of how a workflow is run: the batch runner, the engine and a server confining users to a workspace
 * ({@link #confinedTo(Path)}) share it.
 */
public final class PathPolicy {

    /** What a path names: a file that is read, or one that is written. */
    public enum Kind {
        INPUT, OUTPUT;

        /** The kind declared by {@code @Setting(path = "input" | "output")}; empty for "" (not a path). */
        public static Optional<Kind> ofSetting(String declared) {
            return switch (declared) {
                case "" -> Optional.empty();
                case "input" -> Optional.of(INPUT);
                case "output" -> Optional.of(OUTPUT);
                default -> throw new IllegalArgumentException("@Setting path must be \"input\", \"output\" or"
                        + " empty, not \"" + declared + "\"");
            };
        }
    }

    /** Never read or written by a workflow, whatever the user allowed: they expose the process and the machine. */
    private static final List<Path> SYSTEM_FOLDERS = List.of(Path.of("/proc"), Path.of("/sys"), Path.of("/dev"));

    private final Path inputRoot;
    private final Path outputRoot;
    private final List<Path> allowedFolders;
    private final List<URI> allowedLocations;

    /**
     * @param inputRoot
     *            where relative input paths resolve (the workflow's folder)
     * @param outputRoot
     *            where relative output paths resolve (the output folder)
     * @param allowedFolders
     *            further folders the user allowed for inputs and outputs
     * @param allowedLocations
     *            cluster-storage locations the user allowed for inputs and outputs
     */
    public PathPolicy(Path inputRoot, Path outputRoot, List<Path> allowedFolders, List<URI> allowedLocations) {
        this.inputRoot = inputRoot.toAbsolutePath().normalize();
        this.outputRoot = outputRoot.toAbsolutePath().normalize();
        this.allowedFolders = allowedFolders.stream().map(p -> p.toAbsolutePath().normalize()).toList();
        this.allowedLocations = allowedLocations.stream().map(PathPolicy::normalizedLocation).toList();
    }

    /** A policy without cluster storage. */
    public PathPolicy(Path inputRoot, Path outputRoot, List<Path> allowedFolders) {
        this(inputRoot, outputRoot, allowedFolders, List.of());
    }

    /** Inputs and outputs inside one folder only (e.g. a server's workspace). */
    public static PathPolicy confinedTo(Path folder) {
        return new PathPolicy(folder, folder, List.of());
    }

    public Path getInputRoot() {
        return inputRoot;
    }

    public Path getOutputRoot() {
        return outputRoot;
    }

    public List<Path> getAllowedFolders() {
        return allowedFolders;
    }

    /** The same policy with another output root. */
    public PathPolicy withOutputRoot(Path folder) {
        return new PathPolicy(inputRoot, folder, allowedFolders, allowedLocations);
    }

    public List<URI> getAllowedLocations() {
        return allowedLocations;
    }

    /**
     * Checks a cluster-storage location (an absolute URI with an authority other than {@code file:}, such as
     * {@code hdfs://namenode/data/run1} or {@code s3a://bucket/runs}): it must lie under a location the user allowed
     * ({@code --allow-path URI}), compared by scheme, authority and whole path segments after {@code .} and {@code ..}
     * are resolved.
     *
     * @return the normalized URI text
     * @throws PathNotAllowedException
     *             if it is not a valid URI or lies under no allowed location
     */
    public String checkLocation(Kind kind, String location) throws PathNotAllowedException {
        URI uri;
        try {
            uri = normalizedLocation(new URI(location.trim()));
        } catch (URISyntaxException | IllegalArgumentException e) {
            throw new PathNotAllowedException(capitalized(kind) + " location '" + location + "' is not a valid URI: "
                    + e.getMessage());
        }
        for (URI allowed : allowedLocations) {
            if (isUnder(uri, allowed)) {
                return uri.toString();
            }
        }
        throw new PathNotAllowedException(capitalized(kind) + " location '" + location + "' is cluster storage the"
                + " user did not allow" + (allowedLocations.isEmpty() ? "" : " (allowed: " + allowedLocations + ")")
                + "; a workflow file cannot choose where data goes outside this machine, only the user can (spikeflow"
                + " run --allow-path " + uri.getScheme() + "://" + uri.getRawAuthority() + "/FOLDER)");
    }

    private static boolean isUnder(URI uri, URI allowed) {
        if (!uri.getScheme().equals(allowed.getScheme())
                || !uri.getRawAuthority().equalsIgnoreCase(allowed.getRawAuthority())) {
            return false;
        }
        String path = uri.getRawPath();
        String prefix = allowed.getRawPath();
        return path.equals(prefix) || path.startsWith(prefix.endsWith("/") ? prefix : prefix + "/");
    }

    /**
     * The location with a lower-case scheme, {@code .} and {@code ..} resolved, no query or fragment.
     *
     * @throws IllegalArgumentException
     *             if it is not an absolute URI with an authority, or is a {@code file:} URI (local files are paths,
     *             checked by {@link #check(Kind, String)})
     */
    public static URI normalizedLocation(URI uri) {
        if (uri.getScheme() == null || uri.getRawAuthority() == null) {
            throw new IllegalArgumentException("'" + uri + "' is not an absolute URI of the form SCHEME://HOST/PATH");
        }
        String scheme = uri.getScheme().toLowerCase(Locale.ROOT);
        if (scheme.equals("file")) {
            throw new IllegalArgumentException("'" + uri + "' is a file: URI; name local folders as paths");
        }
        if (uri.getRawQuery() != null || uri.getRawFragment() != null) {
            throw new IllegalArgumentException("'" + uri + "' has a query or fragment; a storage location has neither");
        }
        String path = uri.getRawPath() == null || uri.getRawPath().isEmpty() ? "/" : uri.getRawPath();
        String normalized = URI.create("x:" + path).normalize().getRawSchemeSpecificPart();
        if (List.of(normalized.split("/")).contains("..")) {
            throw new IllegalArgumentException("'" + uri + "' climbs above its root with '..'");
        }
        return URI
                .create(scheme + "://" + uri.getRawAuthority() + (normalized.startsWith("/") ? "" : "/") + normalized);
    }

    /**
     * Resolves a path naming a file to read (relative paths from the input root).
     *
     * @return the absolute, normalized path
     * @throws PathNotAllowedException
     *             if the file lies outside the permitted folders or is a special file
     */
    public Path checkInput(String path) throws PathNotAllowedException {
        return check(Kind.INPUT, path);
    }

    /**
     * Resolves a path naming a file or folder to write (relative paths from the output root).
     *
     * @return the absolute, normalized path
     * @throws PathNotAllowedException
     *             if it lies outside the permitted folders, is a special file, or is an existing file without write
     *             permission
     */
    public Path checkOutput(String path) throws PathNotAllowedException {
        return check(Kind.OUTPUT, path);
    }

    public Path check(Kind kind, String path) throws PathNotAllowedException {
        Path root = kind == Kind.INPUT ? inputRoot : outputRoot;
        Path given;
        try {
            given = Path.of(path);
        } catch (InvalidPathException e) {
            throw new PathNotAllowedException("'" + path + "' is not a valid path: " + e.getReason());
        }
        Path resolved = root.resolve(given).normalize();
        Path real = realPath(resolved);
        for (Path system : SYSTEM_FOLDERS) {
            if (resolved.startsWith(system) || real.startsWith(system)) {
                throw new PathNotAllowedException(capitalized(kind) + " path '" + path + "' is in the system folder "
                        + system + ", which workflows never read or write");
            }
        }
        List<Path> permitted = new ArrayList<>();
        permitted.add(root);
        permitted.addAll(allowedFolders);
        if (permitted.stream().noneMatch(folder -> real.startsWith(realPath(folder)))) {
            boolean viaLink = permitted.stream().anyMatch(resolved::startsWith);
            throw new PathNotAllowedException(capitalized(kind) + " path '" + path + "' "
                    + (viaLink ? "leads through a symbolic link to " + real : "resolves to " + resolved)
                    + ", outside the " + (kind == Kind.INPUT ? "workflow's folder " : "output folder ") + root
                    + (allowedFolders.isEmpty() ? "" : " and the allowed folders " + allowedFolders)
                    + "; only the user can allow another folder (spikeflow run --allow-path DIR)");
        }
        if (Files.exists(real) && !Files.isRegularFile(real) && !Files.isDirectory(real)) {
            throw new PathNotAllowedException(capitalized(kind) + " path '" + path + "' names " + real
                    + ", a special file (device, pipe or socket), not a regular file");
        }
        if (kind == Kind.OUTPUT && Files.isRegularFile(real) && isWriteProtected(real)) {
            throw new PathNotAllowedException(writeProtectedMessage(resolved));
        }
        return resolved;
    }

    /**
     * Whether a file exists without write permission. Checks the permission bits too: the superuser may write any file,
     * but a file its owner made read-only is still not one to replace.
     */
    public static boolean isWriteProtected(Path file) {
        if (!Files.exists(file)) {
            return false;
        }
        if (!Files.isWritable(file)) {
            return true;
        }
        PosixFileAttributeView view = Files.getFileAttributeView(file, PosixFileAttributeView.class);
        if (view == null) {
            return false;
        }
        try {
            Set<PosixFilePermission> permissions = view.readAttributes().permissions();
            return !permissions.contains(PosixFilePermission.OWNER_WRITE)
                    && !permissions.contains(PosixFilePermission.GROUP_WRITE)
                    && !permissions.contains(PosixFilePermission.OTHERS_WRITE);
        } catch (IOException e) {
            return false;
        }
    }

    static String writeProtectedMessage(Path file) {
        return "Output file " + file + " exists and has no write permission: it is not replaced (make it writable"
                + " or choose another path)";
    }

    /**
     * The path with every symbolic link resolved; for a path that does not exist yet, the real path of its deepest
     * existing ancestor with the remaining names appended.
     */
    static Path realPath(Path absolute) {
        Path existing = absolute;
        Path rest = null;
        while (existing != null) {
            try {
                Path real = existing.toRealPath();
                return rest == null ? real : real.resolve(rest).normalize();
            } catch (NoSuchFileException e) {
                Path name = existing.getFileName();
                if (name == null) {
                    break;
                }
                rest = rest == null ? name : name.resolve(rest);
                existing = existing.getParent();
            } catch (IOException e) {
                break; // unreadable: judge by the names alone
            }
        }
        return absolute;
    }

    private static String capitalized(Kind kind) {
        return kind == Kind.INPUT ? "Input" : "Output";
    }

    @Override
    public String toString() {
        return "PathPolicy[inputs in " + inputRoot + ", outputs in " + outputRoot + ", allowed " + allowedFolders
                + (allowedLocations.isEmpty() ? "" : " and " + allowedLocations) + "]";
    }
}
