package org.spikeflow.nodes.plot.internal.writer;

import org.spikeflow.core.settings.NodeSettings;
import org.spikeflow.core.settings.Setting;
import org.spikeflow.nodes.plot.internal.common.FileFormats;

/** Settings of the Image Writer. */
public class ImageWriterNodeSettings extends NodeSettings {
    @Setting(title = "File", description = "The file to write, without extension (a .png or .svg extension is"
            + " dropped); relative paths are relative to the output folder.", path = "output", required = true)
    public String path = "";

    @Setting(title = "Formats", description = "PNG, SVG or both (one file each, with its extension).")
    public FileFormats formats = FileFormats.PNG;
}
