package org.spikeflow.base.internal.io.csvreader;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.FileTime;

import org.spikeflow.core.data.DataTable;
import org.spikeflow.core.data.DataTableSpec;
import org.spikeflow.core.io.PathNotAllowedException;
import org.spikeflow.core.io.PathPolicy;
import org.spikeflow.core.node.ExecutionContext;
import org.spikeflow.core.node.NodeModel;
import org.spikeflow.core.port.PortObject;
import org.spikeflow.core.port.PortObjectSpec;
import org.spikeflow.core.port.PortType;
import org.spikeflow.core.settings.InvalidSettingsException;

/** Reads a CSV file into a table, inferring column types from the values. */
public class CsvReaderNodeModel extends NodeModel<CsvReaderNodeSettings> {

    /** What the inferred spec depends on: the file's identity and version, and the reading options. */
    private record SpecKey(Path file, long size, FileTime modified, CsvReadOptions options) {
    }

    // Inferring types reads the whole file; configure runs often, so remember the last result.
    private SpecKey cachedKey;
    private DataTableSpec cachedSpec;

    public CsvReaderNodeModel() {
        super(new PortType[0], new PortType[] {DataTable.TYPE}, CsvReaderNodeSettings.class);
    }

    @Override
    protected PortObjectSpec[] configure(PortObjectSpec[] inSpecs) throws InvalidSettingsException {
        CsvReaderNodeSettings s = getSettings();
        CsvReadOptions options = CsvReadOptions.of(s);
        Path file = resolveAtConfigure(s.path);
        if (file == null) {
            return new PortObjectSpec[] {null}; // relative path and the workflow's folder is unknown yet
        }
        requireReadable(file, s.path);
        try {
            return new PortObjectSpec[] {spec(file, options)};
        } catch (IOException e) {
            throw new InvalidSettingsException(e.getMessage(), e);
        }
    }

    private Path resolveAtConfigure(String path) throws InvalidSettingsException {
        PathPolicy policy = getPathPolicy();
        if (policy != null) {
            try {
                return policy.checkInput(path);
            } catch (PathNotAllowedException e) {
                throw new InvalidSettingsException("Setting 'path': " + e.getMessage(), e);
            }
        }
        Path given;
        try {
            given = Path.of(path);
        } catch (java.nio.file.InvalidPathException e) {
            throw new InvalidSettingsException("Setting 'path' is not a valid path: " + e.getMessage());
        }
        if (given.isAbsolute()) {
            return given.normalize();
        }
        Path folder = getWorkflowDirectory();
        return folder == null ? null : folder.resolve(given).normalize();
    }

    private static void requireReadable(Path file, String setting) throws InvalidSettingsException {
        if (!Files.isRegularFile(file)) {
            throw new InvalidSettingsException("CSV file " + file + " does not exist" + (Files.isDirectory(file)
                    ? " (it is a folder)"
                    : "") + " (setting 'path' = '" + setting + "', relative to the workflow's folder)");
        }
        if (!Files.isReadable(file)) {
            throw new InvalidSettingsException("CSV file " + file + " is not readable");
        }
    }

    private DataTableSpec spec(Path file, CsvReadOptions options) throws IOException, InvalidSettingsException {
        SpecKey key = keyOf(file, options);
        if (key.equals(cachedKey)) {
            return cachedSpec;
        }
        try {
            DataTableSpec spec = new CsvTableReader(file, options).inferSpec(null, 0, 0);
            cachedKey = key;
            cachedSpec = spec;
            return spec;
        } catch (org.spikeflow.core.node.CanceledExecutionException e) {
            throw new IllegalStateException("Cannot be cancelled without a monitor", e);
        }
    }

    private static SpecKey keyOf(Path file, CsvReadOptions options) throws IOException {
        return new SpecKey(file.toAbsolutePath(), Files.size(file), Files.getLastModifiedTime(file), options);
    }

    @Override
    protected PortObject[] execute(PortObject[] inObjects, ExecutionContext exec) throws Exception {
        CsvReaderNodeSettings s = getSettings();
        CsvReadOptions options = CsvReadOptions.of(s);
        Path file = exec.resolveInput(s.path);
        requireReadable(file, s.path);
        CsvTableReader reader = new CsvTableReader(file, options);
        SpecKey key = keyOf(file, options);
        DataTableSpec spec;
        if (key.equals(cachedKey)) {
            spec = cachedSpec;
        } else {
            spec = reader.inferSpec(exec, 0, 0.5);
            cachedKey = key;
            cachedSpec = spec;
        }
        DataTable table = reader.read(spec, exec, 0.5, 1);
        exec.setProgress(1, "Read " + table.getRowCount() + " rows from " + file.getFileName());
        return new PortObject[] {table};
    }

    @Override
    protected void reset() {
        cachedKey = null;
        cachedSpec = null;
    }
}
