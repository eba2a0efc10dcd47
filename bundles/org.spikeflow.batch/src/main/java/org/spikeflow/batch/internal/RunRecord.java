package org.spikeflow.batch.internal;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.List;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;

/**
 * The run record {@value #FILE_NAME} that {@code spikeflow run} leaves in its output folder, and what
 * {@code spikeflow verify-run} reads back. Keys (a public format: only ever add keys): <pre> format "spikeflow-run",
 * formatVersion 1, status running | succeeded | warnings | failed | cancelled ("running": the run has not ended, or its
 * process was killed) workflow {path, sha256}: the workflow file as run (path relative to the output folder when inside
 * it) outputFolder where the run wrote (absolute); file paths below are relative to it variables {name: value}: the
 * workflow variables the run used (--var included); secrets "***" settingsOverrides {"NODE.SETTING": "VALUE"}: the
 * --set values; secret settings "***" spikeflow {version, bundles: {symbolicName: version}} java {version, vendor, vm}
 * startedAt, endedAt ISO-8601 UTC (endedAt null while running) nodes [{id, type, name, state, runs, millis, warnings:
 * [...], error}]: state executed, failed, not executed (or pending while running); runs counts loop iterations, millis
 * their sum; error only for failed nodes files [{path, size, sha256}]: every file the run wrote (while running: those
 * written so far) staleFiles [{path, size, sha256}]: files of earlier runs' records that this run did not rewrite (as
 * recorded then): in the folder, but not results of this run </pre>
 */
final class RunRecord {
    static final String FILE_NAME = "run.json";
    static final String FORMAT = "spikeflow-run";
    static final int FORMAT_VERSION = 1;
    static final String MASK = "***";
    static final ObjectMapper MAPPER = new ObjectMapper();

    /** How a run ended (or that it has not). */
    enum Status {
        RUNNING, SUCCEEDED, WARNINGS, FAILED, CANCELLED;

        String key() {
            return name().toLowerCase(java.util.Locale.ROOT);
        }

        /** Whether the run ended with all its results written. */
        boolean complete() {
            return this == SUCCEEDED || this == WARNINGS;
        }

        static Status of(String key) {
            for (Status status : values()) {
                if (status.key().equals(key)) {
                    return status;
                }
            }
            return null;
        }
    }

    /** One file: its path as recorded (relative to the output folder, or absolute outside it), size and SHA-256. */
    record FileEntry(String path, long size, String sha256) {
        ObjectNode toJson() {
            ObjectNode json = MAPPER.createObjectNode();
            json.put("path", path);
            json.put("size", size);
            json.put("sha256", sha256);
            return json;
        }
    }

    /** What verify-run and the next run need from a record. */
    record Content(Status status, FileEntry workflow, List<FileEntry> files, List<FileEntry> staleFiles) {
    }

    /** The record is missing, unreadable or not a run record. */
    static final class InvalidRecordException extends Exception {
        private static final long serialVersionUID = 1L;

        InvalidRecordException(String message) {
            super(message);
        }
    }

    private RunRecord() {
    }

    /** Reads {@code folder/run.json}. */
    static Content read(Path folder) throws InvalidRecordException {
        Path file = folder.resolve(FILE_NAME);
        if (!Files.isRegularFile(file)) {
            throw new InvalidRecordException("no run record " + file + " (the folder holds no spikeflow run's output)");
        }
        JsonNode json;
        try {
            json = MAPPER.readTree(file.toFile());
        } catch (JsonProcessingException e) {
            throw new InvalidRecordException(file + " is not valid JSON (line " + e.getLocation().getLineNr() + ")");
        } catch (IOException e) {
            throw new InvalidRecordException("cannot read " + file + ": " + e.getMessage());
        }
        if (json == null || !json.isObject() || !FORMAT.equals(json.path("format").asText())) {
            throw new InvalidRecordException(file + " is not a run record (\"format\" is not \"" + FORMAT + "\")");
        }
        JsonNode version = json.path("formatVersion");
        if (!version.canConvertToInt() || version.intValue() < 1 || version.intValue() > FORMAT_VERSION) {
            throw new InvalidRecordException(file + ": formatVersion " + version + " is not supported (this Spikeflow"
                    + " reads up to " + FORMAT_VERSION + ")");
        }
        Status status = Status.of(json.path("status").asText());
        if (status == null) {
            throw new InvalidRecordException(file + ": unknown status " + json.path("status"));
        }
        JsonNode workflow = json.path("workflow");
        FileEntry workflowEntry = workflow.path("path").isTextual() && workflow.path("sha256").isTextual()
                ? new FileEntry(workflow.get("path").asText(), -1, workflow.get("sha256").asText())
                : null;
        return new Content(status, workflowEntry, entries(json, "files", file), entries(json, "staleFiles", file));
    }

    private static List<FileEntry> entries(JsonNode json, String key, Path file) throws InvalidRecordException {
        List<FileEntry> entries = new ArrayList<>();
        JsonNode array = json.path(key);
        if (array.isMissingNode() || array.isNull()) {
            return entries;
        }
        if (!array.isArray()) {
            throw new InvalidRecordException(file + ": \"" + key + "\" is not a list");
        }
        for (int i = 0; i < array.size(); i++) {
            JsonNode entry = array.get(i);
            if (!entry.path("path").isTextual() || !entry.path("size").canConvertToLong()
                    || !entry.path("sha256").isTextual()) {
                throw new InvalidRecordException(file + ": " + key + "[" + i + "] needs path, size and sha256");
            }
            entries.add(new FileEntry(entry.get("path").asText(), entry.get("size").longValue(),
                    entry.get("sha256").asText()));
        }
        return entries;
    }

    static ArrayNode toJson(List<FileEntry> entries) {
        ArrayNode array = MAPPER.createArrayNode();
        entries.forEach(entry -> array.add(entry.toJson()));
        return array;
    }

    /** Where a recorded path lies: relative paths are taken from the output folder. */
    static Path resolve(Path folder, String recordedPath) {
        return folder.resolve(recordedPath).normalize();
    }

    /** The path to record for a file: relative to the folder with '/' when inside it, else absolute. */
    static String relativize(Path folder, Path file) {
        Path absolute = file.toAbsolutePath().normalize();
        if (absolute.startsWith(folder)) {
            return folder.relativize(absolute).toString().replace(java.io.File.separatorChar, '/');
        }
        return absolute.toString();
    }

    /** The file's entry, its size and SHA-256 read now. */
    static FileEntry describe(Path folder, Path file) throws IOException {
        return new FileEntry(relativize(folder, file), Files.size(file), sha256(file));
    }

    /** The SHA-256 of a file's bytes, as lowercase hex. */
    static String sha256(Path file) throws IOException {
        MessageDigest digest;
        try {
            digest = MessageDigest.getInstance("SHA-256");
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("every Java has SHA-256", e);
        }
        byte[] buffer = new byte[1 << 16];
        try (InputStream in = Files.newInputStream(file)) {
            for (int n = in.read(buffer); n >= 0; n = in.read(buffer)) {
                digest.update(buffer, 0, n);
            }
        }
        return HexFormat.of().formatHex(digest.digest());
    }
}
