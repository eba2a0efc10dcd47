package org.spikeflow.batch.internal;

import java.io.IOException;
import java.net.InetAddress;
import java.nio.ByteBuffer;
import java.nio.channels.FileChannel;
import java.nio.channels.FileLock;
import java.nio.channels.OverlappingFileLockException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;

/**
 * The lock a run holds on its output folder: the file {@value #FILE_NAME} names the holder (pid, host, start time,
 * workflow) for the user, and an OS file lock on it decides who holds it, so a crashed run (whose OS lock the kernel
 * released) does not block the folder forever. <p> The file is never deleted, only emptied on release: deleting it
 * would let a run lock a file that is no longer the one at the path while a third run locks the new one. (On POSIX
 * systems closing any descriptor of a file drops the process's locks on it, so this process never opens a file it holds
 * the lock on a second time.)
 */
final class OutputFolderLock implements AutoCloseable {
    static final String FILE_NAME = "run.lock";
    /** The run record's mapper: the same plain JSON, and one mapper less to create at start-up. */
    private static final ObjectMapper MAPPER = RunRecord.MAPPER;
    /** Lock files this process holds, with their holder description. */
    private static final Map<Path, String> HELD_HERE = new ConcurrentHashMap<>();

    private final Path file;
    private final FileChannel channel;
    private final FileLock lock;
    /** What the holder before us left in the file when it did not release the lock (crashed), else null. */
    private final String abandonedBy;

    /** The folder is locked by another run. */
    static final class LockedException extends Exception {
        private static final long serialVersionUID = 1L;

        LockedException(Path folder, String holder) {
            super("the output folder " + folder + " is in use by another run (" + holder
                    + "); wait for it to finish or choose another --output-dir");
        }
    }

    private OutputFolderLock(Path file, FileChannel channel, FileLock lock, String abandonedBy) {
        this.file = file;
        this.channel = channel;
        this.lock = lock;
        this.abandonedBy = abandonedBy;
    }

    /**
     * Locks {@code folder} (creating it if needed) for a run of {@code workflow}.
     *
     * @throws LockedException
     *             naming the holder if another run holds it
     */
    static OutputFolderLock acquire(Path folder, Path workflow) throws IOException, LockedException {
        Files.createDirectories(folder);
        Path file = folder.resolve(FILE_NAME).toAbsolutePath().normalize();
        String content = holderJson(workflow);
        if (HELD_HERE.putIfAbsent(file, content) != null) {
            throw new LockedException(folder, describeHolder(HELD_HERE.get(file)));
        }
        boolean locked = false;
        FileChannel channel = null;
        try {
            channel = FileChannel.open(file, StandardOpenOption.CREATE, StandardOpenOption.READ,
                    StandardOpenOption.WRITE);
            FileLock lock;
            try {
                lock = channel.tryLock();
            } catch (OverlappingFileLockException e) {
                lock = null; // held through another channel of this process (not by a run)
            }
            if (lock == null) {
                throw new LockedException(folder, describeHolder(read(channel)));
            }
            String previous = read(channel);
            channel.truncate(0);
            channel.write(ByteBuffer.wrap(content.getBytes(StandardCharsets.UTF_8)), 0);
            channel.force(false);
            locked = true;
            return new OutputFolderLock(file, channel, lock, previous.isBlank() ? null : describeHolder(previous));
        } finally {
            if (!locked) {
                HELD_HERE.remove(file);
                if (channel != null) {
                    channel.close();
                }
            }
        }
    }

    /** The earlier holder that ended without releasing the lock (e.g. killed), or null. */
    String abandonedBy() {
        return abandonedBy;
    }

    private static String holderJson(Path workflow) {
        ObjectNode json = MAPPER.createObjectNode();
        json.put("pid", ProcessHandle.current().pid());
        json.put("host", hostName());
        json.put("startedAt", Instant.now().truncatedTo(ChronoUnit.MILLIS).toString());
        json.put("workflow", workflow.toAbsolutePath().normalize().toString());
        return json.toPrettyString() + "\n";
    }

    static String hostName() {
        try {
            return InetAddress.getLocalHost().getHostName();
        } catch (IOException e) {
            return "unknown host";
        }
    }

    private static String read(FileChannel channel) throws IOException {
        long size = Math.min(channel.size(), 64 * 1024);
        ByteBuffer buffer = ByteBuffer.allocate((int) size);
        while (buffer.hasRemaining() && channel.read(buffer, buffer.position()) > 0) {
            // read on
        }
        return new String(buffer.array(), 0, buffer.position(), StandardCharsets.UTF_8);
    }

    /** "pid 123 on host h, started 2026-...Z, workflow /x/y.spikeflow.json" from the lock file's content. */
    private static String describeHolder(String content) {
        try {
            JsonNode json = MAPPER.readTree(content);
            if (json != null && json.isObject()) {
                return "pid " + json.path("pid").asText("?") + " on host " + json.path("host").asText("?")
                        + ", started " + json.path("startedAt").asText("?") + ", workflow "
                        + json.path("workflow").asText("?");
            }
        } catch (IOException e) {
            // fall through
        }
        return "holder unknown: the lock file is being written";
    }

    @Override
    public void close() throws IOException {
        try {
            channel.truncate(0); // free: the file names no holder
            channel.force(false);
        } finally {
            try {
                lock.release();
            } finally {
                channel.close();
                HELD_HERE.remove(file);
            }
        }
    }
}
