package org.spikeflow.core.util;

import java.io.EOFException;
import java.io.IOException;
import java.nio.file.AccessDeniedException;
import java.nio.file.DirectoryNotEmptyException;
import java.nio.file.FileAlreadyExistsException;
import java.nio.file.FileSystemException;
import java.nio.file.NoSuchFileException;
import java.nio.file.NotDirectoryException;
import java.util.Locale;
import java.util.zip.ZipException;

/**
 * One line for users from any failure: what went wrong in their terms (permission denied, disk full, out of memory,
 * truncated file) and the file concerned, instead of an exception class name, a bare path or a stack trace.
 */
public final class FailureMessages {

    private FailureMessages() {
    }

    /** What went wrong, in one line; the root cause is added when it says more. */
    public static String describe(Throwable error) {
        if (error instanceof OutOfMemoryError) {
            return outOfMemory();
        }
        if (error instanceof StackOverflowError) {
            return "the input is nested too deeply to process (the Java stack overflowed); simplify it or split it"
                    + " into several steps";
        }
        if (error instanceof IOException io) {
            return describeIo(io);
        }
        IOException io = firstIo(error);
        String message = error.getMessage();
        if (io != null && (message == null || message.isBlank() || message.equals(io.toString())
                || error instanceof java.io.UncheckedIOException)) {
            return describeIo(io); // a wrapper that adds nothing
        }
        return message == null || message.isBlank() ? error.getClass().getSimpleName() : message;
    }

    /** An I/O failure: the reason in words, then the file it concerns. */
    public static String describeIo(IOException e) {
        if (e instanceof AccessDeniedException a) {
            return inWords("permission denied", a);
        }
        if (e instanceof NoSuchFileException n) {
            return inWords("no such file or folder", n);
        }
        if (e instanceof FileAlreadyExistsException f) {
            return inWords("already exists", f);
        }
        if (e instanceof NotDirectoryException n) {
            return inWords("not a folder", n);
        }
        if (e instanceof DirectoryNotEmptyException d) {
            return inWords("folder not empty", d);
        }
        String reason = e instanceof FileSystemException f ? f.getReason() : e.getMessage();
        String file = e instanceof FileSystemException f ? fileOf(f) : null;
        if (reason == null && file != null && e.getCause() instanceof IOException cause) {
            return describeIo(cause).replace(String.valueOf(fileOf(cause)), file);
        }
        String words = reasonInWords(reason, e);
        return file == null ? words : words + ": " + file;
    }

    /** "already exists: FILE", with the reason the code that failed gave (e.g. which setting), if any. */
    private static String inWords(String words, FileSystemException e) {
        String reason = e.getReason();
        return words + ": " + fileOf(e) + (reason == null || reason.isBlank() ? "" : " (" + reason + ")");
    }

    private static String reasonInWords(String reason, IOException e) {
        String r = reason == null ? "" : reason.toLowerCase(Locale.ROOT);
        if (r.contains("no space left on device")) {
            return "disk full (no space left on device)";
        }
        if (r.contains("disk quota exceeded")) {
            return "disk quota exceeded";
        }
        if (r.contains("permission denied")) {
            return "permission denied";
        }
        if (r.contains("read-only file system")) {
            return "the file system is read-only";
        }
        if (r.contains("unexpected end of zlib input stream") || e instanceof EOFException) {
            return "the file is truncated or damaged (it ends too early)";
        }
        if (e instanceof ZipException) {
            return "the file is not a valid zip file or is damaged" + (reason == null ? "" : " (" + reason + ")");
        }
        return reason == null || reason.isBlank() ? e.getClass().getSimpleName() : reason;
    }

    private static String fileOf(FileSystemException e) {
        return e.getOtherFile() == null ? e.getFile() : e.getFile() + " -> " + e.getOtherFile();
    }

    private static String fileOf(IOException e) {
        return e instanceof FileSystemException f ? fileOf(f) : null;
    }

    private static IOException firstIo(Throwable error) {
        for (Throwable t = error; t != null; t = t.getCause() == t ? null : t.getCause()) {
            if (t instanceof IOException io) {
                return io;
            }
        }
        return null;
    }

    /** Out of memory, with the heap size and how to give Java more. */
    public static String outOfMemory() {
        long max = Runtime.getRuntime().maxMemory();
        return "out of memory: the Java heap (at most " + (max >> 20) + " MB) is full; give Java more memory "
                + "(e.g. SPIKEFLOW_JAVA_OPTS=-Xmx" + Math.max(2, 2 * (int) Math.ceil(max / (double) (1L << 30)))
                + "g) or reduce the input";
    }
}
