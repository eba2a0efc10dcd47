package org.spikeflow.nodes.dl.internal.writer;

import java.io.IOException;
import java.nio.file.FileAlreadyExistsException;
import java.nio.file.Files;
import java.nio.file.Path;

import org.spikeflow.core.node.ExecutionContext;
import org.spikeflow.core.node.NodeModel;
import org.spikeflow.core.port.PortObject;
import org.spikeflow.core.port.PortObjectSpec;
import org.spikeflow.core.port.PortType;
import org.spikeflow.core.settings.InvalidSettingsException;
import org.spikeflow.nodes.dl.LstmModelPortObject;

/** Writes an LSTM residual model to one file, atomically. */
public class LstmModelWriterNodeModel extends NodeModel<LstmModelWriterNodeSettings> {

    public LstmModelWriterNodeModel() {
        super(new PortType[] {LstmModelPortObject.TYPE}, new PortType[0], LstmModelWriterNodeSettings.class);
    }

    @Override
    protected PortObjectSpec[] configure(PortObjectSpec[] inSpecs) throws InvalidSettingsException {
        if (getSettings().path.isBlank()) {
            throw new InvalidSettingsException("Set the file to write the model to ('path')");
        }
        return new PortObjectSpec[0];
    }

    @Override
    protected PortObject[] execute(PortObject[] inObjects, ExecutionContext exec) throws Exception {
        LstmModelWriterNodeSettings s = getSettings();
        Path target = exec.resolveOutput(s.path);
        if (Files.isDirectory(target)) {
            throw new IOException("Cannot write the model to " + target + ": it is a folder (setting 'path' = '"
                    + s.path + "')");
        }
        if (!s.overwrite && Files.exists(target)) {
            throw new FileAlreadyExistsException(target.toString(), null, "the file exists and 'overwrite' is off");
        }
        ((LstmModelPortObject) inObjects[0]).getModel().save(target);
        exec.fileWritten(target);
        exec.setProgress(1, "Wrote the model to " + target.getFileName());
        return new PortObject[0];
    }
}
