package org.spikeflow.base.internal.io.csvwriter;

import java.io.BufferedWriter;
import java.io.IOException;
import java.io.OutputStreamWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.FileAlreadyExistsException;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;

import org.spikeflow.base.internal.io.CsvDialect;
import org.spikeflow.core.data.Column;
import org.spikeflow.core.data.DataTable;
import org.spikeflow.core.io.AtomicFiles;
import org.spikeflow.core.io.CsvFormat;
import org.spikeflow.core.io.CsvWriter;
import org.spikeflow.core.node.CanceledExecutionException;
import org.spikeflow.core.node.ExecutionContext;
import org.spikeflow.core.node.NodeModel;
import org.spikeflow.core.port.PortObject;
import org.spikeflow.core.port.PortObjectSpec;
import org.spikeflow.core.port.PortType;
import org.spikeflow.core.settings.InvalidSettingsException;

/** Writes a table to a CSV file, atomically, with doubles in full precision. */
public class CsvWriterNodeModel extends NodeModel<CsvWriterNodeSettings> {
    private static final int CANCEL_CHECK_INTERVAL = 4096;

    public CsvWriterNodeModel() {
        super(new PortType[] {DataTable.TYPE}, new PortType[0], CsvWriterNodeSettings.class);
    }

    @Override
    protected PortObjectSpec[] configure(PortObjectSpec[] inSpecs) throws InvalidSettingsException {
        format(); // reports a bad delimiter before anything runs
        return new PortObjectSpec[0];
    }

    private CsvFormat format() throws InvalidSettingsException {
        String delimiter = CsvDialect.delimiter(getSettings().delimiter);
        // CsvWriter quotes only values that need it (delimiter, quote, line break, leading/trailing space), so
        // headers like "Time (ms)" are written as they are.
        return CsvDialect.format(delimiter, '"', null);
    }

    @Override
    protected PortObject[] execute(PortObject[] inObjects, ExecutionContext exec) throws Exception {
        CsvWriterNodeSettings s = getSettings();
        DataTable table = (DataTable) inObjects[0];
        CsvFormat format = format();
        Path target = exec.resolveOutput(s.path);
        if (Files.isDirectory(target)) {
            throw new IOException("Cannot write CSV file " + target + ": it is a folder (setting 'path' = '" + s.path
                    + "')");
        }
        if (s.ifExists == IfExistsPolicy.FAIL && Files.exists(target)) {
            throw new FileAlreadyExistsException(target.toString(), null,
                    "the file exists and setting 'ifExists' is FAIL");
        }
        Path folder = target.toAbsolutePath().getParent();
        if (!s.createParentDirectories && folder != null && !Files.isDirectory(folder)) {
            throw new NoSuchFileException(folder.toString(), null,
                    "the folder for " + target.getFileName() + " does not exist and setting 'createParentDirectories'"
                            + " is off");
        }
        try {
            AtomicFiles.write(target, out -> {
                BufferedWriter writer = new BufferedWriter(new OutputStreamWriter(out, StandardCharsets.UTF_8),
                        1 << 16);
                // Not closed: AtomicFiles owns the stream and closes it after forcing it to disk.
                CsvWriter csv = new CsvWriter(writer, format);
                try {
                    writeTable(table, csv, s.writeHeader, exec);
                } catch (CanceledExecutionException e) {
                    throw new CancelledWrite(e);
                }
                csv.flush();
            });
        } catch (CancelledWrite e) {
            throw (CanceledExecutionException) e.getCause();
        }
        exec.fileWritten(target);
        exec.setProgress(1, "Wrote " + table.getRowCount() + " rows to " + target.getFileName());
        return new PortObject[0];
    }

    private static void writeTable(DataTable table, CsvWriter csv, boolean header, ExecutionContext exec)
            throws IOException, CanceledExecutionException {
        int width = table.getColumnCount();
        if (header) {
            csv.record(table.getSpec().columnNames());
        }
        Column[] columns = table.getColumns().toArray(new Column[0]);
        int rows = table.getRowCount();
        for (int r = 0; r < rows; r++) {
            for (int c = 0; c < width; c++) {
                csv.value(columns[c].format(r)); // doubles as Double.toString: reads back bit-exactly
            }
            csv.endRecord();
            if ((r + 1) % CANCEL_CHECK_INTERVAL == 0) {
                exec.checkCanceled();
                exec.setProgress((double) (r + 1) / rows, "Writing row " + (r + 1) + " of " + rows);
            }
        }
    }

    /** Carries a cancel through {@link AtomicFiles.Content}, which may only throw IOException. */
    private static final class CancelledWrite extends IOException {
        private static final long serialVersionUID = 1L;

        CancelledWrite(CanceledExecutionException cause) {
            super(cause.getMessage(), cause);
        }
    }
}
