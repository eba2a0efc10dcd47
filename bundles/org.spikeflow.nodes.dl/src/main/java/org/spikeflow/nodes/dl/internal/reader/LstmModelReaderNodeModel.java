package org.spikeflow.nodes.dl.internal.reader;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;

import org.spikeflow.core.io.PathNotAllowedException;
import org.spikeflow.core.io.PathPolicy;
import org.spikeflow.core.node.ExecutionContext;
import org.spikeflow.core.node.NodeModel;
import org.spikeflow.core.port.PortObject;
import org.spikeflow.core.port.PortObjectSpec;
import org.spikeflow.core.port.PortType;
import org.spikeflow.core.settings.InvalidSettingsException;
import org.spikeflow.dl.ResidualModel;
import org.spikeflow.nodes.dl.LstmModelPortObject;
import org.spikeflow.nodes.dl.LstmModelPortObjectSpec;

/** Reads an LSTM residual model file. */
public class LstmModelReaderNodeModel extends NodeModel<LstmModelReaderNodeSettings> {

    public LstmModelReaderNodeModel() {
        super(new PortType[0], new PortType[] {LstmModelPortObject.TYPE}, LstmModelReaderNodeSettings.class);
    }

    @Override
    protected PortObjectSpec[] configure(PortObjectSpec[] inSpecs) throws InvalidSettingsException {
        String path = getSettings().path;
        if (path.isBlank()) {
            throw new InvalidSettingsException("Set the model file to read ('path')");
        }
        PathPolicy policy = getPathPolicy();
        if (policy != null) {
            Path file;
            try {
                file = policy.checkInput(path);
            } catch (PathNotAllowedException e) {
                throw new InvalidSettingsException("Setting 'path': " + e.getMessage(), e);
            }
            if (Files.isRegularFile(file)) {
                try {
                    // Small file (parameters of a small network): reading it gives downstream nodes the architecture.
                    return new PortObjectSpec[] {new LstmModelPortObjectSpec(ResidualModel.load(file).config())};
                } catch (IOException e) {
                    throw new InvalidSettingsException(e.getMessage());
                }
            }
        }
        return new PortObjectSpec[] {null}; // the file may be written by an upstream branch of the same run
    }

    @Override
    protected PortObject[] execute(PortObject[] inObjects, ExecutionContext exec) throws Exception {
        Path file = exec.resolveInput(getSettings().path);
        if (!Files.isRegularFile(file)) {
            throw new NoSuchFileException(file.toString(), null, "no LSTM model file there (setting 'path' = '"
                    + getSettings().path + "')");
        }
        ResidualModel model = ResidualModel.load(file);
        exec.setProgress(1, "Read " + model.summary());
        return new PortObject[] {new LstmModelPortObject(model)};
    }
}
