package org.spikeflow.core.io;

import java.io.BufferedOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.channels.Channels;
import java.nio.channels.FileChannel;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.StandardOpenOption;
import java.util.List;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;

/**
 * Writes files so that a reader sees either the old content or the complete new one, never a torn file: content goes to
 * a temporary file in the same folder, is forced to disk, then renamed over the target. If writing fails, the target is
 * untouched and the temporary file is removed. A file without write permission is never replaced. Temporary files still
 * being written are tracked: when the JVM exits in the middle of a write (e.g. a second Ctrl-C), a shutdown hook
 * removes them, so no hidden {@code .*.tmp} files are left behind.
 */
public final class AtomicFiles {

    /** Writes content to an output stream; may throw. */
    @FunctionalInterface
    @org.osgi.annotation.versioning.ConsumerType
    public interface Content {
        void writeTo(OutputStream out) throws IOException;
    }

    /** Temporary files of writes in progress. */
    private static final Set<Path> IN_PROGRESS = ConcurrentHashMap.newKeySet();

    private AtomicFiles() {
    }

    /** Registers the shutdown hook once, when the first temporary file is created. */
    private static final class ShutdownCleanup {
        static {
            try {
                Runtime.getRuntime().addShutdownHook(new Thread(AtomicFiles::deleteTemporaryFiles,
                        "spikeflow-temp-file-cleanup"));
            } catch (IllegalStateException e) {
                // already shutting down: nothing to register for
            }
        }

        static void ensureRegistered() {
            // loading the class registered the hook
        }
    }

    /**
     * Deletes the temporary files of writes still in progress (their targets stay untouched); such a write then fails.
     * For shutdown: normal cancellation lets each write finish or remove its own temporary file.
     *
     * @return how many files were deleted
     */
    public static int deleteTemporaryFiles() {
        int deleted = 0;
        for (Path temp : List.copyOf(IN_PROGRESS)) {
            try {
                if (Files.deleteIfExists(temp)) {
                    deleted++;
                }
            } catch (IOException e) {
                // best effort: the JVM is going away
            }
            IN_PROGRESS.remove(temp);
        }
        return deleted;
    }

    /**
     * @throws PathNotAllowedException
     *             if the target exists without write permission (renaming over it would replace it anyway, so it is
     *             refused here)
     * @throws IOException
     *             naming {@code target} (never the internal temporary file) and what failed, e.g. an
     *             {@link java.nio.file.AccessDeniedException} for the target or its folder
     */
    public static void write(Path target, Content content) throws IOException {
        Path absolute = target.toAbsolutePath();
        if (PathPolicy.isWriteProtected(absolute)) {
            throw new PathNotAllowedException(PathPolicy.writeProtectedMessage(absolute));
        }
        Path folder = absolute.getParent();
        Files.createDirectories(folder);
        try {
            writeVia(absolute, content);
        } catch (java.nio.file.FileSystemException e) {
            throw e.getFile() != null && isSiblingOf(Path.of(e.getFile()), absolute) ? onTarget(e, target) : e;
        }
    }

    private static boolean isSiblingOf(Path file, Path target) {
        String name = file.getFileName() == null ? "" : file.getFileName().toString();
        return name.startsWith("." + target.getFileName() + ".") && name.endsWith(".tmp");
    }

    /** The same failure, reported for the user's file instead of the temporary one beside it. */
    private static IOException onTarget(java.nio.file.FileSystemException e, Path target) {
        java.nio.file.FileSystemException translated = e instanceof java.nio.file.AccessDeniedException
                ? new java.nio.file.AccessDeniedException(target.toString(), null, e.getReason())
                : e instanceof java.nio.file.NoSuchFileException
                        ? new java.nio.file.NoSuchFileException(target.toString(), null, e.getReason())
                        : new java.nio.file.FileSystemException(target.toString(), null, e.getReason());
        translated.initCause(e);
        return translated;
    }

    private static void writeVia(Path absolute, Content content) throws IOException {
        ShutdownCleanup.ensureRegistered();
        Path temp = createSibling(absolute);
        IN_PROGRESS.add(temp);
        boolean moved = false;
        try {
            try (FileChannel channel = FileChannel.open(temp, StandardOpenOption.WRITE,
                    StandardOpenOption.TRUNCATE_EXISTING);
                    OutputStream out = new BufferedOutputStream(Channels.newOutputStream(channel), 1 << 16)) {
                content.writeTo(out);
                out.flush();
                channel.force(true);
            }
            try {
                Files.move(temp, absolute, StandardCopyOption.ATOMIC_MOVE, StandardCopyOption.REPLACE_EXISTING);
            } catch (AtomicMoveNotSupportedException e) {
                Files.move(temp, absolute, StandardCopyOption.REPLACE_EXISTING);
            }
            moved = true;
        } finally {
            IN_PROGRESS.remove(temp);
            if (!moved) {
                Files.deleteIfExists(temp);
            }
        }
    }

    /**
     * A new empty file beside {@code target}. Unlike {@link Files#createTempFile} (owner-only permissions) it gets the
     * default permissions of the user's umask, so outputs stay readable by the collaborators they are shared with.
     */
    static Path createSibling(Path target) throws IOException {
        for (int attempt = 0;; attempt++) {
            Path candidate = target.resolveSibling("." + target.getFileName() + "."
                    + Long.toUnsignedString(java.util.concurrent.ThreadLocalRandom.current().nextLong(), 36) + ".tmp");
            try {
                return Files.createFile(candidate);
            } catch (java.nio.file.FileAlreadyExistsException e) {
                if (attempt > 100) {
                    throw e;
                }
            }
        }
    }

    public static void writeString(Path target, String text) throws IOException {
        write(target, out -> out.write(text.getBytes(java.nio.charset.StandardCharsets.UTF_8)));
    }
}
