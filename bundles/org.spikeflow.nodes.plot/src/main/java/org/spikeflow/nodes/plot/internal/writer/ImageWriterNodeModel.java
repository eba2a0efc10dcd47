package org.spikeflow.nodes.plot.internal.writer;

import java.nio.file.Path;

import org.spikeflow.core.image.ImagePortObject;
import org.spikeflow.core.node.ExecutionContext;
import org.spikeflow.core.node.NodeModel;
import org.spikeflow.core.port.PortObject;
import org.spikeflow.core.port.PortObjectSpec;
import org.spikeflow.core.port.PortType;
import org.spikeflow.core.settings.InvalidSettingsException;
import org.spikeflow.nodes.plot.internal.common.ImageFiles;

/** Writes an image port to PNG and/or SVG files, atomically. */
public class ImageWriterNodeModel extends NodeModel<ImageWriterNodeSettings> {

    public ImageWriterNodeModel() {
        super(new PortType[] {ImagePortObject.TYPE}, new PortType[0], ImageWriterNodeSettings.class);
    }

    /** The path without a .png / .svg extension. */
    static String base(String path) {
        String p = path.trim();
        String lower = p.toLowerCase(java.util.Locale.ROOT);
        return lower.endsWith(".png") || lower.endsWith(".svg") ? p.substring(0, p.length() - 4) : p;
    }

    @Override
    protected PortObjectSpec[] configure(PortObjectSpec[] inSpecs) throws InvalidSettingsException {
        if (base(getSettings().path).isEmpty()) {
            throw new InvalidSettingsException("The file to write is not set (setting 'path')");
        }
        return new PortObjectSpec[0];
    }

    @Override
    protected PortObject[] execute(PortObject[] inObjects, ExecutionContext exec) throws Exception {
        ImagePortObject image = (ImagePortObject) inObjects[0];
        Path base = exec.resolveOutput(base(getSettings().path));
        ImageFiles.write(image, base, getSettings().formats.formats(), exec);
        exec.setProgress(1, "Wrote " + base.getFileName());
        return new PortObject[0];
    }
}
